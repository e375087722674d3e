/**
 * What stretch of time an event covers, from its date: the plotted day, the uncertainty window
 * (earliest..latest), the multi-day bar (value..end) and the whole span, as days and as
 * instants. A day covers [00:00 UTC, 00:00 UTC of the next day).
 */
import { DAY_MS } from './calendar';
import { dayToTime } from './dates';
import type { EventDate } from '../schema';

/** Whether the date is uncertain over more than one day (earliest..latest). */
export function hasUncertaintyWindow(date: EventDate): boolean {
	return date.earliest !== date.latest;
}

/** Whether the event runs over several days: an `end` after its day. */
export function isMultiDay(date: EventDate): boolean {
	return date.end !== undefined && date.end > date.value;
}

/** The last day an event may cover: `latest`, or `end` when that comes later. */
export function lastSpanDay(date: EventDate): string {
	return date.end && date.end > date.latest ? date.end : date.latest;
}

/** The first and last day an event may cover: its uncertainty window, stretched by `end`. */
export function eventSpan(date: EventDate): { first: string; last: string } {
	return { first: date.earliest, last: lastSpanDay(date) };
}

/** Ms at 00:00 UTC of a "YYYY-MM-DD" (`dayToTime`, or a copy that remembers the last day). */
export type DayStart = (iso: string) => number;

/** An event's date as instants (ms since the epoch); NaN for a window or bar it has not. */
export interface EventTimes {
	/** Where a mark is plotted: noon UTC of `value`, inside its day at any zoom. */
	time: number;
	/** The uncertainty window, [earliest 00:00, day after latest 00:00), when wider than a day. */
	windowStart: number;
	windowEnd: number;
	/** A multi-day event, [value 00:00, day after end 00:00). */
	barStart: number;
	barEnd: number;
	/** All the days the event may cover, [earliest 00:00, day after its last day 00:00). */
	spanStart: number;
	spanEnd: number;
}

/** The instant an event is plotted at: noon UTC of its day. */
export function plottedTimeOf(date: EventDate, dayStart: DayStart = dayToTime): number {
	return dayStart(date.value) + DAY_MS / 2;
}

/** [first day 00:00, day after the last 00:00): the instants an inclusive run of days covers. */
export function dayRangeTimes(
	first: string,
	last: string,
	dayStart: DayStart = dayToTime
): [number, number] {
	return [dayStart(first), dayStart(last) + DAY_MS];
}

/** An `EventTimes` to fill (every field NaN), for `computeEventTimes(date, dayStart, into)`. */
export function createEventTimes(): EventTimes {
	return {
		time: NaN,
		windowStart: NaN,
		windowEnd: NaN,
		barStart: NaN,
		barEnd: NaN,
		spanStart: NaN,
		spanEnd: NaN
	};
}

/**
 * The instants `date` covers, written into `into` (a new object when none is given): hot
 * loops over 100,000 events pass one to reuse.
 */
export function computeEventTimes(
	date: EventDate,
	dayStart: DayStart = dayToTime,
	into?: EventTimes
): EventTimes {
	const times = into ?? createEventTimes();
	const valueStart = dayStart(date.value);
	const earliest = dayStart(date.earliest);
	const windowed = hasUncertaintyWindow(date);
	const multiDay = isMultiDay(date);
	times.time = valueStart + DAY_MS / 2;
	times.windowStart = windowed ? earliest : NaN;
	times.windowEnd = windowed ? dayStart(date.latest) + DAY_MS : NaN;
	times.barStart = multiDay ? valueStart : NaN;
	times.barEnd = multiDay ? dayStart(date.end!) + DAY_MS : NaN;
	times.spanStart = earliest;
	times.spanEnd = dayStart(lastSpanDay(date)) + DAY_MS;
	return times;
}
