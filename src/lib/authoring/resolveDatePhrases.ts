/**
 * Date phrases in a sentence ("as soon as Friday", "this week", "last month", "in early March",
 * "recent unrest") resolved against the source's publication date into a proposed precision,
 * window and note, for the author to accept or edit. Nothing is decided silently: every
 * proposal carries the wording and says how it was read.
 *
 * Horizons (the format asks for documented ones):
 * - "as soon as / as early as / no earlier than X": a range from X to X + 7 days.
 * - "by / no later than X": a range from the publication day to X.
 * - "this / next / last week": Monday to Friday of that week (the working week, as the
 *   bundled dataset's conventions read it); "the past week": the seven days up to publication.
 * - "this / next / last month" and "year": the whole period, plotted at its middle; "the past
 *   month": 30 days up to publication.
 * - "early / mid / late March": days 1–10, 11–20, 21–end, in the March nearest to publication
 *   unless a year is written.
 * - "recent", "recently", "in recent months": from the first day of the month two months
 *   before publication up to publication, plotted at publication; "in recent days": 7 days;
 *   "in recent weeks": 28 days.
 * - A weekday alone ("on Saturday") is the last such day up to publication; with a word of the
 *   future in the sentence ("will", "expected", "set to" …) the next one from publication (the
 *   publication day itself when it is that weekday).
 */
import * as chrono from 'chrono-node';
import { monthNumber } from '$lib/data/time/calendar';
import type { Precision } from '$lib/data/schema';
import {
	addDays,
	daysInMonth,
	isoDay,
	middleDay,
	mondayOf,
	monthOf,
	shiftMonth,
	spellDay,
	spellWeekday,
	weekdayOf
} from './dayMath';

export type ProposedStatus = 'planned' | 'tentative' | 'occurred';

export interface ProposedDate {
	value: string;
	precision: Precision;
	earliest: string;
	latest: string;
	end?: string;
	/** The original wording and how it was resolved: for `date.note`. */
	note: string;
}

export interface DateProposal {
	/** The phrase as written in the text. */
	wording: string;
	/** Where the phrase is in the text (UTF-16 offsets, end exclusive). */
	start: number;
	end: number;
	/** Null when the phrase cannot be resolved (the publication date is unknown). */
	date: ProposedDate | null;
	/** Proposed from where the window lies against the publication day; null: the author says. */
	status: ProposedStatus | null;
	/** One sentence for the author: what was understood, or why nothing could be. */
	explanation: string;
}

/** Days after X that "as soon as X" stays open. */
export const OPEN_WINDOW_DAYS = 7;
/** How many months before publication "recent" reaches back (to the first of that month). */
export const RECENT_MONTHS = 2;

const MONTH_PATTERN =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const FUTURE_WORDS =
	/\b(will|shall|expected|set to|scheduled|plans?|planned|planning|upcoming|is to|are to|as soon as|as early as|intends?|due to)\b/i;
const HEDGE_WORDS =
	/\b(as soon as|as early as|no earlier than|expected|may|might|could|possibl[ey]|likely|tentative(?:ly)?|not set in stone|not (?:yet )?(?:been )?finali[sz]ed|provisional(?:ly)?|would)\b/i;

interface Match {
	start: number;
	end: number;
	wording: string;
	/** Null when the phrase needs the publication date and it is unknown. */
	resolve: (published: string) => Omit<ProposedDate, 'note'> & { how: string };
	/** Resolvable without a publication date (an absolute date with its year). */
	absolute?: Omit<ProposedDate, 'note'> & { how: string };
	/** The phrase itself announces an open or hedged window. */
	hedged?: boolean;
}

function wholeMonth(year: number, month: number, how: string) {
	const earliest = isoDay(year, month, 1);
	const latest = isoDay(year, month, daysInMonth(year, month));
	return { precision: 'month' as const, earliest, latest, value: middleDay(earliest, latest), how };
}

