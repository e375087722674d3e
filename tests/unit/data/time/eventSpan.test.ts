import { describe, expect, it } from 'vitest';
import {
	computeEventTimes,
	createEventTimes,
	dayRangeTimes,
	eventSpan,
	hasUncertaintyWindow,
	isMultiDay,
	lastSpanDay,
	plottedTimeOf
} from '$lib/data/time/eventSpan';
import type { EventDate } from '$lib/data/schema';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const day = (value: string, end?: string): EventDate => ({
	value,
	precision: 'day',
	earliest: value,
	latest: value,
	...(end ? { end } : {})
});
const windowed = (
	value: string,
	earliest: string,
	latest: string,
	end?: string,
	precision: EventDate['precision'] = 'range'
): EventDate => ({ value, precision, earliest, latest, ...(end ? { end } : {}) });

/** Each case: the date, then what every function of the module says of it. */
const CASES: {
	name: string;
	date: EventDate;
	window: boolean;
	multiDay: boolean;
	span: { first: string; last: string };
	times: ReturnType<typeof createEventTimes>;
}[] = [
	{
		name: 'a known day',
		date: day('2026-02-06'),
		window: false,
		multiDay: false,
		span: { first: '2026-02-06', last: '2026-02-06' },
		times: {
			time: at('2026-02-06') + DAY / 2,
			windowStart: NaN,
			windowEnd: NaN,
			barStart: NaN,
			barEnd: NaN,
			spanStart: at('2026-02-06'),
			spanEnd: at('2026-02-07')
		}
	},
	{
		name: 'a multi-day event',
		date: day('2026-02-06', '2026-02-09'),
		window: false,
		multiDay: true,
		span: { first: '2026-02-06', last: '2026-02-09' },
		times: {
			time: at('2026-02-06') + DAY / 2,
			windowStart: NaN,
			windowEnd: NaN,
			barStart: at('2026-02-06'),
			barEnd: at('2026-02-10'),
			spanStart: at('2026-02-06'),
			spanEnd: at('2026-02-10')
		}
	},
	{
		name: 'an end on its own day (not multi-day)',
		date: day('2026-02-06', '2026-02-06'),
		window: false,
		multiDay: false,
		span: { first: '2026-02-06', last: '2026-02-06' },
		times: {
			time: at('2026-02-06') + DAY / 2,
			windowStart: NaN,
			windowEnd: NaN,
			barStart: NaN,
			barEnd: NaN,
			spanStart: at('2026-02-06'),
			spanEnd: at('2026-02-07')
		}
	},
	{
		name: 'a week window',
		date: windowed('2026-02-04', '2026-02-02', '2026-02-08', undefined, 'week'),
		window: true,
		multiDay: false,
		span: { first: '2026-02-02', last: '2026-02-08' },
		times: {
			time: at('2026-02-04') + DAY / 2,
			windowStart: at('2026-02-02'),
			windowEnd: at('2026-02-09'),
			barStart: NaN,
			barEnd: NaN,
			spanStart: at('2026-02-02'),
			spanEnd: at('2026-02-09')
		}
	},
	{
		name: 'a range whose end falls inside the window',
		date: windowed('2026-02-06', '2026-02-06', '2026-02-13', '2026-02-07'),
		window: true,
		multiDay: true,
		span: { first: '2026-02-06', last: '2026-02-13' },
		times: {
			time: at('2026-02-06') + DAY / 2,
			windowStart: at('2026-02-06'),
			windowEnd: at('2026-02-14'),
			barStart: at('2026-02-06'),
			barEnd: at('2026-02-08'),
			spanStart: at('2026-02-06'),
			spanEnd: at('2026-02-14')
		}
	},
	{
		name: 'a month window stretched by a later end, across a year',
		date: windowed('2025-12-01', '2025-12-01', '2025-12-31', '2026-01-03', 'month'),
		window: true,
		multiDay: true,
		span: { first: '2025-12-01', last: '2026-01-03' },
		times: {
			time: at('2025-12-01') + DAY / 2,
			windowStart: at('2025-12-01'),
			windowEnd: at('2026-01-01'),
			barStart: at('2025-12-01'),
			barEnd: at('2026-01-04'),
			spanStart: at('2025-12-01'),
			spanEnd: at('2026-01-04')
		}
	},
	{
		name: 'a leap day',
		date: day('2024-02-29', '2024-03-01'),
		window: false,
		multiDay: true,
		span: { first: '2024-02-29', last: '2024-03-01' },
		times: {
			time: at('2024-02-29') + DAY / 2,
			windowStart: NaN,
			windowEnd: NaN,
			barStart: at('2024-02-29'),
			barEnd: at('2024-03-02'),
			spanStart: at('2024-02-29'),
			spanEnd: at('2024-03-02')
		}
	}
];

describe('eventSpan module', () => {
	it.each(CASES)('hasUncertaintyWindow(date) and isMultiDay(date) for $name', (c) => {
		const before = structuredClone(c.date);
		expect(hasUncertaintyWindow(c.date)).toBe(c.window);
		expect(isMultiDay(c.date)).toBe(c.multiDay);
		expect(c.date).toEqual(before);
	});

	it.each(CASES)('eventSpan(date) and lastSpanDay(date) for $name', (c) => {
		const before = structuredClone(c.date);
		expect(eventSpan(c.date)).toEqual(c.span);
		expect(lastSpanDay(c.date)).toBe(c.span.last);
		expect(c.date).toEqual(before);
	});

	it.each(CASES)('computeEventTimes(date) for $name', (c) => {
		const before = structuredClone(c.date);
		expect(computeEventTimes(c.date)).toEqual(c.times);
		expect(plottedTimeOf(c.date)).toBe(c.times.time);
		expect(c.date).toEqual(before);
	});

	it('computeEventTimes(date, dayStart, into) fills `into`, leaving nothing of the last date', () => {
		const into = createEventTimes();
		for (const c of CASES) {
			expect(computeEventTimes(c.date, undefined, into)).toBe(into);
			expect(into).toEqual(c.times);
		}
	});

	it('computeEventTimes(date, dayStart) reads every day through `dayStart`', () => {
		const read: string[] = [];
		const dayStart = (iso: string) => {
			read.push(iso);
			return at(iso) + 1;
		};
		const times = computeEventTimes(
			windowed('2026-02-06', '2026-02-06', '2026-02-13', '2026-02-15'),
			dayStart
		);
		expect(new Set(read)).toEqual(new Set(['2026-02-06', '2026-02-13', '2026-02-15']));
		expect(times.time).toBe(at('2026-02-06') + 1 + DAY / 2);
		expect(times.spanEnd).toBe(at('2026-02-15') + 1 + DAY);
	});

	it.each([
		['2026-02-06', '2026-02-06', [at('2026-02-06'), at('2026-02-07')]],
		['2026-02-06', '2026-02-08', [at('2026-02-06'), at('2026-02-09')]],
		['2025-12-31', '2026-01-01', [at('2025-12-31'), at('2026-01-02')]]
	])('dayRangeTimes(%j, %j) is %j', (first, last, expected) => {
		expect(dayRangeTimes(first, last)).toEqual(expected);
	});

	it('computeEventTimes(date) names a day that is not a calendar day', () => {
		expect(() => computeEventTimes(day('2026-02-30'))).toThrow(/2026-02-30/);
	});
});
