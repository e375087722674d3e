/**
 * The timeline's first window: the body of the events, not their outliers. Two background
 * events years before a four-month story would otherwise squeeze the story into a sliver; here
 * the window fits the shortest stretch holding nine events in ten, widened a little while
 * events remain on either side, and what it leaves out is counted for the edges to announce.
 */
import { bisectTime } from './laneIndex';
import { DAY_MS } from '$lib/data/time/calendar';

/** Share of the events the core stretch holds. */
export const CORE_SHARE = 0.9;
/** The core's span is widened by at most this share of itself on each side. */
export const CORE_MARGIN = 0.5;
/** Least span of a first window (one event, or all on one day). */
export const MIN_FIRST_SPAN = 7 * DAY_MS;
/** Padding on both sides, as a share of the span (as the fitted base domain has). */
export const FIRST_PADDING = 0.04;

export interface FirstWindow {
	/** [start, end] in ms. */
	window: [number, number];
	/** Events plotted before the window's start and after its end. */
	before: number;
	after: number;
}

/**
 * The shortest stretch of `sorted` (ascending times) that holds `count` of them: [first, last]
 * positions. Ties go to the earliest stretch.
 */
export function shortestStretch(sorted: ArrayLike<number>, count: number): [number, number] {
	const n = sorted.length;
	const m = Math.max(1, Math.min(n, count));
	let best = 0;
	for (let i = 1; i + m - 1 < n; i++) {
		if (sorted[i + m - 1]! - sorted[i]! < sorted[best + m - 1]! - sorted[best]!) best = i;
	}
	return [best, best + m - 1];
}

/**
 * The first window for `times` (any order, not mutated), or null with none: the padded extent if
 * nothing is an outlier, else the shortest stretch holding `CORE_SHARE` of the events, widened by
 * up to `CORE_MARGIN` a side for events that close, then padded (at most 2.16 core spans, at least
 * 90 % of the events). A dataset within three core spans (padding included) is shown whole.
 */
export function computeFirstWindow(times: ArrayLike<number>): FirstWindow | null {
	const sorted = Float64Array.from(times);
	// The lane index gives them in order already: sort only when they are not.
	for (let k = 1; k < sorted.length; k++) {
		if (!(sorted[k - 1]! <= sorted[k]!)) {
			sorted.sort();
			break;
		}
	}
	const n = sorted.length;
	if (n === 0) return null;
	const [i, j] = shortestStretch(sorted, Math.ceil(CORE_SHARE * n));
	const first = sorted[0]!;
	const last = sorted[n - 1]!;
	const coreSpan = Math.max(sorted[j]! - sorted[i]!, MIN_FIRST_SPAN);
	let start: number;
	let end: number;
	if (last - first <= (3 * coreSpan) / (1 + 2 * FIRST_PADDING)) {
		start = first;
		end = last;
	} else {
		const margin = CORE_MARGIN * coreSpan;
		// Widen to the events within the margin, not into empty time.
		start = sorted[bisectTime(sorted, sorted[i]! - margin)]!;
		end = sorted[bisectTime(sorted, sorted[j]! + margin, true) - 1]!;
	}
	if (end - start < MIN_FIRST_SPAN) {
		const middle = (start + end) / 2;
		start = middle - MIN_FIRST_SPAN / 2;
		end = middle + MIN_FIRST_SPAN / 2;
	}
	// The promise, checked in the terms it is made in: no wider than three central-90 % spans
	// (5th to 95th percentile), or a padded week. The core can overshoot it when a few
	// events share a day; then the window of that width holding the most events wins.
	const central = percentile(sorted, 0.95) - percentile(sorted, 0.05);
	const limit = Math.max(3 * central, MIN_FIRST_SPAN * (1 + 2 * FIRST_PADDING));
	const inner = limit / (1 + 2 * FIRST_PADDING);
	if (end - start > inner) [start, end] = busiestStretch(sorted, inner);
	const pad = (end - start) * FIRST_PADDING;
	const window: [number, number] = [start - pad, end + pad];
	return { window, ...countOutside(sorted, window) };
}

/** The `p`-quantile of `sorted` (ascending), interpolated as d3's `quantileSorted` (type 7). */
function percentile(sorted: Float64Array, p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.min(lo + 1, sorted.length - 1);
	return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** The stretch `width` long, starting at an event of `sorted`, that holds the most events. */
function busiestStretch(sorted: Float64Array, width: number): [number, number] {
	let best = 0;
	let bestCount = 0;
	for (let i = 0, j = 0; i < sorted.length; i++) {
		while (j < sorted.length && sorted[j]! <= sorted[i]! + width) j++;
		if (j - i > bestCount) [best, bestCount] = [i, j - i];
	}
	return [sorted[best]!, sorted[best]! + width];
}

/** How many of `sorted` (ascending) lie before and after `window`. */
export function countOutside(
	sorted: Float64Array,
	window: readonly [number, number]
): { before: number; after: number } {
	return {
		before: bisectTime(sorted, window[0]),
		after: sorted.length - bisectTime(sorted, window[1], true)
	};
}

/**
 * Where an edge button goes: the window of the same span moved so that the nearest event
 * beyond that edge sits a tenth of the span inside it. Null when nothing lies beyond.
 */
export function windowTowards(
	sorted: Float64Array,
	window: readonly [number, number],
	side: 'before' | 'after'
): [number, number] | null {
	const span = window[1] - window[0];
	if (side === 'before') {
		const k = bisectTime(sorted, window[0]);
		if (k === 0) return null;
		const start = sorted[k - 1]! - span / 10;
		return [start, start + span];
	}
	const k = bisectTime(sorted, window[1], true);
	if (k >= sorted.length) return null;
	const end = sorted[k]! + span / 10;
	return [end - span, end];
}
