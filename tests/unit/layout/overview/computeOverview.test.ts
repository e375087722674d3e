import { bin, max } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventSpan } from '../../../../src/lib/data/time/eventSpan';
import type { DiplomaticEvent } from '../../../../src/lib/data/schema';
import { sortEventsByTime } from '../../../../src/lib/data/time/sortEvents';
import {
	computeOverview,
	type Overview
} from '../../../../src/lib/layout/overview/computeOverview';
import { dayToTime } from '../../../../src/lib/data/time/dates';
import { randomDataset } from '../../../fixtures/randomDataset';

const DAY = 86_400_000;

/** The implementation before the linear count (d3's `bin`), kept as the reference. */
function computeOverviewWithBin(
	events: readonly DiplomaticEvent[],
	width: number,
	height: number
): Overview {
	let first = Number.POSITIVE_INFINITY;
	let last = Number.NEGATIVE_INFINITY;
	const days = new Float64Array(events.length);
	events.forEach((event, i) => {
		const span = eventSpan(event.date);
		first = Math.min(first, dayToTime(span.first));
		last = Math.max(last, dayToTime(span.last) + DAY);
		days[i] = dayToTime(event.date.value);
	});
	if (!Number.isFinite(first)) {
		const now = Date.UTC(2000, 0, 1);
		return {
			x: scaleUtc()
				.domain([now, now + DAY])
				.range([0, width]),
			bars: []
		};
	}
	const x = scaleUtc().domain([first, last]).range([0, width]);
	const binCount = Math.max(1, Math.min(Math.floor(width / 4), Math.ceil((last - first) / DAY)));
	const step = (last - first) / binCount;
	const thresholds = Array.from({ length: binCount - 1 }, (_, i) => first + step * (i + 1));
	const bins = bin<number, number>().domain([first, last]).thresholds(thresholds)(
		days as unknown as number[]
	);
	const tallest = max(bins, (b) => b.length) ?? 1;
	const bars = bins
		.filter((b) => b.length > 0)
		.map((b) => {
			const barHeight = Math.max(2, (b.length / tallest) * height);
			const x0 = x(b.x0!);
			return {
				x: x0,
				width: Math.max(1, x(b.x1!) - x0 - 1),
				y: height - barHeight,
				height: barHeight,
				count: b.length
			};
		});
	return { x, bars };
}

const plain = ({ x, bars }: Overview) => ({ domain: x.domain(), range: x.range(), bars });

describe('computeOverview(events, width, height)', () => {
	it.each([
		{ name: 'no events', events: 0, spanDays: 10, width: 300 },
		{ name: 'one event', events: 1, spanDays: 1, width: 300 },
		{ name: 'more bins than days', events: 40, spanDays: 5, width: 900 },
		{ name: 'more days than bins', events: 500, spanDays: 2000, width: 200 },
		{ name: 'a strip narrower than one bin', events: 30, spanDays: 60, width: 2 },
		{ name: 'a wide strip over years', events: 3000, spanDays: 3650, width: 1600 }
	])('computeOverview($name) bins as d3 bin did', ({ events: count, spanDays, width }) => {
		const events = sortEventsByTime(randomDataset(7, { events: count, spanDays }).events);
		const before = structuredClone(events);
		const overview = computeOverview(events, width, 36);
		expect(plain(overview)).toEqual(plain(computeOverviewWithBin(events, width, 36)));
		expect(overview.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(count);
		expect(events).toEqual(before);
	});

	it('computeOverview(random events, random size) bins as d3 bin did', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2 ** 31 - 1 }),
				fc.integer({ min: 0, max: 400 }),
				fc.integer({ min: 1, max: 5000 }),
				fc.integer({ min: 1, max: 2400 }),
				fc.integer({ min: 1, max: 200 }),
				fc.boolean(),
				(seed, count, spanDays, width, height, shuffled) => {
					const generated = randomDataset(seed, { events: count, spanDays }).events;
					// In time order as the page passes them, or in any order.
					const events = shuffled ? generated : sortEventsByTime(generated);
					const before = structuredClone(events);
					const overview = computeOverview(events, width, height);
					expect(plain(overview)).toEqual(plain(computeOverviewWithBin(events, width, height)));
					expect(events).toEqual(before);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('computeOverview(events, width) counts every event once, in bars within [0, width]', () => {
		const events = sortEventsByTime(randomDataset(3, { events: 2000, spanDays: 900 }).events);
		const { bars } = computeOverview(events, 640, 36);
		expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(events.length);
		for (const bar of bars) {
			expect(bar.x).toBeGreaterThanOrEqual(0);
			expect(bar.x + bar.width).toBeLessThanOrEqual(640);
			expect(bar.height).toBeGreaterThanOrEqual(2);
		}
	});
});
