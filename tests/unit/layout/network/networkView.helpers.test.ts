import { describe, expect, it } from 'vitest';
import { shortenLabel } from '$lib/layout/network/placeNodeLabels';
import { estimateTextWidth } from '$lib/layout/text/estimateTextWidth';
import { fitTransform, nearestInDirection } from '$lib/layout/network/networkView';

describe('helpers', () => {
	it.each([
		['Tehran', 200],
		['Participants in the recent unrest in Iran (unidentified)', 150],
		['Supercalifragilisticexpialidocious', 60]
	])('shortenLabel(%j, %i) fits, cutting at a word where it can', (label, max) => {
		const measure = (t: string) => estimateTextWidth(t, 12, 'glyphs');
		const text = shortenLabel(label, max, measure);
		expect(measure(text)).toBeLessThanOrEqual(max);
		if (measure(label) <= max) expect(text).toBe(label);
		else {
			expect(text.endsWith('…')).toBe(true);
			expect(label.startsWith(text.slice(0, -1))).toBe(true);
		}
	});

	const grid = [
		{ id: 'c', x: 100, y: 100 },
		{ id: 'e', x: 200, y: 110 },
		{ id: 'w', x: 0, y: 90 },
		{ id: 'n', x: 110, y: 0 },
		{ id: 's', x: 90, y: 200 },
		{ id: 'far-e', x: 400, y: 100 }
	];
	it.each([
		['right', 'e'],
		['left', 'w'],
		['up', 'n'],
		['down', 's']
	] as const)('nearestInDirection(nodes, "c", %s) is %s', (direction, expected) => {
		expect(nearestInDirection(grid, 'c', direction)).toBe(expected);
	});
	it('nearestInDirection(nodes, "far-e", "right") is null', () => {
		expect(nearestInDirection(grid, 'far-e', 'right')).toBeNull();
	});

	it('fitTransform(circles, size) puts the circles’ box inside the view', () => {
		const circles = [
			{ x: 100, y: 100, r: 10 },
			{ x: 300, y: 200, r: 10 }
		];
		const t = fitTransform(circles, { width: 800, height: 400 }, 20, 10);
		for (const c of circles) {
			const x = c.x * t.k + t.x;
			const y = c.y * t.k + t.y;
			expect(x - c.r * t.k).toBeGreaterThanOrEqual(19.9);
			expect(x + c.r * t.k).toBeLessThanOrEqual(780.1);
			expect(y - c.r * t.k).toBeGreaterThanOrEqual(19.9);
			expect(y + c.r * t.k).toBeLessThanOrEqual(380.1);
		}
	});
});
