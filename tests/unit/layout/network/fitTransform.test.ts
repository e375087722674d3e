import { describe, expect, it } from 'vitest';
import { fitTransform } from '$lib/layout/network/fitTransform';

describe('fitTransform', () => {
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

	it.each([
		['no circles', [], { k: 1, x: 0, y: 0 }],
		// A single small circle would be zoomed far in: capped at maxScale (3), centred.
		['one small circle', [{ x: 50, y: 50, r: 1 }], { k: 3, x: 250, y: 50 }]
	])('fitTransform(%s, 800 x 400) is %j', (_name, circles, expected) => {
		const before = structuredClone(circles);
		expect(fitTransform(circles, { width: 800, height: 400 })).toEqual(expected);
		expect(circles).toEqual(before);
	});
});
