/**
 * The overview strip under the timeline: the whole dataset's span as a density of events per
 * bin, so a time range can be brushed over everything, not just what the timeline shows.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { DAY_MS } from '../../data/time/calendar';
import { lastSpanDay } from '../../data/time/eventSpan';
import type { DiplomaticEvent } from '../../data/schema';
import { dayToTime } from '../../data/time/dates';

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
 * Events counted at their plotted day, in bins a few pixels wide over [0, width]: d3 `bin`'s
 * thresholds every `(last - first) / binCount`, counted straight into a typed array in one pass
 * (days sort as text, so only the ends are parsed). Linear at 100,000 events; one rect per bin.
 */
export function computeOverview(
	events: readonly DiplomaticEvent[],
	width: number,
	height: number
): Overview {
	let firstDay: string | null = null;
	let lastDay: string | null = null;
	const days = new Float64Array(events.length);
	const plottedDay = rememberLast(dayToTime);
	for (let i = 0; i < events.length; i++) {
		const date = events[i]!.date;
		// `eventSpan`, without an object per event.
		const spanFirst = date.earliest;
		const spanLast = lastSpanDay(date);
		if (firstDay === null || spanFirst < firstDay) firstDay = spanFirst;
		if (lastDay === null || spanLast > lastDay) lastDay = spanLast;
		days[i] = plottedDay(date.value);
	}
	const first = firstDay === null ? Number.NaN : dayToTime(firstDay);
	const last = lastDay === null ? Number.NaN : dayToTime(lastDay) + DAY_MS;
	if (!Number.isFinite(first)) {
		const now = Date.UTC(2000, 0, 1);
		return {
			x: scaleUtc()
				.domain([now, now + DAY_MS])
				.range([0, width]),
			bars: []
		};
	}
	const x = scaleUtc().domain([first, last]).range([0, width]);
	const binCount = Math.max(1, Math.min(Math.floor(width / 4), Math.ceil((last - first) / DAY_MS)));
	const step = (last - first) / binCount;
	// The upper edge of bin i (its threshold), computed as d3's thresholds were, so a day on an
	// edge lands in the same bin; the last bin ends at `last`.
	const edge = (i: number) => (i < binCount - 1 ? first + step * (i + 1) : last);
	const counts = new Int32Array(binCount);
	for (let i = 0; i < days.length; i++) {
		const day = days[i]!;
		// Outside the domain (or not a day at all): d3's bin leaves it out too.
		if (!(day >= first && day <= last)) continue;
		let at = Math.min(binCount - 1, Math.floor((day - first) / step));
		// Floating point may put a day on an edge one bin off: bins are [edge(i - 1), edge(i)).
		while (at > 0 && day < edge(at - 1)) at--;
		while (at < binCount - 1 && day >= edge(at)) at++;
		counts[at]!++;
	}
	let tallest = 0;
	for (let i = 0; i < binCount; i++) if (counts[i]! > tallest) tallest = counts[i]!;
	const bars: OverviewBar[] = [];
	for (let i = 0; i < binCount; i++) {
		const count = counts[i]!;
		if (count === 0) continue;
		const barHeight = Math.max(2, (count / tallest) * height);
		const x0 = x(i === 0 ? first : edge(i - 1));
		bars.push({
			x: x0,
			width: Math.max(1, x(edge(i)) - x0 - 1),
			y: height - barHeight,
			height: barHeight,
			count
		});
	}
	return { x, bars };
}

/** `read`, skipping the work when called again with the argument of the call before. */
function rememberLast<T>(read: (key: string) => T): (key: string) => T {
	let lastKey: string | undefined;
	let lastValue: T;
	return (key) => {
		if (key !== lastKey) {
			lastValue = read(key);
			lastKey = key;
		}
		return lastValue;
	};
}
