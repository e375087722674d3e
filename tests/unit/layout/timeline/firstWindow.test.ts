import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	computeFirstWindow,
	countOutside,
	MIN_FIRST_SPAN,
	shortestStretch,
	windowTowards
} from '../../../../src/lib/layout/timeline/firstWindow';

const DAY = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
/** Days from 1 Feb 2025, at noon. */
const days = (...offsets: number[]) => offsets.map((d) => at('2025-02-01') + d * DAY);

/** The span of the central 90 % of `times` (the 5th to the 95th percentile, type 7). */
function central90(times: number[]): number {
	const sorted = [...times].sort((a, b) => a - b);
	const q = (p: number) => {
		const h = (sorted.length - 1) * p;
		const lo = Math.floor(h);
		return sorted[lo]! + (h - lo) * ((sorted[Math.ceil(h)] ?? sorted[lo]!) - sorted[lo]!);
	};
	return q(0.95) - q(0.05);
}

const inside = (times: number[], [start, end]: readonly [number, number]) =>
	times.filter((t) => t >= start && t <= end).length;

/** A four-month story of 37 events, and two background events years before it. */
const story = [
	at('2017-06-10'),
	at('2019-03-02'),
	...Array.from({ length: 37 }, (_, i) => at('2025-02-01') + Math.round(i * 3.3) * DAY)
];

describe('computeFirstWindow', () => {
	it('computeFirstWindow(times) fits the body of the events and counts the outliers before it', () => {
		const before = structuredClone(story);
		const result = computeFirstWindow(story)!;
		expect(story).toEqual(before);
		expect(result.before).toBe(2);
		expect(result.after).toBe(0);
		const span = result.window[1] - result.window[0];
		expect(span).toBeLessThanOrEqual(3 * central90(story.slice(2)));
		expect(inside(story, result.window)).toBeGreaterThanOrEqual(0.85 * story.length);
		expect(result.window[0]).toBeGreaterThan(at('2025-01-20'));
	});

	it('computeFirstWindow(times) counts outliers on both sides', () => {
		const times = [...story, at('2029-01-01'), at('2031-01-01')];
		const result = computeFirstWindow(times)!;
		expect(result.before).toBe(2);
		expect(result.after).toBe(2);
		expect(inside(times, result.window)).toBeGreaterThanOrEqual(0.85 * times.length);
	});

	it.each([
		['evenly spread events', days(0, 10, 20, 30, 40, 50, 60, 70, 80, 90)],
		['two clusters close together', days(0, 1, 2, 3, 20, 21, 22, 23)],
		['a ramp', days(0, 1, 3, 6, 10, 15, 21, 28, 36, 45)]
	])('computeFirstWindow(times) shows every event when there are no outliers: %s', (_, times) => {
		const result = computeFirstWindow(times)!;
		expect(result.before).toBe(0);
		expect(result.after).toBe(0);
		expect(result.window[0]).toBeLessThan(Math.min(...times));
		expect(result.window[1]).toBeGreaterThan(Math.max(...times));
	});

	it('computeFirstWindow([one]) is a week around the one event', () => {
		const [only] = days(3);
		const result = computeFirstWindow([only!])!;
		expect(result.before).toBe(0);
		expect(result.after).toBe(0);
		expect(result.window[1] - result.window[0]).toBeGreaterThanOrEqual(MIN_FIRST_SPAN);
		expect((result.window[0] + result.window[1]) / 2).toBeCloseTo(only!, -3);
	});

	it('computeFirstWindow(all on one day) is at least a week wide', () => {
		const result = computeFirstWindow(days(5, 5, 5, 5))!;
		expect(result.window[1] - result.window[0]).toBeGreaterThanOrEqual(MIN_FIRST_SPAN);
		expect(result.before + result.after).toBe(0);
	});

	it('computeFirstWindow([]) is null: no dated event, nothing to fit', () => {
		expect(computeFirstWindow([])).toBeNull();
		expect(computeFirstWindow(new Float64Array(0))).toBeNull();
	});

	it('computeFirstWindow(times) stays within three central spans when most events share a day', () => {
		// Found by the property below: 13 events on one day and one 8 days later. The whole
		// extent, padded, is 8.64 days; three central-90 % spans are 8.4.
		const times = days(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8);
		const result = computeFirstWindow(times)!;
		expect(result.window[1] - result.window[0]).toBeLessThanOrEqual(3 * central90(times) + 1);
		expect(inside(times, result.window)).toBeGreaterThanOrEqual(0.85 * times.length);
	});

	it.each([
		['years of days with outliers', 20_000, 400_000],
		['a few days, events often on the same day', 12, 30]
	])(
		'computeFirstWindow(times) holds 85 in 100 events within three central spans: %s',
		(_, bodyDays, outlierDays) => {
			fc.assert(
				fc.property(
					fc.array(fc.integer({ min: 0, max: bodyDays }), { minLength: 1, maxLength: 80 }),
					fc.array(fc.integer({ min: -outlierDays, max: outlierDays }), { maxLength: 3 }),
					(body, outliers) => {
						const times = [...body, ...outliers].map((d) => at('2000-01-01') + d * DAY);
						const result = computeFirstWindow(times)!;
						const span = result.window[1] - result.window[0];
						expect(inside(times, result.window)).toBeGreaterThanOrEqual(0.85 * times.length);
						expect(inside(times, result.window) + result.before + result.after).toBe(times.length);
						// Three central spans, or the least window when the events are that close.
						expect(span).toBeLessThanOrEqual(
							Math.max(3 * central90(times), MIN_FIRST_SPAN * 1.08) + 1
						);
					}
				),
				{ numRuns: Number(process.env.PARLEY_PROPERTY_RUNS ?? 100) }
			);
		}
	);
});

describe('shortestStretch', () => {
	it.each([
		[[1, 2, 3, 10, 11], 3, [0, 2]],
		[[1, 5, 6, 7, 20], 3, [1, 3]],
		[[1, 2], 5, [0, 1]],
		[[4], 1, [0, 0]]
	])('shortestStretch(%j, %i) is %j', (sorted, count, expected) => {
		expect(shortestStretch(sorted, count)).toEqual(expected);
	});
});

describe('countOutside and windowTowards', () => {
	const sorted = Float64Array.from(days(0, 1, 50, 51, 52, 53, 90));
	const window = [days(49)[0]!, days(54)[0]!] as const;

	it('countOutside(sorted, window) counts events before and after', () => {
		expect(countOutside(sorted, window)).toEqual({ before: 2, after: 1 });
	});

	it('windowTowards(sorted, window, side) keeps the span and brings the nearest event beyond in', () => {
		const earlier = windowTowards(sorted, window, 'before')!;
		expect(earlier[1] - earlier[0]).toBeCloseTo(window[1] - window[0]);
		expect(sorted[1]).toBeGreaterThan(earlier[0]);
		expect(sorted[1]).toBeLessThan(earlier[1]);
		const later = windowTowards(sorted, window, 'after')!;
		expect(sorted[6]).toBeGreaterThan(later[0]);
		expect(sorted[6]).toBeLessThan(later[1]);
		expect(windowTowards(sorted, [days(-5)[0]!, days(100)[0]!], 'before')).toBeNull();
		expect(windowTowards(sorted, [days(-5)[0]!, days(100)[0]!], 'after')).toBeNull();
	});
});
