/**
 * The calendar underneath every date: days as the dataset writes them ("YYYY-MM-DD"), read in
 * UTC so that the reader's time zone never shifts one, and the length of a day.
 */

/** Milliseconds in a day (UTC has no daylight saving). */
export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Milliseconds at 00:00 UTC of a "YYYY-MM-DD" that is a real calendar day, else null. Plain
 * arithmetic: the loader calls this for every date of every event, and a 100,000-event file
 * has half a million of them.
 */
export function isoDayStart(iso: string): number | null {
	const match = ISO_DAY.exec(iso);
	if (!match) return null;
	const year = Number(match[1]);
	const month = Number(match[2]) - 1;
	const date = Number(match[3]);
	const day = new Date(0);
	// setUTCFullYear, unlike Date.UTC, leaves years 0–99 as they are.
	day.setUTCFullYear(year, month, date);
	// An impossible day (30 Feb) rolls over into the next month; a real one comes back intact.
	return day.getUTCFullYear() === year && day.getUTCMonth() === month && day.getUTCDate() === date
		? day.getTime()
		: null;
}

export function isCalendarDay(iso: string): boolean {
	return isoDayStart(iso) !== null;
}

const MONTH_NAMES = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

/** The month (1–12) an English month name or its start of three letters or more names ("Sept"), in any case; else null. */
export function monthNumber(name: string): number | null {
	const lower = name.toLowerCase();
	if (lower.length < 3) return null;
	const index = MONTH_NAMES.findIndex((month) => month.startsWith(lower));
	return index < 0 ? null : index + 1;
}
