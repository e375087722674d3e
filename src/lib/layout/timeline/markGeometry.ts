/**
 * Where an event's mark goes along the time axis, by how precisely its date is known: a point
 * for a known day, a faded band from earliest to latest for a window, a solid bar to `end` for a
 * multi-day event. Positions come from any time -> pixel function (a d3 time scale).
 */
import { dayToTime } from '$lib/data/time/dates';
import {
	computeEventTimes,
	createEventTimes,
	dayRangeTimes,
	hasUncertaintyWindow,
	isMultiDay,
	lastSpanDay,
	plottedTimeOf
} from '$lib/data/time/eventSpan';
import type { EventDate } from '$lib/data/schema';

export type MarkKind = 'point' | 'window' | 'bar';

export interface MarkGeometry {
	kind: MarkKind;
	/** Centre of the glyph: the middle of the plotted day. */
	cx: number;
	/** The uncertainty window [earliest 00:00, day after latest 00:00], when wider than a day. */
	window: readonly [number, number] | null;
	/** A multi-day event from its first day to the end of its last. */
	bar: readonly [number, number] | null;
	/** Horizontal extent of everything drawn, glyph included. */
	x0: number;
	x1: number;
}

/** Anything that maps ms since the epoch to pixels. */
export type TimeToPixel = (time: number) => number;

/** The instant a day-dated event is drawn at: noon UTC, so it sits inside its day when zoomed to hours. */
export function plottedTime(date: EventDate): number {
	return plottedTimeOf(date);
}

/** Reused by every call: the geometry reads it before returning. */
const scratch = createEventTimes();

export function computeMarkGeometry(
	date: EventDate,
	x: TimeToPixel,
	glyphRadius: number
): MarkGeometry {
	const times = computeEventTimes(date, dayToTime, scratch);
	const cx = x(times.time);
	const window = hasUncertaintyWindow(date)
		? ([x(times.windowStart), x(times.windowEnd)] as const)
		: null;
	const bar = isMultiDay(date) ? ([x(times.barStart), x(times.barEnd)] as const) : null;
	const x0 = Math.min(cx - glyphRadius, window?.[0] ?? Infinity, bar?.[0] ?? Infinity);
	const x1 = Math.max(cx + glyphRadius, window?.[1] ?? -Infinity, bar?.[1] ?? -Infinity);
	return { kind: bar ? 'bar' : window ? 'window' : 'point', cx, window, bar, x0, x1 };
}

/** The time an event's drawing covers, [start, end) in ms: for extents and fitting. */
export function markTimeSpan(date: EventDate): [number, number] {
	return dayRangeTimes(date.earliest, lastSpanDay(date));
}