function wholeYear(year: number, how: string) {
	const earliest = isoDay(year, 1, 1);
	const latest = isoDay(year, 12, 31);
	return { precision: 'year' as const, earliest, latest, value: middleDay(earliest, latest), how };
}

/** The year of the given month nearest to the publication month. */
function nearestYear(month: number, published: string): number {
	const pub = monthOf(published);
	const diff = month - pub.month;
	if (diff > 6) return pub.year - 1;
	if (diff < -6) return pub.year + 1;
	return pub.year;
}

function findPatterns(text: string): Match[] {
	const matches: Match[] = [];
	const add = (regex: RegExp, make: (m: RegExpExecArray) => Omit<Match, 'start' | 'end'>) => {
		for (const m of text.matchAll(regex)) {
			const made = make(m as RegExpExecArray);
			matches.push({ ...made, start: m.index, end: m.index + m[0].length });
		}
	};

	add(/\b(?:in )?recent (days|weeks|months)\b|\brecent(?:ly)?\b/gi, (m) => ({
		wording: m[0],
		resolve: (pub) => {
			const unit = m[1]?.toLowerCase();
			let earliest: string;
			let horizon: string;
			if (unit === 'days') [earliest, horizon] = [addDays(pub, -7), 'seven days'];
			else if (unit === 'weeks') [earliest, horizon] = [addDays(pub, -28), 'four weeks'];
			else {
				const from = shiftMonth(monthOf(pub).year, monthOf(pub).month, -RECENT_MONTHS);
				earliest = isoDay(from.year, from.month, 1);
				horizon = `about ${RECENT_MONTHS} months`;
			}
			return {
				precision: 'range',
				earliest,
				latest: pub,
				value: pub,
				how: `before publication; "recent" given a horizon of ${horizon} (from ${spellDay(earliest)}), plotted at the last day`
			};
		}
	}));

	add(/\b(this|next|last|the past|the coming) (week|month|year)\b/gi, (m) => ({
		wording: m[0],
		resolve: (pub) => {
			const which = m[1]!.toLowerCase();
			const unit = m[2]!.toLowerCase();
			if (which === 'the past') {
				const back = unit === 'week' ? 6 : unit === 'month' ? 29 : 365;
				const earliest = addDays(pub, -back);
				return {
					precision: unit === 'week' ? 'week' : unit === 'month' ? 'month' : 'range',
					earliest,
					latest: pub,
					value: pub,
					how: `the ${back + 1} days up to publication, plotted at the last day`
				};
			}
			const offset = which === 'next' || which === 'the coming' ? 1 : which === 'last' ? -1 : 0;
			if (unit === 'week') {
				const monday = addDays(mondayOf(pub), 7 * offset);
				const friday = addDays(monday, 4);
				return {
					precision: 'week',
					earliest: monday,
					latest: friday,
					value: monday,
					how: `the working week of Monday ${spellDay(monday)} to Friday ${spellDay(friday)}`
				};
			}
			if (unit === 'month') {
				const { year, month } = shiftMonth(monthOf(pub).year, monthOf(pub).month, offset);
				return wholeMonth(year, month, 'the whole month, plotted at its middle');
			}
			return wholeYear(monthOf(pub).year + offset, 'the whole year, plotted at its middle');
		}
	}));

	add(
		new RegExp(
			`\\b(early|mid|late|the (?:start|beginning|middle|end) of)[ -]${MONTH_PATTERN}\\b(?:,? (\\d{4}))?`,
			'gi'
		),
		(m) => {
			const part = m[1]!.toLowerCase();
			// MONTH_PATTERN only matches month names.
			const month = monthNumber(m[2]!)!;
			const written = m[3] ? Number(m[3]) : null;
			const window = (year: number) => {
				const last = daysInMonth(year, month);
				const [from, to] =
					part === 'early' || /start|beginning/.test(part)
						? [1, 10]
						: part === 'mid' || /middle/.test(part)
							? [11, 20]
							: [21, last];
				const earliest = isoDay(year, month, from);
				const latest = isoDay(year, month, to);
				return {
					precision: 'range' as const,
					earliest,
					latest,
					value: middleDay(earliest, latest),
					how: `days ${from}–${to} of the month${written ? '' : ', in the one nearest to publication'}, plotted at the middle`
				};
			};
			return {
				wording: m[0],
				resolve: (pub) => window(written ?? nearestYear(month, pub)),
				absolute: written ? window(written) : undefined
			};
		}
	);

	add(/\b(?:in|during|since|throughout) ((?:1[89]|20)\d\d)\b(?![ -]\d)/gi, (m) => {
		const year = wholeYear(Number(m[1]), 'the whole year, plotted at its middle');
		return { wording: m[0], resolve: () => year, absolute: year };
	});
	return matches;
}

