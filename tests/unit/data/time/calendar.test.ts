import { describe, expect, it } from 'vitest';
import {
	DAY_MS,
	isCalendarDay,
	isoDayStart,
	monthNumber
} from '../../../../src/lib/data/time/calendar';

describe('calendar', () => {
	it.each([
		['2025-03-01', Date.UTC(2025, 2, 1)],
		['2024-02-29', Date.UTC(2024, 1, 29)],
		['0099-12-31', Date.parse('0099-12-31T00:00:00Z')]
	])('isoDayStart(%s) is 00:00 UTC of that day', (iso, time) => {
		expect(isoDayStart(iso)).toBe(time);
		expect(isCalendarDay(iso)).toBe(true);
	});

	it.each(['2025-02-29', '2025-13-01', '2025-1-01', '2025-01-01T00:00', ''])(
		'isoDayStart(%j) is null: not a real calendar day in the form YYYY-MM-DD',
		(iso) => {
			expect(isoDayStart(iso)).toBeNull();
			expect(isCalendarDay(iso)).toBe(false);
		}
	);

	it('DAY_MS is the step between two UTC midnights', () => {
		expect(isoDayStart('2025-03-31')! - isoDayStart('2025-03-30')!).toBe(DAY_MS);
	});

	it.each([
		['January', 1],
		['jan', 1],
		['Sept', 9],
		['SEPTEMBER', 9],
		['jun', 6],
		['december', 12],
		['ma', null],
		['Marchh', null],
		['Smarch', null],
		['', null]
	])('monthNumber(%j) is %j', (name, month) => {
		expect(monthNumber(name)).toBe(month);
	});
});
