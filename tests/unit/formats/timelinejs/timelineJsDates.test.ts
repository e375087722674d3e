import { describe, expect, it } from 'vitest';
import { readTimelineJsDate, timelineJsDate } from '$lib/formats/timelinejs/timelineJsDates';

describe('timelineJsDates', () => {
	it.each([
		[{ year: 2024 }, 'year', '2024-01-01', '2024-12-31'],
		[{ year: '2024', month: '3' }, 'month', '2024-03-01', '2024-03-31'],
		[{ year: 2024, month: 3, day: 6 }, 'day', '2024-03-06', '2024-03-06'],
		[{ year: 2024, month: 3, day: '', hour: 10 }, 'month', '2024-03-01', '2024-03-31'],
		[{ year: '2024-03-06/2024-03-13' }, 'range', '2024-03-06', '2024-03-13']
	])('readTimelineJsDate(%j) is a %s window %s…%s', (value, precision, earliest, latest) => {
		const before = structuredClone(value);
		const read = readTimelineJsDate(value);
		expect(read).toMatchObject({ ok: true, date: { precision, earliest, latest } });
		expect(value).toEqual(before);
	});

	it('readTimelineJsDate of a plain date carries no EDTF note', () => {
		const read = readTimelineJsDate({ year: 2024, month: 3, day: 6 });
		expect(read.ok && 'note' in read.date).toBe(false);
	});

	it.each([
		[null, '', 'must be an object'],
		[[2024], '', 'must be an object'],
		[{}, 'year', 'is required'],
		[{ year: -5 }, 'year', 'outside the years 0–9999'],
		[{ year: 12000 }, 'year', 'outside the years 0–9999'],
		[{ year: 2024, month: 13 }, 'month', 'not a month 1–12'],
		[{ year: 2024, month: 'March' }, 'month', 'not a month 1–12'],
		[{ year: 2024, month: 2, day: 32 }, 'day', 'not a day 1–31'],
		[{ year: 2024, day: 5 }, 'month', 'without its month'],
		[{ year: 2023, month: 2, day: 29 }, 'day', 'not a real calendar day']
	])('readTimelineJsDate(%j) fails on %j: %s', (value, field, message) => {
		const read = readTimelineJsDate(value);
		expect(read.ok).toBe(false);
		if (!read.ok) {
			expect(read.field).toBe(field);
			expect(read.message).toContain(message);
		}
	});

	it.each([
		['2024-03-06', 'day', { year: 2024, month: 3, day: 6 }],
		['2024-03-06', 'month', { year: 2024, month: 3 }],
		['2024-03-06', 'year', { year: 2024 }]
	] as const)(
		'timelineJsDate(%s, %s) is %j, and reads back to the same day',
		(day, precision, object) => {
			expect(timelineJsDate(day, precision)).toEqual(object);
			const read = readTimelineJsDate(timelineJsDate(day, precision));
			expect(read.ok && read.date.precision).toBe(precision);
		}
	);
});
