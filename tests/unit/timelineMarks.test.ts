import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import type { EventDate, EventStatus } from '../../src/lib/data/schema';
import { computeMarkGeometry } from '../../src/lib/layout/timeline/markGeometry';
import { computeMarkGlyph } from '../../src/lib/layout/timeline/markGlyph';
import {
	computeTimeExtent,
	computeZoomLimits,
	MAX_VISIBLE_MS,
	MAX_DAY_PIXELS,
	MIN_VISIBLE_MS,
	visibleDomain,
	zoomToShow
} from '../../src/lib/layout/timeline/timeExtent';
import { layoutLegend } from '../../src/lib/layout/timeline/layoutLegend';
import { smallDataset } from '../fixtures/smallDataset';

const DAY = 86_400_000;
const x = scaleUtc()
	.domain([new Date('2026-02-01T00:00:00Z'), new Date('2026-02-11T00:00:00Z')])
	.range([0, 1000]);
const px = (time: number) => x(time);

describe('computeMarkGeometry', () => {
	it.each<[string, EventDate, string, number, [number, number] | null, [number, number] | null]>([
		[
			'a day-precise event is a point in the middle of its day',
			{ value: '2026-02-03', precision: 'day', earliest: '2026-02-03', latest: '2026-02-03' },
			'point',
			250,
			null,
			null
		],
		[
			'a window is a band from earliest to the end of latest',
			{ value: '2026-02-06', precision: 'range', earliest: '2026-02-06', latest: '2026-02-08' },
			'window',
			550,
			[500, 800],
			null
		],
		[
			'a multi-day event is a bar from its day to the end of `end`',
			{
				value: '2026-02-02',
				precision: 'day',
				earliest: '2026-02-02',
				latest: '2026-02-02',
				end: '2026-02-04'
			},
			'bar',
			150,
			null,
			[100, 400]
		]
	])('computeMarkGeometry: %s', (_name, date, kind, cx, window, bar) => {
		const before = structuredClone(date);
		const geometry = computeMarkGeometry(date, px, 6);
		expect(geometry.kind).toBe(kind);
		expect(geometry.cx).toBeCloseTo(cx);
		expect(geometry.window).toEqual(window);
		expect(geometry.bar).toEqual(bar);
		expect(geometry.x0).toBeLessThanOrEqual(cx - 6);
		expect(geometry.x1).toBeGreaterThanOrEqual(cx + 6);
		expect(date).toEqual(before);
	});
});

describe('computeMarkGlyph', () => {
	it.each<[EventStatus, string, boolean, boolean]>([
		['occurred', 'solid', false, false],
		['planned', 'none', false, false],
		['tentative', 'none', true, false],
		['postponed', 'none', true, true],
		['cancelled', 'none', false, true],
		['reported', 'half', false, false],
		['claimed', 'dot', false, false]
	])('computeMarkGlyph(%s) has fill %s, dashed %s, struck %s', (status, fill, dashed, struck) => {
		const glyph = computeMarkGlyph(status, 'party', 6);
		expect(glyph.fill).toBe(fill);
		expect(glyph.dashed).toBe(dashed);
		expect(glyph.strike !== null).toBe(struck);
		expect(glyph.inner !== null).toBe(fill === 'half' || fill === 'dot');
	});

	it('computeMarkGlyph gives statuses distinct drawings without colour', () => {
		const statuses: EventStatus[] = [
			'occurred',
			'planned',
			'tentative',
			'postponed',
			'cancelled',
			'reported',
			'claimed'
		];
		const drawings = statuses.map((status) => JSON.stringify(computeMarkGlyph(status, 'party', 6)));
		expect(new Set(drawings).size).toBe(statuses.length);
		// Mediators and hosts get another outline.
		expect(computeMarkGlyph('occurred', 'mediator', 6).outline).not.toBe(
			computeMarkGlyph('occurred', 'party', 6).outline
		);
	});
});

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

describe('layoutLegend', () => {
	it.each([360, 600, 1200])('layoutLegend at %i px wraps entries without overlap', (width) => {
		const entries = [
			'Occurred',
			'Planned',
			'Tentative',
			'Postponed',
			'Cancelled',
			'Reported',
			'Claimed',
			'Mediator or host',
			'Uncertain window'
		].map((label) => ({ key: label, label }));
		const before = structuredClone(entries);
		const { entries: placed, rows } = layoutLegend(entries, {
			width,
			fontSize: 12,
			symbolWidth: 20
		});
		expect(entries).toEqual(before);
		expect(rows).toBeGreaterThan(0);
		for (const a of placed) {
			expect(a.x + a.width).toBeLessThanOrEqual(width);
			for (const b of placed) {
				if (a === b || a.row !== b.row) continue;
				expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
			}
		}
	});
});
