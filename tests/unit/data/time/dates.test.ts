import { afterEach, describe, expect, it } from 'vitest';
import {
	dayToTime,
	daysBetween,
	formatDay,
	formatDayRange,
	formatEventDate,
	windowDays
} from '../../../../src/lib/data/time/dates';
import { isCalendarDay } from '../../../../src/lib/data/time/calendar';
import type { EventDate } from '../../../../src/lib/data/schema';

describe('isCalendarDay(iso)', () => {
	it.each([
		['2026-02-06', true],
		['2024-02-29', true],
		['2026-02-29', false],
		['2026-02-30', false],
		['2026-13-01', false],
		['2026-00-10', false],
		['2026-04-31', false],
		['2026-2-6', false],
		['06/02/2026', false],
		['2026-02-06T00:00', false],
		['', false]
	])('isCalendarDay(%j) is %s', (iso, expected) => {
		expect(isCalendarDay(iso)).toBe(expected);
	});
});

describe('daysBetween(from, to) and windowDays(earliest, latest)', () => {
	it.each([
		['2026-02-02', '2026-02-06', 4, 5],
		['2026-02-06', '2026-02-06', 0, 1],
		['2026-02-06', '2026-02-02', -4, -3],
		['2024-02-28', '2024-03-01', 2, 3],
		['2025-12-31', '2026-01-01', 1, 2],
		// Across the European daylight-saving change: still whole days.
		['2026-03-28', '2026-03-30', 2, 3]
	])('from %s to %s is %i days, a window of %i', (from, to, between, width) => {
		expect(daysBetween(from, to)).toBe(between);
		expect(windowDays(from, to)).toBe(width);
	});

	it('daysBetween(bad day) throws a RangeError naming the input', () => {
		expect(() => daysBetween('2026-02-30', '2026-03-01')).toThrow(
			/"2026-02-30" is not a calendar day/
		);
	});
});

describe('formatDay(iso) and formatDayRange(first, last)', () => {
	it.each([
		['2026-02-06', '2026-02-06', '6 Feb 2026'],
		['2026-02-06', '2026-02-13', '6–13 Feb 2026'],
		['2026-01-28', '2026-02-03', '28 Jan – 3 Feb 2026'],
		['2025-12-30', '2026-01-02', '30 Dec 2025 – 2 Jan 2026']
	])('formatDayRange(%s, %s) is "%s"', (first, last, expected) => {
		expect(formatDayRange(first, last)).toBe(expected);
	});

	it('formatDay(iso) prints day, short month and year', () => {
		expect(formatDay('2018-07-01')).toBe('1 Jul 2018');
	});
});

const date = (fields: Partial<EventDate> & Pick<EventDate, 'value'>): EventDate => ({
	precision: 'day',
	earliest: fields.value,
	latest: fields.value,
	...fields
});

describe('formatEventDate(date)', () => {
	it.each([
		[date({ value: '2026-02-06' }), '6 Feb 2026'],
		[date({ value: '2026-02-06', end: '2026-02-08' }), '6–8 Feb 2026'],
		[
			date({
				value: '2026-02-02',
				precision: 'week',
				earliest: '2026-02-02',
				latest: '2026-02-06'
			}),
			'week of 2 Feb 2026'
		],
		[
			date({
				value: '2023-03-16',
				precision: 'month',
				earliest: '2023-03-01',
				latest: '2023-03-31'
			}),
			'Mar 2023'
		],
		[
			date({
				value: '2018-07-02',
				precision: 'year',
				earliest: '2018-01-01',
				latest: '2018-12-31'
			}),
			'2018'
		],
		[
			date({
				value: '2026-02-06',
				precision: 'range',
				earliest: '2026-02-06',
				latest: '2026-02-13'
			}),
			'6–13 Feb 2026'
		]
	])('formatEventDate(%j) is "%s"', (input, expected) => {
		const before = structuredClone(input);
		expect(formatEventDate(input)).toBe(expected);
		expect(input).toEqual(before);
	});
});

describe('dates in any time zone', () => {
	const original = process.env.TZ;
	afterEach(() => {
		process.env.TZ = original;
	});

	it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo'])(
		'in %s, days print and count the same as in UTC',
		(zone) => {
			process.env.TZ = zone;
			expect(formatDay('2026-02-06')).toBe('6 Feb 2026');
			expect(formatDayRange('2025-12-30', '2026-01-02')).toBe('30 Dec 2025 – 2 Jan 2026');
			expect(windowDays('2026-02-02', '2026-02-06')).toBe(5);
			expect(dayToTime('2026-02-06')).toBe(Date.UTC(2026, 1, 6));
		}
	);
});

describe('dayToTime(iso)', () => {
	it.each([
		['2026-02-06', Date.UTC(2026, 1, 6)],
		['2024-02-29', Date.UTC(2024, 1, 29)],
		['1970-01-01', 0]
	])('dayToTime(%j) is 00:00 UTC of the day, the same when asked again', (iso, expected) => {
		expect(dayToTime(iso)).toBe(expected);
		expect(dayToTime(iso)).toBe(expected);
	});

	it.each(['2026-02-30', '2026-2-6', '', 'yesterday'])(
		'dayToTime(%j) throws a RangeError naming the value, every time it is asked',
		(iso) => {
			expect(() => dayToTime(iso)).toThrow(
				new RangeError(`"${iso}" is not a calendar day (YYYY-MM-DD)`)
			);
			expect(() => dayToTime(iso)).toThrow(RangeError);
		}
	);
});
