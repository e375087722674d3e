import { DAY, crowd } from '../../../helpers/timelineCrowd';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
	BIN_LEVELS,
	binLane,
	binThresholds,
	chooseBinLevel
} from '$lib/layout/timeline/densityBins';
import { packLaneRows } from '$lib/layout/timeline/packLaneRows';
import { indexTimelineLanes } from '../../../helpers/oracles/indexTimelineLanes';

describe('density bins', () => {
	it.each<[number, string]>([
		[60_000, '1 hour'],
		[3_600_000, '2 days'.replace('2 days', '1 week')],
		[DAY, '3 months'],
		[20 * DAY, '2 years']
	])('chooseBinLevel(%i ms per pixel) is %s', (msPerPixel, name) => {
		const level = chooseBinLevel(msPerPixel);
		expect(level.name).toBe(name);
		expect(level.stepMs / msPerPixel).toBeGreaterThanOrEqual(36);
		const finer = BIN_LEVELS[BIN_LEVELS.indexOf(level) - 1];
		if (finer) expect(finer.stepMs / msPerPixel).toBeLessThan(36);
	});

	it('binThresholds covers the window with calendar-aligned bins', () => {
		const level = BIN_LEVELS.find((l) => l.name === '1 month')!;
		const start = Date.UTC(2024, 2, 10);
		const end = Date.UTC(2024, 5, 3);
		const bounds = binThresholds(level, start, end);
		expect(bounds[0]).toBe(Date.UTC(2024, 2, 1));
		expect(bounds.at(-1)).toBe(Date.UTC(2024, 6, 1));
		expect(bounds).toHaveLength(5);
		expect(level.label(new Date(bounds[0]!), new Date(bounds[1]!))).toBe('March 2024');
	});

	it.each<[string, number, number, boolean]>([
		['a sparse lane', 30, 1, false],
		['a crowded lane', 60, 10, true]
	])(
		'binLane(%s) counts every mark once and marks overflowing bins dense',
		(_what, days, perDay, dense) => {
			const { events, lanes } = crowd(days, perDay);
			const lane = indexTimelineLanes(events, lanes).lanes[0]!;
			const start = Date.UTC(2024, 2, 1);
			const x = scaleUtc()
				.domain([start, start + days * DAY])
				.range([0, 500]);
			const packing = packLaneRows(lane, (t) => x(t), { glyphRadius: 6, gap: 64 });
			const level = chooseBinLevel((days * DAY) / 500);
			const thresholds = binThresholds(level, start, start + days * DAY);
			const bins = binLane(lane, packing, thresholds);
			expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(events.length);
			expect(bins.some((bin) => bin.dense)).toBe(dense);
			for (const bin of bins) {
				const overflow = Array.from(packing.rows.slice(bin.lo, bin.hi)).some((row) => row < 0);
				expect(bin.dense).toBe(overflow);
			}
		}
	);
});
