import { describe, expect, it } from 'vitest';
import { layoutLegendRows } from '$lib/layout/timeline/layoutLegendRows';

describe('layoutLegendRows', () => {
	it.each([360, 600, 1200])('layoutLegendRows at %i px wraps entries without overlap', (width) => {
		const entries = [
			'Occurred',
			'Planned',
			'Tentative',
			'Postponed',
			'Cancelled',
			'Reported',
			'Claimed',
			'Mediator or host',
			'Uncertain window'
		].map((label) => ({ key: label, label }));
		const before = structuredClone(entries);
		const { entries: placed, rows } = layoutLegendRows(entries, {
			width,
			fontSize: 12,
			symbolWidth: 20
		});
		expect(entries).toEqual(before);
		expect(rows).toBeGreaterThan(0);
		for (const a of placed) {
			expect(a.x + a.width).toBeLessThanOrEqual(width);
			for (const b of placed) {
				if (a === b || a.row !== b.row) continue;
				expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
			}
		}
	});
});
