import { crowd, bundled, bundledIndex } from '../../../helpers/timelineCrowd';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { markKeyAt } from '$lib/layout/timeline/laneIndex';
import {
	cullWindow,
	DEFAULT_METRICS,
	layoutTimeline,
	shortTitle
} from '$lib/layout/timeline/layoutTimeline';
import { LanePacker, MAX_LANE_ROWS, zoomOctave } from '$lib/layout/timeline/packLaneRows';
import { computeTimeExtent } from '$lib/layout/timeline/timeExtent';
import { randomDataset } from '../../../fixtures/randomDataset';
import { computeLanes } from '../../../helpers/oracles/computeLanes';
import { countInRange } from '../../../helpers/oracles/countInRange';
import { indexTimelineLanes } from '../../../helpers/oracles/indexTimelineLanes';

describe('layoutTimeline(yInView)', () => {
	const dataset = randomDataset(11, { events: 600 });
	const events = sortEventsByTime(dataset.events);
	const index = indexTimelineLanes(
		events,
		computeLanes(events, createActorHierarchy(dataset.actors), 'actor')
	);
	const width = 900;
	const [t0, t1] = computeTimeExtent(events, [], '2030-01-01');
	const x = scaleUtc().domain([t0, t1]).range([0, width]);
	const options = { glyphRadius: 6, gap: 64 };
	const layoutWith = (yInView: readonly [number, number] | null, pinned: string[] = []) =>
		layoutTimeline({
			index,
			packer: new LanePacker((t) => x(t), options),
			x: (t) => x(t),
			domain: [t0, t1],
			octave: 0,
			width,
			pinned: new Set(pinned),
			yInView,
			labelText: (event) => shortTitle(event.summary)
		});

	it('layoutTimeline(yInView) keeps every lane in place but draws only the lanes it touches', () => {
		const whole = layoutWith(null);
		expect(whole.lanes.length).toBeGreaterThan(6);
		const middle = whole.lanes[Math.floor(whole.lanes.length / 2)]!;
		const band: [number, number] = [middle.y0, middle.y1];
		const part = layoutWith(band);
		expect(part.lanes).toEqual(whole.lanes);
		expect(part.bottom).toBe(whole.bottom);
		const touched = new Set(
			whole.lanes.filter((lane) => lane.y1 >= band[0] && lane.y0 <= band[1]).map((l) => l.key)
		);
		expect(part.marks.length + part.bands.length).toBeGreaterThan(0);
		expect(part.marks.every((mark) => touched.has(mark.laneKey))).toBe(true);
		expect(part.bands.every((b) => touched.has(b.laneKey))).toBe(true);
		// What it draws in those lanes is what the whole layout draws there.
		expect(part.marks.map((m) => m.key).sort()).toEqual(
			whole.marks
				.filter((m) => touched.has(m.laneKey))
				.map((m) => m.key)
				.sort()
		);
		expect(part.bands).toEqual(
			expect.arrayContaining(whole.bands.filter((b) => touched.has(b.laneKey)))
		);
	});

	it('layoutTimeline(yInView) draws the connectors of the lanes it touches as the whole layout does, also those leaving the view', () => {
		const whole = layoutWith(null);
		const middle = whole.lanes[Math.floor(whole.lanes.length / 2)]!;
		const band: [number, number] = [middle.y0, middle.y1];
		const part = layoutWith(band);
		const touched = new Set(
			whole.lanes.filter((lane) => lane.y1 >= band[0] && lane.y0 <= band[1]).map((l) => l.key)
		);
		const drawnIn = new Set(
			whole.marks.filter((m) => touched.has(m.laneKey)).map((m) => m.eventId)
		);
		const expected = whole.connectors.filter((c) => drawnIn.has(c.eventId));
		// Some of them reach lanes out of view: the case this checks.
		expect(expected.some((c) => c.y0 < band[0] || c.y1 > band[1])).toBe(true);
		const byEvent = (a: { eventId: string }, b: { eventId: string }) =>
			a.eventId.localeCompare(b.eventId);
		expect([...part.connectors].sort(byEvent)).toEqual([...expected].sort(byEvent));
	});

	it('layoutTimeline(yInView) still draws a pinned event in a lane out of view', () => {
		const whole = layoutWith(null);
		const last = whole.lanes.at(-1)!;
		const mark = whole.marks.find((m) => m.laneKey === last.key)!;
		const part = layoutWith([0, whole.lanes[0]!.y1], [mark.eventId]);
		const pinned = part.marks.find((m) => m.key === mark.key);
		expect(pinned).toBeDefined();
		expect(pinned!.cy).toBe(mark.cy);
		expect(part.marks.filter((m) => m.laneKey === last.key).map((m) => m.key)).toEqual([mark.key]);
	});
});

