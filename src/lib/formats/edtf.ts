/**
 * EDTF (ISO 8601-2) date cells as a Parley date: years, months, days, intervals, `201X`, seasons
 * and the `?` `~` `%` qualifiers. The `edtf` package parses; this turns its window into precision,
 * earliest/latest and a note. Plain days take a fast path: an ACLED export has 100,000s of them.
 */
import edtf from 'edtf';
import { DAY_MS, isCalendarDay } from '$lib/data/time/calendar';
import type { PRECISIONS } from '$lib/data/vocabularies';

type Precision = (typeof PRECISIONS)[number];

export interface EdtfDate {
	/** The day to plot: the day itself, the middle of a month or year, or a range's first day. */
	value: string;
	precision: Precision;
	earliest: string;
	latest: string;
	/** The EDTF text and what its qualifiers say, for `date.note`; absent for a plain day. */
	note?: string;
	/** True when `?`, `~` or `%` qualifies any part: a reason to lower the confidence. */
	qualified: boolean;
}

export type EdtfResult = { ok: true; date: EdtfDate } | { ok: false; message: string };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The middle day of a window (the earlier of two middles). */
function middleDay(earliest: string, latest: string): string {
	const a = Date.parse(`${earliest}T00:00:00Z`);
	const b = Date.parse(`${latest}T00:00:00Z`);
	return dayOf(a + Math.floor((b - a) / DAY_MS / 2) * DAY_MS);
}

/** The narrowest precision whose natural period is exactly this window. */
function precisionOf(earliest: string, latest: string): Precision {
	if (earliest === latest) return 'day';
	const lastOfMonth = (day: string) => {
		const [y, m] = day.split('-').map(Number) as [number, number];
		return dayOf(Date.UTC(y, m, 0));
	};
	if (earliest.endsWith('-01') && latest.slice(0, 7) === earliest.slice(0, 7)) {
		if (latest === lastOfMonth(earliest)) return 'month';
	}
	if (earliest.endsWith('-01-01') && latest === `${earliest.slice(0, 4)}-12-31`) return 'year';
	return 'range';
}

interface Qualified {
	uncertain?: { value?: number };
	approximate?: { value?: number };
}

const isQualified = (part: unknown) => {
	const q = part as Qualified | null;
	return Boolean(q && (q.uncertain?.value || q.approximate?.value));
};

function describeQualifiers(parts: unknown[]): string[] {
	const words: string[] = [];
	for (const part of parts) {
		const q = part as Qualified | null;
		if (q?.uncertain?.value && !words.includes('uncertain')) words.push('uncertain');
		if (q?.approximate?.value && !words.includes('approximate')) words.push('approximate');
	}
	return words;
}

/**
 * Reads one date cell written in EDTF. A plain YYYY-MM-DD day must be a real calendar day;
 * open or unknown interval ends (`2024-03-06/..`, `/2024-03-13`) are refused, since Parley needs
 * the last possible day of every event.
 */
export function parseEdtfDate(input: string): EdtfResult {
	const text = input.trim();
	if (ISO_DAY.test(text)) {
		return isCalendarDay(text)
			? {
					ok: true,
					date: { value: text, precision: 'day', earliest: text, latest: text, qualified: false }
				}
			: { ok: false, message: `"${text}" is not a real calendar day` };
	}
	if (text === '') return { ok: false, message: 'the date is empty' };
	if (text.startsWith('/') || text.endsWith('/') || text.includes('..')) {
		return {
			ok: false,
			message: `"${text}" is an interval with an open or unknown end; Parley needs both ends (e.g. 2024-03-06/2024-03-13)`
		};
	}
	let parsed: ReturnType<typeof edtf>;
	try {
		parsed = edtf(text);
	} catch {
		return {
			ok: false,
			message: `"${text}" is not a date Parley can read: use YYYY-MM-DD, YYYY-MM, YYYY or an EDTF form such as 2024-03~ or 2024-03-06/2024-03-13`
		};
	}
	const min = parsed.min;
	const max = parsed.max;
	if (!Number.isFinite(min) || !Number.isFinite(max)) {
		return { ok: false, message: `"${text}" has no first or last day Parley can place` };
	}
	const earliest = dayOf(min);
	const latest = dayOf(max);
	if (!/^\d{4}-/.test(earliest) || !/^\d{4}-/.test(latest)) {
		return { ok: false, message: `"${text}" lies outside the years 0000–9999` };
	}
	const parts =
		parsed.type === 'Interval'
			? [
					(parsed as unknown as { lower: unknown }).lower,
					(parsed as unknown as { upper: unknown }).upper
				]
			: [parsed];
	const qualifiers = describeQualifiers(parts);
	const interval = parsed.type === 'Interval';
	const precision = interval ? 'range' : precisionOf(earliest, latest);
	const value =
		precision === 'month' || precision === 'year' ? middleDay(earliest, latest) : earliest;
	const note = `EDTF "${text}"${interval ? ': sometime in this interval' : ''}${qualifiers.length ? `; ${qualifiers.join(' and ')}` : ''}`;
	return {
		ok: true,
		date: { value, precision, earliest, latest, note, qualified: parts.some(isQualified) }
	};
}

/** The EDTF form of a Parley date window: a day, a month, a year or an interval. */
export function formatEdtf(date: {
	precision: Precision;
	value: string;
	earliest: string;
	latest: string;
}): string {
	if (date.earliest === date.latest) return date.earliest;
	if (precisionOf(date.earliest, date.latest) === 'month') return date.earliest.slice(0, 7);
	if (precisionOf(date.earliest, date.latest) === 'year') return date.earliest.slice(0, 4);
	return `${date.earliest}/${date.latest}`;
}
