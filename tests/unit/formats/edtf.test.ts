import { describe, expect, it } from 'vitest';
import { formatEdtf, parseEdtfDate } from '$lib/formats/edtf';

describe('parseEdtfDate', () => {
	const ok: [string, string, string, string, string, boolean][] = [
		// text, precision, value, earliest, latest, qualified
		['2024-03-12', 'day', '2024-03-12', '2024-03-12', '2024-03-12', false],
		['2024-03', 'month', '2024-03-16', '2024-03-01', '2024-03-31', false],
		['2024', 'year', '2024-07-01', '2024-01-01', '2024-12-31', false],
		['2024-03-06/2024-03-13', 'range', '2024-03-06', '2024-03-06', '2024-03-13', false],
		['2024?', 'year', '2024-07-01', '2024-01-01', '2024-12-31', true],
		['2024-03~', 'month', '2024-03-16', '2024-03-01', '2024-03-31', true],
		['2024-03%', 'month', '2024-03-16', '2024-03-01', '2024-03-31', true],
		['2024-03-XX', 'month', '2024-03-16', '2024-03-01', '2024-03-31', false],
		['201X', 'range', '2010-01-01', '2010-01-01', '2019-12-31', false],
		[' 2024-02-29 ', 'day', '2024-02-29', '2024-02-29', '2024-02-29', false]
	];
	for (const [text, precision, value, earliest, latest, qualified] of ok) {
		it(`parseEdtfDate(${JSON.stringify(text)}) is a ${precision} window ${earliest}..${latest}`, () => {
			const result = parseEdtfDate(text);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.date).toMatchObject({ precision, value, earliest, latest, qualified });
		});
	}

	it('parseEdtfDate notes the EDTF text and its qualifiers', () => {
		const result = parseEdtfDate('2024-03~');
		expect(result.ok && result.date.note).toBe('EDTF "2024-03~"; approximate');
		const both = parseEdtfDate('2024-03%');
		expect(both.ok && both.date.note).toBe('EDTF "2024-03%"; uncertain and approximate');
		const day = parseEdtfDate('2024-03-01');
		expect(day.ok && day.date.note).toBeUndefined();
	});

	const bad: [string, RegExp][] = [
		['2023-02-29', /not a real calendar day/],
		['', /empty/],
		['next Tuesday', /not a date Parley can read/],
		['2024-13', /not a date Parley can read/],
		['2024-03-06/..', /open or unknown end/],
		['/2024-03-13', /open or unknown end/],
		['=HYPERLINK("x")', /not a date Parley can read/]
	];
	for (const [text, message] of bad) {
		it(`parseEdtfDate(${JSON.stringify(text)}) is refused with a reason`, () => {
			const result = parseEdtfDate(text);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.message).toMatch(message);
		});
	}
});

describe('formatEdtf', () => {
	it('formatEdtf(date) writes a day, a month, a year or an interval', () => {
		const dates = [
			{ precision: 'day', value: '2024-03-12', earliest: '2024-03-12', latest: '2024-03-12' },
			{ precision: 'month', value: '2024-03-16', earliest: '2024-03-01', latest: '2024-03-31' },
			{ precision: 'year', value: '2024-07-01', earliest: '2024-01-01', latest: '2024-12-31' },
			{ precision: 'week', value: '2024-03-12', earliest: '2024-03-09', latest: '2024-03-15' }
		] as const;
		const before = structuredClone(dates);
		expect(dates.map(formatEdtf)).toEqual([
			'2024-03-12',
			'2024-03',
			'2024',
			'2024-03-09/2024-03-15'
		]);
		expect(dates).toEqual(before);
	});

	it('formatEdtf then parseEdtfDate keeps the window', () => {
		for (const text of ['2024-03-12', '2024-03', '2024', '2024-03-09/2024-03-15']) {
			const read = parseEdtfDate(text);
			expect(read.ok && formatEdtf(read.date)).toBe(text);
		}
	});
});
