/**
 * The time the timeline covers and how far it may zoom: from a couple of hours across the
 * plot to several decades.
 */
import { dayToTime } from '$lib/data/time/dates';
import type { Dataset, DiplomaticEvent } from '$lib/data/schema';
import { DAY_MS } from '$lib/data/time/calendar';
import { markTimeSpan } from './markGeometry';

/** The narrowest and widest time the plot may show at once. */
export const MIN_VISIBLE_MS = 2 * 3_600_000;
export const MAX_VISIBLE_MS = 60 * 365.25 * DAY_MS;

export interface ReportedOn {
	sourceId: string;
	outlet: string;
	/** The publication day, "YYYY-MM-DD". */
	day: string;
}

/** The publication days of the dataset's primary sources (those with a known date). */
export function reportedOnDates(dataset: Dataset): ReportedOn[] {
	// Each source once, though a file may name it twice (the timeline keys its markers by source).
	const ids = [...new Set(dataset.meta.primarySourceIds ?? [])];
	return ids.flatMap((id) => {
		const source = dataset.sources.find((candidate) => candidate.id === id);
		return source?.publishedAt
			? [{ sourceId: source.id, outlet: source.outlet, day: source.publishedAt }]
			: [];
	});
}

/**
 * [start, end] in ms covering every event's window and the extra days (publication dates),
 * padded on both sides and at least a week wide. Falls back to the week around `fallbackDay`.
 */
export function computeTimeExtent(
	events: readonly DiplomaticEvent[],
	extraDays: readonly string[],
	fallbackDay: string,
	padding = 0.04
): [number, number] {
	const spanStart = new Float64Array(events.length);
	const spanEnd = new Float64Array(events.length);
	events.forEach((event, i) => {
		[spanStart[i], spanEnd[i]] = markTimeSpan(event.date);
	});
	return computeTimeExtentOfSpans({ spanStart, spanEnd }, extraDays, fallbackDay, padding);
}

/**
 * `computeTimeExtent` from what each event's drawing covers, already in typed arrays (the lane
 * model's `spans`): no date is read again.
 */
export function computeTimeExtentOfSpans(
	spans: { spanStart: Float64Array; spanEnd: Float64Array },
	extraDays: readonly string[],
	fallbackDay: string,
	padding = 0.04
): [number, number] {
	let start = Infinity;
	let end = -Infinity;
	const { spanStart, spanEnd } = spans;
	for (let i = 0; i < spanStart.length; i++) {
		if (spanStart[i]! < start) start = spanStart[i]!;
		if (spanEnd[i]! > end) end = spanEnd[i]!;
	}
	return padExtent(start, end, extraDays, fallbackDay, padding);
}

function padExtent(
	start: number,
	end: number,
	extraDays: readonly string[],
	fallbackDay: string,
	padding: number
): [number, number] {
	for (const day of extraDays) {
		const time = dayToTime(day);
		start = Math.min(start, time);
		end = Math.max(end, time + DAY_MS);
	}
	if (!Number.isFinite(start)) {
		start = dayToTime(fallbackDay);
		end = start + DAY_MS;
	}
	const minSpan = 7 * DAY_MS;
	if (end - start < minSpan) {
		const middle = (start + end) / 2;
		start = middle - minSpan / 2;
		end = middle + minSpan / 2;
	}
	const pad = (end - start) * padding;
	return [start - pad, end + pad];
}

/**
 * Closest zoom for dates known to the day (the format has no times of day): this many pixels
 * a day at most (one day across half a wide screen); the axis then ticks days, never hours.
 */
export const MAX_DAY_PIXELS = 600;

/**
 * d3-zoom's scale extent for a base domain: from MAX_VISIBLE_MS to MIN_VISIBLE_MS across the
 * plot; given the plot's `width`, zooming in stops at `MAX_DAY_PIXELS` a day instead (the
 * precision of the data), or at MIN_VISIBLE_MS if that comes first.
 */
export function computeZoomLimits(
	baseDomain: readonly [number, number],
	width?: number
): [number, number] {
	const span = baseDomain[1] - baseDomain[0];
	const narrowest =
		width === undefined
			? MIN_VISIBLE_MS
			: Math.max(MIN_VISIBLE_MS, (width / MAX_DAY_PIXELS) * DAY_MS);
	return [Math.min(1, span / MAX_VISIBLE_MS), Math.max(1, span / narrowest)];
}

export interface ZoomState {
	/** Scale factor and horizontal translation, as in d3-zoom's transform. */
	k: number;
	x: number;
}

/** The zoom that shows [start, end] across a plot `width` wide, given the base domain. */
export function zoomToShow(
	baseDomain: readonly [number, number],
	window: readonly [number, number],
	width: number,
	limits: readonly [number, number] = computeZoomLimits(baseDomain)
): ZoomState {
	const baseSpan = baseDomain[1] - baseDomain[0];
	const span = Math.max(1, window[1] - window[0]);
	const k = Math.min(limits[1], Math.max(limits[0], baseSpan / span));
	const centre = (window[0] + window[1]) / 2;
	const centreX = ((centre - baseDomain[0]) / baseSpan) * width;
	return { k, x: width / 2 - k * centreX };
}

/** The domain visible under a zoom: what `transform.rescaleX(base)` would give. */
export function visibleDomain(
	baseDomain: readonly [number, number],
	zoom: ZoomState,
	width: number
): [number, number] {
	const msPerPixel = (baseDomain[1] - baseDomain[0]) / Math.max(1, width);
	const toTime = (pixel: number) => baseDomain[0] + ((pixel - zoom.x) / zoom.k) * msPerPixel;
	return [toTime(0), toTime(width)];
}
