import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	OPEN_WINDOW_DAYS,
	resolveDatePhrases,
	type DateProposal
} from '$lib/authoring/resolveDatePhrases';
import { splitSentences } from '$lib/authoring/sourceText';
import { fitsPrecision } from '../../helpers/oracles/fitsPrecision';

type Expected = {
	wording: string;
	precision: string;
	earliest: string;
	latest: string;
	value: string;
	status: DateProposal['status'];
	end?: string;
};

const only = (text: string, published: string | null) => {
	const found = resolveDatePhrases(text, published);
	expect(found, `one phrase in ${JSON.stringify(text)}`).toHaveLength(1);
	return found[0]!;
};

const check = (text: string, published: string, expected: Expected) => {
	const before = structuredClone({ text, published });
	const proposal = only(text, published);
	expect({ text, published }).toEqual(before);
	expect(proposal.wording).toBe(expected.wording);
	expect(text.slice(proposal.start, proposal.end)).toBe(expected.wording);
	const { note, ...date } = proposal.date!;
	expect(date).toEqual({
		precision: expected.precision,
		earliest: expected.earliest,
		latest: expected.latest,
		value: expected.value,
		...(expected.end ? { end: expected.end } : {})
	});
	expect(proposal.status).toBe(expected.status);
	// The note keeps the original wording and names the publication day it was resolved against.
	expect(note).toContain(`"${expected.wording}"`);
	expect(proposal.explanation).toBe(note);
	// Every proposal is a date the loader accepts.
	expect(date.earliest <= date.value && date.value <= date.latest).toBe(true);
	expect(fitsPrecision(date.precision, date.earliest, date.latest)).toBe(true);
};

describe('resolveDatePhrases on the bundled article (published Tue 3 Feb 2026)', () => {
	const published = '2026-02-03';
	it.each<[string, Expected]>([
		[
			'with U.S. special envoy Steve Witkoff and Iran’s foreign minister Abbas Araghchi expected to meet as soon as Friday.',
			{
				wording: 'as soon as Friday',
				precision: 'range',
				earliest: '2026-02-06',
				latest: '2026-02-13',
				value: '2026-02-06',
				status: 'tentative'
			}
		],
		[
			'Witkoff’s schedule this week is said to include meetings with the Israeli prime minister',
			{
				wording: 'this week',
				precision: 'week',
				earliest: '2026-02-02',
				latest: '2026-02-06',
				value: '2026-02-02',
				status: null
			}
		],
		[
			'arrested on suspicion of involvement in recent unrest',
			{
				wording: 'recent',
				precision: 'range',
				earliest: '2025-12-01',
				latest: '2026-02-03',
				value: '2026-02-03',
				status: 'occurred'
			}
		],
		[
			'they met on Saturday',
			{
				wording: 'on Saturday',
				precision: 'day',
				earliest: '2026-01-31',
				latest: '2026-01-31',
				value: '2026-01-31',
				status: 'occurred'
			}
		],
		[
			'the delegations will meet on Saturday',
			{
				wording: 'on Saturday',
				precision: 'day',
				earliest: '2026-02-07',
				latest: '2026-02-07',
				value: '2026-02-07',
				status: 'planned'
			}
		],
		[
			'talks broke down last month',
			{
				wording: 'last month',
				precision: 'month',
				earliest: '2026-01-01',
				latest: '2026-01-31',
				value: '2026-01-16',
				status: 'occurred'
			}
		],
		[
			'talks will resume in early March',
			{
				wording: 'early March',
				precision: 'range',
				earliest: '2026-03-01',
				latest: '2026-03-10',
				value: '2026-03-05',
				status: 'planned'
			}
		],
		[
			'a round that may be held in late March',
			{
				wording: 'late March',
				precision: 'range',
				earliest: '2026-03-21',
				latest: '2026-03-31',
				value: '2026-03-26',
				status: 'tentative'
			}
		],
		[
			'the talks, held 6-8 February 2026, will',
			{
				wording: '6-8 February 2026',
				precision: 'day',
				earliest: '2026-02-06',
				latest: '2026-02-06',
				value: '2026-02-06',
				end: '2026-02-08',
				status: 'planned'
			}
		],
		[
			'the deal was signed in 2018',
			{
				wording: 'in 2018',
				precision: 'year',
				earliest: '2018-01-01',
				latest: '2018-12-31',
				value: '2018-07-02',
				status: 'occurred'
			}
		],
		[
			'they have to answer by Friday',
			{
				wording: 'by Friday',
				precision: 'range',
				earliest: '2026-02-03',
				latest: '2026-02-06',
				value: '2026-02-06',
				status: null
			}
		]
	])('resolveDatePhrases(%j) proposes the window, precision and status', (text, expected) =>
		check(text, published, expected)
	);

	it('resolveDatePhrases(sentence) finds exactly the date phrases of every sentence of the stored article', () => {
		const text = readFileSync('data/sources/article.txt', 'utf8').normalize('NFC');
		const found = splitSentences(text).flatMap((sentence) =>
			resolveDatePhrases(text.slice(sentence.start, sentence.end), published).map(
				(p) => `${sentence.index}: ${p.wording}`
			)
		);
		// "For now" in the last paragraph is not a date.
		expect(found).toEqual([
			'2: as soon as Friday',
			'5: as soon as Friday',
			'19: this week',
			'21: recent'
		]);
	});

	it('resolveDatePhrases("as soon as Friday") notes the horizon of the open window', () => {
		const proposal = only('as soon as Friday', published);
		expect(proposal.date!.note).toBe(
			`"as soon as Friday" in a source of 3 Feb 2026: so Friday 6 Feb 2026 at the earliest; an open window with a horizon of ${OPEN_WINDOW_DAYS} days (to 13 Feb 2026)`
		);
	});
});

