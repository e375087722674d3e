/**
 * TimelineJS date objects (`{ year, month, day, hour … }`, numbers or strings) read as Parley
 * date windows: a year alone is a year-precision window, a year and month a month window. A year
 * cell holding an EDTF string ("2024-03~", "2024-03-06/2024-03-13") is read as EDTF.
 */
import { parseEdtfDate, type EdtfDate } from '../edtf';

export type DateRead = { ok: true; date: EdtfDate } | { ok: false; field: string; message: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function integer(value: unknown): number | null | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const text =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	if (text === '') return undefined;
	return /^-?\d+$/.test(text) ? Number(text) : null;
}

/** Reads a TimelineJS date object; `field` in a failure names the key at fault ("month"). */
export function readTimelineJsDate(value: unknown): DateRead {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { ok: false, field: '', message: 'must be an object with at least a year' };
	}
	const record = value as Record<string, unknown>;
	const year = integer(record.year);
	if (year === undefined) return { ok: false, field: 'year', message: 'is required' };
	if (year === null) {
		// Not a plain year: an EDTF date written in the year cell.
		const edtf = parseEdtfDate(String(record.year));
		return edtf.ok ? edtf : { ok: false, field: 'year', message: edtf.message };
	}
	if (year < 0 || year > 9999) {
		return {
			ok: false,
			field: 'year',
			message: `${year} is outside the years 0–9999 that Parley places (deep-time "cosmological" timelines are not supported)`
		};
	}
	const month = integer(record.month);
	const day = integer(record.day);
	if (month === null || (month !== undefined && (month < 1 || month > 12))) {
		return {
			ok: false,
			field: 'month',
			message: `${JSON.stringify(record.month)} is not a month 1–12`
		};
	}
	if (day === null || (day !== undefined && (day < 1 || day > 31))) {
		return { ok: false, field: 'day', message: `${JSON.stringify(record.day)} is not a day 1–31` };
	}
	if (day !== undefined && month === undefined) {
		return { ok: false, field: 'month', message: 'a day is given without its month' };
	}
	const text =
		month === undefined
			? pad(year, 4)
			: day === undefined
				? `${pad(year, 4)}-${pad(month)}`
				: `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
	const edtf = parseEdtfDate(text);
	if (!edtf.ok) return { ok: false, field: 'day', message: `${text} is not a real calendar day` };
	// A plain TimelineJS date is not EDTF: no note about it.
	const { note: _note, ...date } = edtf.date;
	void _note;
	return { ok: true, date };
}

/** A Parley day as a TimelineJS date object at the precision it has. */
export function timelineJsDate(
	day: string,
	precision: 'day' | 'month' | 'year'
): { year: number; month?: number; day?: number } {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	if (precision === 'year') return { year };
	if (precision === 'month') return { year, month };
	return { year, month, day: date };
}
