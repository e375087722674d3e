import { describe, expect, it } from 'vitest';
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
} from '$lib/authoring/dayMath';

describe('dayMath', () => {
	it.each([
		[2026, 3, 10, '2026-03-10'],
		[2026, 2, 29, '2026-03-01'],
		[2024, 2, 29, '2024-02-29'],
		[2026, 13, 1, '2027-01-01'],
		[2026, 1, 0, '2025-12-31']
	])('isoDay(%i, %i, %i) is %s', (y, m, d, iso) => {
		expect(isoDay(y, m, d)).toBe(iso);
	});

	it.each([
		['2026-03-10', 3, '2026-03-13'],
		['2026-03-10', -10, '2026-02-28'],
		['2024-12-31', 1, '2025-01-01'],
		['2026-03-28', 2, '2026-03-30']
	])('addDays(%s, %i) is %s (no daylight-saving drift)', (iso, days, out) => {
		expect(addDays(iso, days)).toBe(out);
	});

	it.each([
		['2026-03-08', 0, '2026-03-02'],
		['2026-03-09', 1, '2026-03-09'],
		['2026-03-10', 2, '2026-03-09'],
		['2026-03-15', 0, '2026-03-09']
	])('weekdayOf(%s) is %i and mondayOf it is %s', (iso, weekday, monday) => {
		expect(weekdayOf(iso)).toBe(weekday);
		expect(mondayOf(iso)).toBe(monday);
	});

	it.each([
		[2026, 2, 28],
		[2024, 2, 29],
		[2026, 4, 30],
		[2026, 12, 31]
	])('daysInMonth(%i, %i) is %i', (y, m, n) => {
		expect(daysInMonth(y, m)).toBe(n);
	});

	it.each([
		[2026, 3, 1, { year: 2026, month: 4 }],
		[2026, 12, 1, { year: 2027, month: 1 }],
		[2026, 1, -1, { year: 2025, month: 12 }],
		[2026, 3, -15, { year: 2024, month: 12 }]
	])('shiftMonth(%i, %i, %i) is %o', (y, m, offset, out) => {
		expect(shiftMonth(y, m, offset)).toEqual(out);
	});

	it('monthOf(iso) reads the year and the month', () => {
		expect(monthOf('2026-03-10')).toEqual({ year: 2026, month: 3 });
	});

	it.each([
		['2026-03-13', '2026-03-20', '2026-03-16'],
		['2026-03-13', '2026-03-13', '2026-03-13'],
		['2026-03-13', '2026-03-14', '2026-03-13'],
		['2026-02-27', '2026-03-03', '2026-03-01']
	])('middleDay(%s, %s) is %s', (a, b, mid) => {
		expect(middleDay(a, b)).toBe(mid);
	});

	it.each([
		['2026-03-10', '10 Mar 2026', 'Tuesday 10 Mar 2026'],
		['2025-12-01', '1 Dec 2025', 'Monday 1 Dec 2025']
	])('spellDay(%s) is %s and spellWeekday it is %s', (iso, day, weekday) => {
		expect(spellDay(iso)).toBe(day);
		expect(spellWeekday(iso)).toBe(weekday);
	});
});