describe('layoutTimeline at scale', () => {
	const { events, lanes } = crowd(365, 30);
	const index = indexTimelineLanes(events, lanes);
	const width = 1000;
	const [t0, t1] = computeTimeExtent(events, [], '2025-01-01');
	const base = scaleUtc().domain([t0, t1]).range([0, width]);
	const packer = new LanePacker((t) => base(t), {
		glyphRadius: DEFAULT_METRICS.glyphRadius,
		gap: DEFAULT_METRICS.labelReserve
	});
	function frame(zoom: number, centre = (t0 + t1) / 2, pinned: string[] = []) {
		const half = (t1 - t0) / 2 / zoom;
		const domain = [centre - half, centre + half] as const;
		const x = scaleUtc().domain(domain).range([0, width]);
		return layoutTimeline({
			index,
			packer,
			x: (t) => x(t),
			domain,
			octave: zoomOctave(zoom),
			width,
			pinned: new Set(pinned),
			labelText: (event) => shortTitle(event.summary)
		});
	}

	it.each([1, 4, 32, 512])(
		'layoutTimeline(10,950 events, zoom %i) keeps the lane at most 6 rows and draws a bounded number of marks',
		(zoom) => {
			const layout = frame(zoom);
			expect(layout.lanes[0]!.rows).toBeLessThanOrEqual(MAX_LANE_ROWS);
			expect(layout.marks.length).toBeLessThan(200);
			expect(layout.bands.length).toBeLessThan(60);
			const [start, end] = cullWindow(
				[(t0 + t1) / 2 - (t1 - t0) / 2 / zoom, (t0 + t1) / 2 + (t1 - t0) / 2 / zoom],
				width
			);
			for (const mark of layout.marks) {
				const lane = index.lanes[0]!;
				const i = lane.events.findIndex((_, j) => markKeyAt(lane, j) === mark.key);
				expect(lane.spanEnd[i]! >= start && lane.spanStart[i]! <= end).toBe(true);
			}
			// Marks outside bands never overlap in a row.
			const rows = new Map<number, typeof layout.marks>();
			for (const mark of layout.marks) rows.set(mark.row, [...(rows.get(mark.row) ?? []), mark]);
			for (const row of rows.values()) {
				const sorted = [...row].sort((a, b) => a.geometry.x0 - b.geometry.x0);
				for (let i = 1; i < sorted.length; i++) {
					expect(sorted[i]!.geometry.x0).toBeGreaterThanOrEqual(sorted[i - 1]!.geometry.x1);
				}
			}
			// Bands and marks account for every event plotted in the bins.
			const inBins = layout.marks.filter(
				(m) => m.time >= layout.binRange[0] && m.time < layout.binRange[1]
			);
			const counted = layout.bands.reduce((sum, band) => sum + band.count, 0);
			expect(counted + inBins.length).toBe(countInRange(index.lanes[0]!, ...layout.binRange));
		}
	);

	it('layoutTimeline zoomed out shows bands; zoomed in to a few days they resolve into marks', () => {
		expect(frame(1).bands.length).toBeGreaterThan(0);
		expect(frame(1).marks).toHaveLength(0);
		// Two events a day (30 on one day can never be told apart: they share a plotted time).
		const few = crowd(365, 2);
		const small = indexTimelineLanes(few.events, few.lanes);
		const [a, b] = computeTimeExtent(few.events, [], '2025-01-01');
		const fitted = scaleUtc().domain([a, b]).range([0, width]);
		const fewPacker = new LanePacker((t) => fitted(t), {
			glyphRadius: DEFAULT_METRICS.glyphRadius,
			gap: DEFAULT_METRICS.labelReserve
		});
		const layoutAt = (zoom: number) => {
			const centre = Date.UTC(2024, 5, 1, 12);
			const half = (b - a) / 2 / zoom;
			const domain = [centre - half, centre + half] as const;
			const x = scaleUtc().domain(domain).range([0, width]);
			return layoutTimeline({
				index: small,
				packer: fewPacker,
				x: (t) => x(t),
				domain,
				octave: zoomOctave(zoom),
				width,
				labelText: (event) => shortTitle(event.summary)
			});
		};
		expect(layoutAt(1).bands.length).toBeGreaterThan(0);
		const zoomed = layoutAt(128);
		expect(zoomed.bands).toHaveLength(0);
		expect(zoomed.marks.length).toBeGreaterThan(0);
	});

	it('layoutTimeline draws a pinned (selected) event over its band', () => {
		const id = events[5000]!.id;
		const pinnedAt = index.lanes[0]!.times[index.lanes[0]!.events.findIndex((e) => e.id === id)]!;
		const layout = frame(1, pinnedAt, [id]);
		const mark = layout.marks.find((m) => m.eventId === id);
		expect(mark?.pinned).toBe(true);
		expect(layout.bands.some((band) => band.start <= pinnedAt && pinnedAt < band.end)).toBe(true);
	});

	it('layoutTimeline of the bundled dataset draws no band', () => {
		const { events: sorted, index: small } = bundledIndex();
		const [a, b] = computeTimeExtent(sorted, [], bundled.meta.createdAt);
		for (const w of [360, 1200]) {
			const x = scaleUtc().domain([a, b]).range([0, w]);
			const smallPacker = new LanePacker((t) => x(t), {
				glyphRadius: DEFAULT_METRICS.glyphRadius,
				gap: DEFAULT_METRICS.labelReserve
			});
			const layout = layoutTimeline({
				index: small,
				packer: smallPacker,
				x: (t) => x(t),
				domain: [a, b],
				octave: 0,
				width: w,
				labelText: (event) => shortTitle(event.summary)
			});
			expect(layout.bands).toHaveLength(0);
			expect(layout.marks).toHaveLength(small.lanes.reduce((s, l) => s + l.times.length, 0));
		}
	});
});