const OPEN_PREFIX = /\b(as soon as|as early as|no earlier than|starting|from)\s+$/i;
/** Clause punctuation and spaces at the end of what chrono matched. */
const TRAILING_PUNCTUATION = /[\s,;:]+$/u;
const DEADLINE_PREFIX = /\b(by|no later than|before)\s+(?:the\s+)?$/i;

interface ChronoDay {
	day: string;
	end?: string;
	kind: 'day' | 'weekday' | 'month';
	/** 0 = Sunday, for a weekday alone. */
	weekday?: number;
	yearKnown: boolean;
}

function readChrono(result: chrono.ParsedResult): ChronoDay | null {
	const start = result.start;
	const year = start.get('year');
	const month = start.get('month');
	const day = start.get('day');
	if (year === null || month === null || day === null) return null;
	const iso = isoDay(year, month, day);
	const yearKnown = start.isCertain('year');
	let end: string | undefined;
	if (result.end) {
		const ey = result.end.get('year');
		const em = result.end.get('month');
		const ed = result.end.get('day');
		if (ey !== null && em !== null && ed !== null) end = isoDay(ey, em, ed);
	}
	if (start.isCertain('day')) return { day: iso, end, kind: 'day', yearKnown };
	if (start.isCertain('weekday')) {
		return { day: iso, kind: 'weekday', weekday: start.get('weekday') ?? 0, yearKnown: false };
	}
	if (start.isCertain('month')) return { day: iso, kind: 'month', yearKnown };
	return null;
}

/** The weekday's day: the next from `published` (or that day), else the last up to it. */
function weekdayFrom(published: string, weekday: number, forward: boolean): string {
	const today = weekdayOf(published);
	return forward
		? addDays(published, (weekday - today + 7) % 7)
		: addDays(published, -((today - weekday + 7) % 7));
}

