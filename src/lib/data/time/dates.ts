/**
 * Calendar days as the dataset writes them ("YYYY-MM-DD"), their precision windows and how
 * to print them. Days are handled in UTC so that the reader's time zone never shifts a date.
 */
import { utcFormat } from 'd3-time-format';
import { DAY_MS, isoDayStart } from './calendar';
import type { EventDate, Precision } from '../schema';

/** The widest honest window, in days counted inclusively, that each precision allows. */
export const MAX_WINDOW_DAYS: Record<Precision, number> = {
	day: 1,
	week: 7,
	month: 31,
	year: 366,
	range: Number.POSITIVE_INFINITY
};

function requireDayStart(iso: string): number {
	const time = isoDayStart(iso);
	if (time === null) throw new RangeError(`"${iso}" is not a calendar day (YYYY-MM-DD)`);
	return time;
}

function requireDay(iso: string): Date {
	return new Date(requireDayStart(iso));
}

// Printed in UTC, as the days are held: the reader's time zone never shifts a date.
const DAY_MONTH_YEAR = utcFormat('%-d %b %Y');
const DAY_MONTH = utcFormat('%-d %b');
const DAY = utcFormat('%-d');
const MONTH_YEAR = utcFormat('%b %Y');
const YEAR = utcFormat('%Y');

const dayStarts = new Map<string, number>();

/**
 * Milliseconds since the epoch at 00:00 UTC of the day, for time scales; throws for what is not
 * a calendar day (`isoDayStart` says null). Remembered: timeline layouts ask for the same few
 * hundred days for thousands of marks on every zoom frame.
 */
export function dayToTime(iso: string): number {
	let time = dayStarts.get(iso);
	if (time === undefined) {
		time = requireDayStart(iso);
		dayStarts.set(iso, time);
	}
	return time;
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
	// Both are UTC midnights, so every day is exactly DAY_MS long.
	return Math.round((requireDayStart(to) - requireDayStart(from)) / DAY_MS);
}

/** How many days a window covers, counting both ends ("2026-02-02".."2026-02-06" is 5). */
export function windowDays(earliest: string, latest: string): number {
	return daysBetween(earliest, latest) + 1;
}

/** "6 Feb 2026" */
export function formatDay(iso: string): string {
	return DAY_MONTH_YEAR(requireDay(iso));
}

/**
 * A span of days, printed as compactly as reads naturally:
 * "6–13 Feb 2026", "28 Jan – 3 Feb 2026", "30 Dec 2025 – 2 Jan 2026".
 */
export function formatDayRange(first: string, last: string): string {
	const a = requireDay(first);
	const b = requireDay(last);
	if (first === last) return formatDay(first);
	if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatDay(first)} – ${formatDay(last)}`;
	if (a.getUTCMonth() !== b.getUTCMonth()) return `${DAY_MONTH(a)} – ${formatDay(last)}`;
	return `${DAY(a)}–${formatDay(last)}`;
}

/**
 * An event's date as its precision allows: "6 Feb 2026", "week of 2 Feb 2026", "Mar 2023",
 * "2018", or the window of a range ("6–13 Feb 2026"). A multi-day event shows its span.
 */
export function formatEventDate(date: EventDate): string {
	switch (date.precision) {
		case 'day':
			return date.end && date.end !== date.value
				? formatDayRange(date.value, date.end)
				: formatDay(date.value);
		case 'week':
			return `week of ${formatDay(date.earliest)}`;
		case 'month':
			return MONTH_YEAR(requireDay(date.value));
		case 'year':
			return YEAR(requireDay(date.value));
		case 'range':
			return formatDayRange(date.earliest, date.latest);
	}
}