describe('resolveDatePhrases ends the wording before clause punctuation', () => {
	const published = '2026-02-03';
	it.each<[string, string, string]>([
		['they may meet as soon as Friday, officials said', 'as soon as Friday', '2026-02-06'],
		['as soon as Friday,', 'as soon as Friday', '2026-02-06'],
		['talks were held on Saturday; no deal', 'on Saturday', '2026-01-31'],
		['they will answer by Friday: the deadline', 'by Friday', '2026-02-06'],
		['signed on March 7, 2025, in Oman', 'March 7, 2025', '2025-03-07'],
		['as soon as Friday , , said one', 'as soon as Friday', '2026-02-06']
	])(
		'resolveDatePhrases(%j) reads the wording %j, without the trailing punctuation',
		(text, wording, value) => {
			const before = structuredClone(text);
			const proposal = only(text, published);
			expect(text).toBe(before);
			expect(proposal.wording).toBe(wording);
			expect(text.slice(proposal.start, proposal.end)).toBe(wording);
			expect(proposal.date!.value).toBe(value);
			expect(proposal.date!.note.startsWith(`"${wording}" in a source of`)).toBe(true);
		}
	);
});

describe('resolveDatePhrases around month and year ends', () => {
	it.each<[string, string, Expected]>([
		// Wed 31 Dec 2025
		[
			'the envoys will meet on Friday',
			'2025-12-31',
			{
				wording: 'on Friday',
				precision: 'day',
				earliest: '2026-01-02',
				latest: '2026-01-02',
				value: '2026-01-02',
				status: 'planned'
			}
		],
		[
			'talks are expected next week',
			'2025-12-31',
			{
				wording: 'next week',
				precision: 'week',
				earliest: '2026-01-05',
				latest: '2026-01-09',
				value: '2026-01-05',
				status: 'tentative'
			}
		],
		[
			'they plan to meet next month',
			'2025-12-31',
			{
				wording: 'next month',
				precision: 'month',
				earliest: '2026-01-01',
				latest: '2026-01-31',
				value: '2026-01-16',
				status: 'planned'
			}
		],
		[
			'a summit was held last month',
			'2025-12-31',
			{
				wording: 'last month',
				precision: 'month',
				earliest: '2025-11-01',
				latest: '2025-11-30',
				value: '2025-11-15',
				status: 'occurred'
			}
		],
		[
			'the treaty will be signed next year',
			'2025-12-31',
			{
				wording: 'next year',
				precision: 'year',
				earliest: '2026-01-01',
				latest: '2026-12-31',
				value: '2026-07-02',
				status: 'planned'
			}
		],
		[
			'they met on Tuesday',
			'2025-12-31',
			{
				wording: 'on Tuesday',
				precision: 'day',
				earliest: '2025-12-30',
				latest: '2025-12-30',
				value: '2025-12-30',
				status: 'occurred'
			}
		],
		// Thu 1 Jan 2026: the last Saturday is in the year before
		[
			'they met on Saturday',
			'2026-01-01',
			{
				wording: 'on Saturday',
				precision: 'day',
				earliest: '2025-12-27',
				latest: '2025-12-27',
				value: '2025-12-27',
				status: 'occurred'
			}
		],
		[
			'in early December the ministers met',
			'2026-01-01',
			{
				wording: 'early December',
				precision: 'range',
				earliest: '2025-12-01',
				latest: '2025-12-10',
				value: '2025-12-05',
				status: 'occurred'
			}
		],
		// Sun 1 Mar 2026: its week began on Mon 23 Feb; February has 28 days
		[
			'a meeting last week',
			'2026-03-01',
			{
				wording: 'last week',
				precision: 'week',
				earliest: '2026-02-16',
				latest: '2026-02-20',
				value: '2026-02-16',
				status: 'occurred'
			}
		],
		[
			'fighting last month',
			'2026-03-01',
			{
				wording: 'last month',
				precision: 'month',
				earliest: '2026-02-01',
				latest: '2026-02-28',
				value: '2026-02-14',
				status: 'occurred'
			}
		],
		[
			'a ceasefire in late February 2024',
			'2026-03-01',
			{
				wording: 'late February 2024',
				precision: 'range',
				earliest: '2024-02-21',
				latest: '2024-02-29',
				value: '2024-02-25',
				status: 'occurred'
			}
		],
		// Fri 30 Jan 2026
		[
			'they could meet as soon as Monday',
			'2026-01-30',
			{
				wording: 'as soon as Monday',
				precision: 'range',
				earliest: '2026-02-02',
				latest: '2026-02-09',
				value: '2026-02-02',
				status: 'tentative'
			}
		],
		[
			'in recent weeks',
			'2026-01-15',
			{
				wording: 'in recent weeks',
				precision: 'range',
				earliest: '2025-12-18',
				latest: '2026-01-15',
				value: '2026-01-15',
				status: 'occurred'
			}
		],
		[
			'recently',
			'2026-01-15',
			{
				wording: 'recently',
				precision: 'range',
				earliest: '2025-11-01',
				latest: '2026-01-15',
				value: '2026-01-15',
				status: 'occurred'
			}
		]
	])('resolveDatePhrases(%j, %s) resolves across the boundary', (text, published, expected) =>
		check(text, published, expected)
	);
});

describe('resolveDatePhrases without a publication date', () => {
	it.each([
		'as soon as Friday',
		'this week',
		'on Saturday',
		'last month',
		'in early March',
		'recent unrest'
	])('resolveDatePhrases(%j, null) finds the phrase but proposes no date, and says why', (text) => {
		const proposal = only(text, null);
		expect(proposal.date).toBeNull();
		expect(proposal.status).toBeNull();
		expect(proposal.explanation).toMatch(/publication|published/);
		expect(proposal.explanation).toContain('unknown');
	});

	it('resolveDatePhrases("on 6 February 2026", null) still resolves a date that names its year', () => {
		const proposal = only('signed on 6 February 2026', null);
		expect(proposal.date).toMatchObject({
			precision: 'day',
			value: '2026-02-06',
			earliest: '2026-02-06',
			latest: '2026-02-06'
		});
	});

	it('resolveDatePhrases(text without a date) finds nothing', () => {
		expect(resolveDatePhrases('The scheduling remains tentative.', '2026-02-03')).toEqual([]);
		expect(resolveDatePhrases('For now, the talks are a tentative attempt.', '2026-02-03')).toEqual(
			[]
		);
	});
});
