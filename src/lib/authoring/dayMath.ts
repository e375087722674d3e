/**
 * Calendar-day arithmetic on "YYYY-MM-DD" strings for the date-phrase resolver. Everything runs
 * in UTC, so the author's time zone never moves a day.
 */
import { DAY_MS } from '$lib/data/time/calendar';

function toTime(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d);
}

function fromTime(time: number): string {
	return new Date(time).toISOString().slice(0, 10);
}

/** "2026-02-03" from year, month (1–12) and day; out-of-range days roll over as Date does. */
export function isoDay(year: number, month: number, day: number): string {
	return fromTime(Date.UTC(year, month - 1, day));
}

export function addDays(iso: string, days: number): string {
	return fromTime(toTime(iso) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
	return new Date(toTime(iso)).getUTCDay();
}

/** The Monday of the ISO week holding the day. */
export function mondayOf(iso: string): string {
	return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

export function monthOf(iso: string): { year: number; month: number } {
	const [y, m] = iso.split('-').map(Number) as [number, number];
	return { year: y, month: m };
}

/** Days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month `offset` months from the given one (offset may be negative). */
export function shiftMonth(year: number, month: number, offset: number) {
	const index = year * 12 + (month - 1) + offset;
	return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The middle day of a window: where month and year dates are plotted. */
export function middleDay(earliest: string, latest: string): string {
	const span = Math.round((toTime(latest) - toTime(earliest)) / DAY_MS);
	return addDays(earliest, Math.floor(span / 2));
}

const MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
] as const;
const WEEKDAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
] as const;

/** "6 Feb 2026" */
export function spellDay(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "Friday 6 Feb 2026" */
export function spellWeekday(iso: string): string {
	return `${WEEKDAYS[weekdayOf(iso)]} ${spellDay(iso)}`;
}
