/**
 * The overview strip under the timeline: the whole dataset's span as a density of events per
 * bin, so a time range can be brushed over everything, not just what the timeline shows.
 */
import { bin, max } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { eventSpan } from '../../data/dates';
import type { DiplomaticEvent } from '../../data/schema';
import { dayStart } from '../timeline/markGeometry';

const DAY = 86_400_000;

export interface OverviewBar {
	x: number;
	width: number;
	y: number;
	height: number;
	count: number;
}

export interface Overview {
	x: ScaleTime<number, number>;
	bars: OverviewBar[];
}

/**
 * Events counted at their plotted day, in bins a few pixels wide, over [0, width]. One pass
 * over the events with remembered day parsing, then d3's bin: cheap at 100,000 events, and
 * the strip draws one rect per bin, never one per event.
 */
export function computeOverview(
	events: readonly DiplomaticEvent[],
	width: number,
	height: number
): Overview {
	let first = Number.POSITIVE_INFINITY;
	let last = Number.NEGATIVE_INFINITY;
	const days = new Float64Array(events.length);
	events.forEach((event, i) => {
		const span = eventSpan(event.date);
		first = Math.min(first, dayStart(span.first));
		last = Math.max(last, dayStart(span.last) + DAY);
		days[i] = dayStart(event.date.value);
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

/** The days a pixel range covers, as an inclusive day range for the time filter. */
export function pixelsToDayRange(
	x: ScaleTime<number, number>,
	[left, right]: readonly [number, number]
): { start: string; end: string } {
	const start = new Date(x.invert(Math.min(left, right)));
	const end = new Date(x.invert(Math.max(left, right)).getTime() - 1);
	return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** The pixel range of an inclusive day range. */
export function dayRangeToPixels(
	x: ScaleTime<number, number>,
	range: { start: string; end: string }
): [number, number] {
	return [x(dayStart(range.start)), x(dayStart(range.end) + DAY)];
}
