import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { EventDate } from '$lib/data/schema';
import { computeMarkGeometry } from '$lib/layout/timeline/markGeometry';

const x = scaleUtc()
	.domain([new Date('2026-02-01T00:00:00Z'), new Date('2026-02-11T00:00:00Z')])
	.range([0, 1000]);
const px = (time: number) => x(time);

describe('computeMarkGeometry', () => {
	it.each<[string, EventDate, string, number, [number, number] | null, [number, number] | null]>([
		[
			'a day-precise event is a point in the middle of its day',
			{ value: '2026-02-03', precision: 'day', earliest: '2026-02-03', latest: '2026-02-03' },
			'point',
			250,
			null,
			null
		],
		[
			'a window is a band from earliest to the end of latest',
			{ value: '2026-02-06', precision: 'range', earliest: '2026-02-06', latest: '2026-02-08' },
			'window',
			550,
			[500, 800],
			null
		],
		[
			'a multi-day event is a bar from its day to the end of `end`',
			{
				value: '2026-02-02',
				precision: 'day',
				earliest: '2026-02-02',
				latest: '2026-02-02',
				end: '2026-02-04'
			},
			'bar',
			150,
			null,
			[100, 400]
		]
	])('computeMarkGeometry: %s', (_name, date, kind, cx, window, bar) => {
		const before = structuredClone(date);
		const geometry = computeMarkGeometry(date, px, 6);
		expect(geometry.kind).toBe(kind);
		expect(geometry.cx).toBeCloseTo(cx);
		expect(geometry.window).toEqual(window);
		expect(geometry.bar).toEqual(bar);
		expect(geometry.x0).toBeLessThanOrEqual(cx - 6);
		expect(geometry.x1).toBeGreaterThanOrEqual(cx + 6);
		expect(date).toEqual(before);
	});
});
