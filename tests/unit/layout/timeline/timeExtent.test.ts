import { describe, expect, it } from 'vitest';
import {
	computeTimeExtent,
	computeZoomLimits,
	MAX_VISIBLE_MS,
	MAX_DAY_PIXELS,
	MIN_VISIBLE_MS,
	visibleDomain,
	zoomToShow
} from '$lib/layout/timeline/timeExtent';
import { smallDataset } from '../../../fixtures/smallDataset';

const DAY = 86_400_000;
describe('computeTimeExtent and zoom', () => {
	it('computeTimeExtent(events, days) covers every window and the publication day', () => {
		const dataset = smallDataset();
		const before = structuredClone(dataset.events);
		const [start, end] = computeTimeExtent(dataset.events, ['2023-02-20'], '2023-01-01');
		for (const event of dataset.events) {
			expect(start).toBeLessThan(Date.parse(`${event.date.earliest}T00:00:00Z`));
			expect(end).toBeGreaterThan(Date.parse(`${event.date.latest}T00:00:00Z`) + DAY - 1);
		}
		expect(dataset.events).toEqual(before);
	});

	it.each([
		['no events and no days', [], []],
		['only a publication day', [], ['2023-05-01']]
	])('computeTimeExtent with %s is at least a week wide', (_name, events, days) => {
		const [start, end] = computeTimeExtent(events, days, '2023-01-01');
		expect(end - start).toBeGreaterThanOrEqual(7 * DAY);
	});

	it.each([
		['a month', 30 * DAY],
		['a day', DAY],
		['ten years', 3650 * DAY]
	])('computeZoomLimits for %s allows two hours to decades', (_name, span) => {
		const [kMin, kMax] = computeZoomLimits([0, span]);
		expect(span / kMax).toBeCloseTo(Math.min(span, MIN_VISIBLE_MS));
		expect(span / kMin).toBeGreaterThanOrEqual(Math.min(span, MAX_VISIBLE_MS) - 1);
	});

	it.each([
		['a phone', 360],
		['a desktop', 1300]
	])(
		'computeZoomLimits(domain, width) on %s stops at the data’s precision: a day per MAX_DAY_PIXELS at most',
		(_name, width) => {
			const span = 3650 * DAY;
			const domain = [0, span] as const;
			const before = structuredClone(domain);
			const [, kMax] = computeZoomLimits(domain, width);
			expect((span / kMax / width) * MAX_DAY_PIXELS).toBeCloseTo(DAY);
			expect(domain).toEqual(before);
		}
	);

	it('zoomToShow and visibleDomain are inverse', () => {
		const base = [0, 100 * DAY] as const;
		const window = [20 * DAY, 30 * DAY] as const;
		const zoom = zoomToShow(base, window, 800);
		const [a, b] = visibleDomain(base, zoom, 800);
		expect(a).toBeCloseTo(window[0], -3);
		expect(b).toBeCloseTo(window[1], -3);
	});
});