function chronoMatches(text: string, published: string | null, forward: boolean): Match[] {
	// Noon UTC of the publication day, read in UTC: the reader's zone never moves a day.
	const reference = {
		instant: new Date(`${published ?? '2000-01-01'}T12:00:00Z`),
		timezone: 0
	};
	const matches: Match[] = [];
	for (const result of chrono.parse(text, reference, { forwardDate: forward })) {
		// "For now" and "right now" say nothing about a day.
		if (/^now$/i.test(result.text.trim())) continue;
		const read = readChrono(result);
		if (!read) continue;
		let start = result.index;
		const before = text.slice(0, start);
		const open = OPEN_PREFIX.exec(before);
		const deadline = open ? null : DEADLINE_PREFIX.exec(before);
		if (open) start = open.index;
		else if (deadline) start = deadline.index;
		// "As soon as Friday" and "by Friday" look ahead whatever the tense.
		const ahead = forward || Boolean(open || deadline);
		if (read.kind === 'weekday' && published) {
			read.day = weekdayFrom(published, read.weekday!, ahead);
		}
		// chrono keeps the comma or semicolon that closes a clause ("as soon as Friday, officials
		// said"): the wording ends before it.
		const end = result.index + result.text.replace(TRAILING_PUNCTUATION, '').length;
		const plain = (): Omit<ProposedDate, 'note'> & { how: string } => {
			if (read.kind === 'month') {
				const { year, month } = monthOf(read.day);
				return wholeMonth(year, month, 'the whole month, plotted at its middle');
			}
			const how =
				read.kind === 'weekday'
					? `so ${spellWeekday(read.day)} (the ${ahead ? 'next' : 'last'} ${spellWeekday(read.day).split(' ')[0]})`
					: `so ${spellDay(read.day)}${read.end && read.end > read.day ? ` to ${spellDay(read.end)}` : ''}${read.yearKnown ? '' : ' (year taken from publication)'}`;
			return {
				precision: 'day',
				earliest: read.day,
				latest: read.day,
				value: read.day,
				...(read.end && read.end > read.day ? { end: read.end } : {}),
				how
			};
		};
		const resolve = (pub: string): Omit<ProposedDate, 'note'> & { how: string } => {
			if (open && read.kind !== 'month') {
				const latest = addDays(read.day, OPEN_WINDOW_DAYS);
				return {
					precision: 'range',
					earliest: read.day,
					latest,
					value: read.day,
					how: `so ${spellWeekday(read.day)} at the earliest; an open window with a horizon of ${OPEN_WINDOW_DAYS} days (to ${spellDay(latest)})`
				};
			}
			if (deadline) {
				const target = read.kind === 'month' ? plain().latest : read.day;
				if (target > pub) {
					return {
						precision: 'range',
						earliest: pub,
						latest: target,
						value: target,
						how: `from publication to ${spellDay(target)} at the latest, plotted at the deadline`
					};
				}
			}
			return plain();
		};
		matches.push({
			start,
			end,
			wording: text.slice(start, end),
			resolve,
			absolute: read.yearKnown && !open && !deadline ? plain() : undefined,
			hedged: Boolean(open)
		});
	}
	return matches;
}

/** Keeps the first of overlapping matches, in the order given. */
function withoutOverlaps(matches: Match[]): Match[] {
	const kept: Match[] = [];
	for (const match of matches) {
		if (kept.some((k) => match.start < k.end && k.start < match.end)) continue;
		kept.push(match);
	}
	return kept.sort((a, b) => a.start - b.start);
}

function proposeStatus(
	date: Omit<ProposedDate, 'note'>,
	published: string,
	text: string,
	hedged: boolean
): ProposedStatus | null {
	const futureWords = FUTURE_WORDS.test(text);
	const hedge = hedged || HEDGE_WORDS.test(text);
	if (date.earliest > published) return hedge ? 'tentative' : 'planned';
	if ((date.end ?? date.latest) < published || (date.latest <= published && !futureWords)) {
		return 'occurred';
	}
	if (futureWords) return hedge ? 'tentative' : 'planned';
	return null;
}

/**
 * Every date phrase in `text`, resolved against `publishedAt` ("YYYY-MM-DD", or null when the
 * source's date is unknown), in the order they appear.
 */
export function resolveDatePhrases(text: string, publishedAt: string | null): DateProposal[] {
	const forward = FUTURE_WORDS.test(text);
	const matches = withoutOverlaps([
		...findPatterns(text),
		...chronoMatches(text, publishedAt, forward)
	]);
	return matches.map((match) => {
		const base = { wording: match.wording, start: match.start, end: match.end };
		if (publishedAt === null) {
			if (!match.absolute) {
				return {
					...base,
					date: null,
					status: null,
					explanation: `"${match.wording}" is relative to the day the source was published, which is unknown: enter the dates by hand`
				};
			}
			const { how, ...date } = match.absolute;
			return {
				...base,
				date: { ...date, note: `"${match.wording}": ${how}` },
				status: null,
				explanation: `"${match.wording}": ${how}`
			};
		}
		const { how, ...date } = match.resolve(publishedAt);
		const note = `"${match.wording}" in a source of ${spellDay(publishedAt)}: ${how}`;
		return {
			...base,
			date: { ...date, note },
			status: proposeStatus(date, publishedAt, text, Boolean(match.hedged)),
			explanation: note
		};
	});
}
