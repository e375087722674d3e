import { scaleUtc } from 'd3-scale';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../src/lib/data/actorHierarchy';
import type { Dataset, DiplomaticEvent } from '../../src/lib/data/schema';
import { sortEventsByTime } from '../../src/lib/data/sortEvents';
import { computeLanes, type TimelineLanes } from '../../src/lib/layout/timeline/computeLanes';
import {
	BIN_LEVELS,
	binLane,
	binThresholds,
	chooseBinLevel,
	countInRange
} from '../../src/lib/layout/timeline/densityBins';
import {
	firstInBand,
	moveFocusInBand,
	moveFocusInIndex
} from '../../src/lib/layout/timeline/keyboardNavigation';
import {
	indexTimelineLanes,
	markKeyAt,
	type LaneMarks,
	marksOfEvent,
	orderedEventId,
	timeSlice,
	visibleMarks
} from '../../src/lib/layout/timeline/laneIndex';
import {
	cullWindow,
	DEFAULT_METRICS,
	LABEL_CHARACTERS,
	labelRoom,
	layoutTimeline,
	shortTitle
} from '../../src/lib/layout/timeline/layoutTimeline';
import {
	KEPT_PACKING_MARKS,
	keptPackings,
	LanePacker,
	type LanePacking,
	laneRowCap,
	linearPixels,
	markExtents,
	MAX_LANE_ROWS,
	MIN_KEPT_PACKINGS,
	packLaneRows,
	zoomOctave
} from '../../src/lib/layout/timeline/packLaneRows';
import { computeTimeExtent } from '../../src/lib/layout/timeline/timeExtent';
import { randomDataset } from '../fixtures/randomDataset';

const DAY = 86_400_000;
const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;

/** Events of one actor, `perDay` on each of `days` days from 2024-03-01, some with windows. */
function crowd(days: number, perDay: number): { events: DiplomaticEvent[]; lanes: TimelineLanes } {
	const events: DiplomaticEvent[] = [];
	for (let d = 0; d < days; d++) {
		const day = new Date(Date.UTC(2024, 2, 1) + d * DAY).toISOString().slice(0, 10);
		const later = new Date(Date.UTC(2024, 2, 1) + (d + 3) * DAY).toISOString().slice(0, 10);
		for (let k = 0; k < perDay; k++) {
			const windowed = k % 3 === 2;
			events.push({
				id: `e-${d}-${k}`,
				date: {
					value: day,
					precision: windowed ? 'range' : 'day',
					earliest: day,
					latest: windowed ? later : day
				},
				status: 'occurred',
				type: { cameo: '040', cameoLabel: 'Consult', plover: 'CONSULT' },
				sourceActors: ['irn'],
				targetActors: [],
				summary: `Event ${d}.${k}`,
				evidence: [{ sourceId: 's', quote: 'q' }],
				confidence: 'high'
			});
		}
	}
	const lanes: TimelineLanes = {
		lanes: [{ key: 'actor:irn', label: 'Iran', depth: 0 }],
		memberships: events.map((e) => ({ eventId: e.id, laneKey: 'actor:irn', role: 'party' }))
	};
	return { events, lanes };
}

/** Typed arrays as text, for comparing 100k-entry arrays (`toEqual` walks them slowly). */
function bytesOf(arrays: ArrayBufferView[]): string[] {
	return arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64'));
}

function packingBytes({ rows, overflowBefore, rowCount, overflow }: LanePacking) {
	return { rows: bytesOf([rows, overflowBefore]), rowCount, overflow };
}

function bundledIndex() {
	const events = sortEventsByTime(bundled.events);
	const lanes = computeLanes(events, createActorHierarchy(bundled.actors), 'state');
	return { events, lanes, index: indexTimelineLanes(events, lanes) };
}

describe('indexTimelineLanes', () => {
	it.each([
		['the bundled dataset', () => bundledIndex()],
		[
			'a random dataset',
			() => {
				const data = randomDataset(11, { events: 300, spanDays: 400 });
				const events = sortEventsByTime(data.events);
				const lanes = computeLanes(events, createActorHierarchy(data.actors), 'actor');
				return { events, lanes, index: indexTimelineLanes(events, lanes) };
			}
		]
	])(
		'indexTimelineLanes(%s) keeps every membership once, sorted by time per lane',
		(_name, make) => {
			const { events, lanes } = make();
			const before = structuredClone({ events, lanes });
			const index = indexTimelineLanes(events, lanes);
			expect({ events, lanes }).toEqual(before);
			const keys = index.lanes.flatMap((lane) => lane.events.map((_, i) => markKeyAt(lane, i)));
			expect(keys.sort()).toEqual(lanes.memberships.map((m) => `${m.eventId}@${m.laneKey}`).sort());
			for (const lane of index.lanes) {
				for (let i = 1; i < lane.times.length; i++) {
					expect(lane.times[i]!).toBeGreaterThanOrEqual(lane.times[i - 1]!);
				}
			}
			// The navigation order holds every event in a lane once, in time order.
			const order = Array.from(index.order, (_, i) => orderedEventId(index, i));
			expect(new Set(order).size).toBe(order.length);
			expect(order.length).toBe(new Set(lanes.memberships.map((m) => m.eventId)).size);
			for (let i = 1; i < index.orderTimes.length; i++) {
				expect(index.orderTimes[i]!).toBeGreaterThanOrEqual(index.orderTimes[i - 1]!);
			}
			// Each event's marks, top lane first.
			for (const id of order.slice(0, 50)) {
				const marks = marksOfEvent(index, id);
				expect(marks.length).toBe(lanes.memberships.filter((m) => m.eventId === id).length);
				expect(marks.map(([lane]) => lane)).toEqual(
					[...marks.map(([lane]) => lane)].sort((a, b) => a - b)
				);
			}
		}
	);
});

describe('visible slice', () => {
	const { events, lanes } = crowd(30, 4);
	const index = indexTimelineLanes(events, lanes);
	const lane = index.lanes[0]!;
	const at = (day: number, hours = 0) => Date.UTC(2024, 2, 1) + day * DAY + hours * 3_600_000;

	it.each<[string, number, number, number]>([
		['one whole day', at(5), at(6), 4],
		['a week', at(10), at(17), 28],
		['before every event', at(-10), at(-5), 0],
		['the afternoon of a day (plotted at noon)', at(3, 13), at(3, 23), 0],
		// A band clipped to a window it lies outside of: [max(start, w0), min(end, w1)) is
		// reversed. This counted -(marks between) and made the 20,000-event scale test miss
		// 14 events of a lane after End (a band in the cull margin, past the window's edge).
		['a reversed range (a band clipped to a window before it)', at(10), at(5), 0],
		['a reversed range within one day', at(5, 20), at(5, 2), 0]
	])('timeSlice(lane, %s) finds the marks plotted in it', (_what, start, end, count) => {
		const before = structuredClone(lane);
		const [lo, hi] = timeSlice(lane, start, end);
		expect(hi - lo).toBe(count);
		expect(countInRange(lane, start, end)).toBe(count);
		for (let i = lo; i < hi; i++) {
			expect(lane.times[i]!).toBeGreaterThanOrEqual(start);
			expect(lane.times[i]!).toBeLessThan(end);
		}
		expect(lane).toEqual(before);
	});

	it.each<[string, number, number]>([
		['a day', at(5), at(6)],
		['a window reaching back to earlier uncertainty windows', at(8), at(8, 6)],
		['past the last day', at(31), at(40)]
	])(
		'visibleMarks(lane, %s) is exactly the marks whose drawing overlaps it',
		(_what, start, end) => {
			const got = visibleMarks(lane, start, end);
			const expected = [...lane.times.keys()].filter(
				(i) => lane.spanEnd[i]! >= start && lane.spanStart[i]! <= end
			);
			expect(got).toEqual(expected);
		}
	);
});

describe('packLaneRows', () => {
	it.each<[string, number, number, number, boolean]>([
		['a sparse lane', 30, 1, 1000, false],
		['a crowded lane (small: more rows allowed)', 5, 10, 2000, false],
		['a crowded large lane', 60, 10, 400, true]
	])(
		'packLaneRows(%s) never exceeds the cap, and overflows only when full',
		(_what, days, perDay, width, overflows) => {
			const { events, lanes } = crowd(days, perDay);
			const lane = indexTimelineLanes(events, lanes).lanes[0]!;
			const before = structuredClone(lane);
			const x = scaleUtc()
				.domain([Date.UTC(2024, 2, 1), Date.UTC(2024, 2, 1) + days * DAY])
				.range([0, width]);
			const packing = packLaneRows(lane, (t) => x(t), { glyphRadius: 6, gap: 64 });
			const cap = laneRowCap(lane.times.length);
			expect(packing.rowCount).toBeLessThanOrEqual(cap);
			expect(packing.overflow > 0).toBe(overflows);
			expect(packing.overflowBefore.at(-1)).toBe(packing.overflow);
			if (overflows) expect(packing.rowCount).toBe(cap);
			expect(lane).toEqual(before);
		}
	);

	it('packLaneRows(lane) is the greedy partition in (left edge, lane order) order, on random lanes', () => {
		// Reference: sort every mark, then give each the first row free at its left edge.
		const reference = (lane: LaneMarks, x: (t: number) => number, gap: number) => {
			const { x0, x1 } = markExtents(lane, x, 6);
			const order = Array.from({ length: x0.length }, (_, i) => i).sort(
				(a, b) => x0[a]! - x0[b]! || a - b
			);
			const ends: number[] = [];
			const rows = new Array<number>(x0.length).fill(-1);
			for (const i of order) {
				let row = ends.findIndex((end) => end + gap <= x0[i]!);
				if (row === -1 && ends.length < laneRowCap(x0.length)) row = ends.length;
				if (row === -1) continue;
				ends[row] = Math.max(x1[i]!, x0[i]!);
				rows[i] = row;
			}
			return rows;
		};
		// Same-day crowds whose windowed events come first: at a coarse zoom they share a left
		// edge with their day's plain marks but reach further right, so the lane order is not
		// the packing order.
		const { events: crowded } = crowd(40, 6);
		const windowedFirst = [...crowded].sort(
			(a, b) =>
				a.date.value.localeCompare(b.date.value) ||
				Number(b.date.earliest !== b.date.latest) - Number(a.date.earliest !== a.date.latest)
		);
		const cases = [
			...[1, 2, 3, 4, 5, 6].map((seed) => randomDataset(seed, { events: 400 })),
			{ ...randomDataset(1, { events: 1 }), events: windowedFirst, actors: [] },
			// Each day's events in reverse id order: marks sharing a left edge keep the lane's order.
			{
				...randomDataset(1, { events: 1 }),
				events: [...crowded].sort(
					(a, b) => a.date.value.localeCompare(b.date.value) || b.id.localeCompare(a.id)
				),
				actors: []
			}
		];
		for (const [which, dataset] of cases.entries()) {
			const events =
				dataset.actors.length === 0 ? dataset.events : sortEventsByTime(dataset.events);
			const hierarchy = createActorHierarchy(dataset.actors);
			const index = indexTimelineLanes(events, computeLanes(events, hierarchy, 'actor'));
			const [t0, t1] = computeTimeExtent(events, [], '2030-01-01');
			for (const width of [300, 1000, 20_000]) {
				const x = scaleUtc().domain([t0, t1]).range([0, width]);
				for (const lane of index.lanes) {
					const packing = packLaneRows(lane, (t) => x(t), { glyphRadius: 6, gap: 64 });
					expect(Array.from(packing.rows), `case ${which}, ${width} px, ${lane.lane.key}`).toEqual(
						reference(lane, (t) => x(t), 64)
					);
				}
			}
		}
	});

	it.each<[string, number, number]>([
		['a sparse lane', 30, 1],
		['a week of crowds', 7, 12],
		['a crowded large lane', 90, 10],
		['a crowded year', 365, 6]
	])(
		'LanePacker.at(%s, octave) packs as packLaneRows at 2^octave of the base scale',
		(_what, days, perDay) => {
			const { events, lanes } = crowd(days, perDay);
			const lane = indexTimelineLanes(events, lanes).lanes[0]!;
			const before = structuredClone(lane);
			const start = Date.UTC(2024, 2, 1);
			const base = scaleUtc()
				.domain([start, start + days * DAY])
				.range([0, 900]);
			const options = { glyphRadius: 6, gap: 64 };
			const packer = new LanePacker((t) => base(t), options);
			for (let octave = -2; octave <= 8; octave++) {
				const factor = 2 ** octave;
				expect(packer.at(lane, octave)).toEqual(
					packLaneRows(lane, (t) => base(t) * factor, options)
				);
			}
			expect(lane).toEqual(before);
		}
	);

	it('LanePacker.at(lane, octave) on a linear base scale, asking label room lazily, packs as packLaneRows with every room asked, on random datasets', () => {
		const fontSize = DEFAULT_METRICS.fontSize;
		const room = (lane: LaneMarks, i: number) =>
			labelRoom(lane.events[i]!.summary.length, fontSize);
		for (const seed of [1, 2, 3, 4, 5]) {
			const dataset = randomDataset(seed, { events: 500, spanDays: 200 });
			const events = sortEventsByTime(dataset.events);
			const index = indexTimelineLanes(
				events,
				computeLanes(events, createActorHierarchy(dataset.actors), 'state')
			);
			const before = structuredClone(index.lanes);
			const domain = computeTimeExtent(events, [], '2030-01-01');
			for (const width of [320, 1200]) {
				const base = scaleUtc().domain(domain).range([0, width]);
				const options = {
					glyphRadius: 6,
					gap: 64,
					compactGap: 3,
					labelRoom: room,
					plotWidth: width
				};
				let asked = 0;
				const packer = new LanePacker(
					{ domain, range: [0, width] },
					{
						...options,
						labelRoom: (lane, i) => (asked++, room(lane, i)),
						maxLabelRoom: labelRoom(LABEL_CHARACTERS, fontSize)
					}
				);
				for (const lane of index.lanes) {
					for (const octave of [0, 1, 3, 6]) {
						const factor = 2 ** octave;
						expect(packer.at(lane, octave), `seed ${seed}, ${width} px, ${lane.lane.key}`).toEqual(
							packLaneRows(lane, (t) => base(t) * factor, {
								...options,
								plotWidth: width * factor
							})
						);
					}
				}
				// Lazily: no mark is asked twice, whatever the octaves packed.
				const primaries = index.lanes.reduce((sum, lane) => sum + lane.primaryCount, 0);
				expect(asked).toBeLessThanOrEqual(primaries);
			}
			expect(index.lanes).toEqual(before);
		}
	});

	it('LanePacker on a dense lane asks the label room of the marks it places only', () => {
		const { events, lanes } = crowd(365, 30);
		const lane = indexTimelineLanes(events, lanes).lanes[0]!;
		const start = Date.UTC(2024, 2, 1);
		let asked = 0;
		const packer = new LanePacker(
			{ domain: [start, start + 365 * DAY], range: [0, 1000] },
			{
				glyphRadius: 6,
				gap: 64,
				compactGap: 3,
				labelRoom: () => (asked++, 100),
				maxLabelRoom: 100,
				plotWidth: 1000
			}
		);
		const packing = packer.at(lane, 0);
		const placed = packing.rows.filter((row) => row >= 0).length;
		expect(packing.overflow).toBeGreaterThan(lane.times.length / 2);
		// The marks placed, and the marks whose label could reach past the end (within 100 px).
		const nearEnd = lane.times.filter((t) => (t - start) / (365 * DAY) > 0.9).length;
		expect(asked).toBeGreaterThanOrEqual(placed);
		expect(asked).toBeLessThanOrEqual(placed + nearEnd);
		expect(asked).toBeLessThan(lane.times.length / 4);
	});

	it('linearPixels({ domain, range }) maps times as d3 scaleUtc does, to the last bit', () => {
		const cases: [[number, number], [number, number]][] = [
			[
				[Date.UTC(2023, 0, 1), Date.UTC(2024, 11, 31)],
				[0, 1232]
			],
			[
				[Date.UTC(1999, 5, 3, 7), Date.UTC(1999, 5, 4)],
				[10, 333.3]
			],
			[
				[0, 1],
				[0, 1e6]
			],
			[
				[5, 5],
				[0, 100]
			]
		];
		for (const [domain, range] of cases) {
			const d3 = scaleUtc().domain(domain).range(range);
			const ours = linearPixels({ domain, range });
			for (let k = -10; k <= 30; k++) {
				const time = domain[0] + ((domain[1] - domain[0]) * k) / 17 + k * 0.37;
				expect(ours(time)).toBe(d3(time));
			}
		}
	});

	it.each<[string, number, number]>([
		['a sparse lane', 30, 1],
		['a week of crowds', 7, 12],
		['a crowded large lane', 90, 10],
		['a crowded year', 365, 6]
	])(
		'LanePacker.forZoom(%s, octave) is the coarsest fitting octave up to it, else the octave',
		(_what, days, perDay) => {
			const { events, lanes } = crowd(days, perDay);
			const lane = indexTimelineLanes(events, lanes).lanes[0]!;
			const start = Date.UTC(2024, 2, 1);
			const base = scaleUtc()
				.domain([start, start + days * DAY])
				.range([0, 900]);
			const packer = new LanePacker((t) => base(t), { glyphRadius: 6, gap: 64 });
			// The rule walked octave by octave, as the layout first did.
			const walked = (octave: number) => {
				for (let o = 0; o < octave; o++) if (packer.at(lane, o).overflow === 0) return o;
				return octave;
			};
			const overflows: boolean[] = [];
			for (let octave = 0; octave <= 12; octave++) {
				overflows.push(packer.at(lane, octave).overflow > 0);
				expect(packer.forZoom(lane, octave)).toBe(packer.at(lane, walked(octave)));
			}
			// Zooming in never makes a lane overflow again (what lets forZoom skip the walk).
			expect(
				overflows.indexOf(false) === -1 || !overflows.slice(overflows.indexOf(false)).includes(true)
			).toBe(true);
			expect(packer.forZoom(lane, -1)).toBe(packer.at(lane, -1));
		}
	);

	it("LanePacker keeps a lane's packings while the lane is the same object, not once it changes", () => {
		const { events, lanes } = crowd(60, 10);
		const first = indexTimelineLanes(events, lanes).lanes[0]!;
		const again = indexTimelineLanes(events, lanes).lanes[0]!;
		const base = scaleUtc()
			.domain([Date.UTC(2024, 2, 1), Date.UTC(2024, 2, 1) + 60 * DAY])
			.range([0, 900]);
		const packer = new LanePacker((t) => base(t), { glyphRadius: 6, gap: 64 });
		expect(packer.at(first, 2)).toBe(packer.at(first, 2));
		expect(packer.at(again, 2)).not.toBe(packer.at(first, 2));
		expect(packer.at(again, 2)).toEqual(packer.at(first, 2));
	});

	it.each([
		[1, KEPT_PACKING_MARKS],
		[2_190, 119],
		[65_536, MIN_KEPT_PACKINGS],
		[100_000, MIN_KEPT_PACKINGS]
	])('keptPackings(%i marks) is %i', (marks, kept) => {
		expect(keptPackings(marks)).toBe(kept);
	});

	it('LanePacker keeps a few octaves of a 100k-mark lane zoomed through 18, and packs a dropped one again the same', () => {
		// Two events a day for 50,000 days: a band zoomed out, separate marks from octave 14 or so.
		const { events, lanes } = crowd(50_000, 2);
		const lane = indexTimelineLanes(events, lanes).lanes[0]!;
		expect(lane.times.length).toBe(100_000);
		const before = bytesOf([
			lane.times,
			lane.spans.windowStart,
			lane.spans.windowEnd,
			lane.spans.barStart,
			lane.spans.barEnd
		]);
		const start = Date.UTC(2024, 2, 1);
		const base = scaleUtc()
			.domain([start, start + 50_000 * DAY])
			.range([0, 900]);
		const options = { glyphRadius: 6, gap: 64 };
		const packer = new LanePacker((t) => base(t), options);
		const fresh = (octave: number) => new LanePacker((t) => base(t), options).forZoom(lane, octave);
		const first = packer.at(lane, 0);
		const drawn: LanePacking[] = [];
		for (let octave = 0; octave <= 17; octave++) {
			drawn.push(packer.forZoom(lane, octave));
			expect(packer.keptOctaves(lane).length).toBeLessThanOrEqual(MIN_KEPT_PACKINGS);
		}
		const fits = drawn.findIndex((packing) => packing.overflow === 0);
		expect(fits).toBeGreaterThan(8);
		expect(fits).toBeLessThan(17);
		// Zoomed in past the octave where it fits, the lane is drawn with those very rows.
		for (const packing of drawn.slice(fits)) expect(packing).toBe(drawn[fits]);
		// Another frame at the same zoom packs nothing again.
		const kept = packer.keptOctaves(lane);
		expect(kept).toContain(17);
		expect(kept).toContain(fits);
		packer.forZoom(lane, 17);
		expect(packer.keptOctaves(lane)).toEqual(kept);
		// Zooming back out: octaves dropped long ago are packed again, the same as at first.
		expect(kept).not.toContain(0);
		for (const octave of [16, fits, fits - 1, 3, 0]) {
			expect(packingBytes(packer.forZoom(lane, octave))).toEqual(packingBytes(fresh(octave)));
			expect(packer.keptOctaves(lane).length).toBeLessThanOrEqual(MIN_KEPT_PACKINGS);
		}
		expect(packer.at(lane, 0)).not.toBe(first);
		expect(packingBytes(packer.at(lane, 0))).toEqual(packingBytes(first));
		expect(
			bytesOf([
				lane.times,
				lane.spans.windowStart,
				lane.spans.windowEnd,
				lane.spans.barStart,
				lane.spans.barEnd
			])
		).toEqual(before);
	});

	it.each([
		[10, 24],
		[60, 24],
		[61, MAX_LANE_ROWS],
		[100_000, MAX_LANE_ROWS]
	])('laneRowCap(%i marks) is %i rows', (marks, cap) => {
		expect(laneRowCap(marks)).toBe(cap);
	});

	it.each([
		[1, 0],
		[1.99, 0],
		[2, 1],
		[0.5, -1],
		[0.3, -2],
		[4096, 12]
	])('zoomOctave(%d) is %i', (k, octave) => {
		expect(zoomOctave(k)).toBe(octave);
	});
});

describe('density bins', () => {
	it.each<[number, string]>([
		[60_000, '1 hour'],
		[3_600_000, '2 days'.replace('2 days', '1 week')],
		[DAY, '3 months'],
		[20 * DAY, '2 years']
	])('chooseBinLevel(%i ms per pixel) is %s', (msPerPixel, name) => {
		const level = chooseBinLevel(msPerPixel);
		expect(level.name).toBe(name);
		expect(level.stepMs / msPerPixel).toBeGreaterThanOrEqual(36);
		const finer = BIN_LEVELS[BIN_LEVELS.indexOf(level) - 1];
		if (finer) expect(finer.stepMs / msPerPixel).toBeLessThan(36);
	});

	it('binThresholds covers the window with calendar-aligned bins', () => {
		const level = BIN_LEVELS.find((l) => l.name === '1 month')!;
		const start = Date.UTC(2024, 2, 10);
		const end = Date.UTC(2024, 5, 3);
		const bounds = binThresholds(level, start, end);
		expect(bounds[0]).toBe(Date.UTC(2024, 2, 1));
		expect(bounds.at(-1)).toBe(Date.UTC(2024, 6, 1));
		expect(bounds).toHaveLength(5);
		expect(level.label(new Date(bounds[0]!), new Date(bounds[1]!))).toBe('March 2024');
	});

	it.each<[string, number, number, boolean]>([
		['a sparse lane', 30, 1, false],
		['a crowded lane', 60, 10, true]
	])(
		'binLane(%s) counts every mark once and marks overflowing bins dense',
		(_what, days, perDay, dense) => {
			const { events, lanes } = crowd(days, perDay);
			const lane = indexTimelineLanes(events, lanes).lanes[0]!;
			const start = Date.UTC(2024, 2, 1);
			const x = scaleUtc()
				.domain([start, start + days * DAY])
				.range([0, 500]);
			const packing = packLaneRows(lane, (t) => x(t), { glyphRadius: 6, gap: 64 });
			const level = chooseBinLevel((days * DAY) / 500);
			const thresholds = binThresholds(level, start, start + days * DAY);
			const bins = binLane(lane, packing, thresholds);
			expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(events.length);
			expect(bins.some((bin) => bin.dense)).toBe(dense);
			for (const bin of bins) {
				const overflow = Array.from(packing.rows.slice(bin.lo, bin.hi)).some((row) => row < 0);
				expect(bin.dense).toBe(overflow);
			}
		}
	);
});

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

describe('moveFocusInIndex', () => {
	const { events, lanes } = crowd(62, 5);
	const index = indexTimelineLanes(events, lanes);
	const first = orderedEventId(index, 0);
	const last = orderedEventId(index, index.order.length - 1);

	it.each<
		[
			string,
			Parameters<typeof moveFocusInIndex>[1],
			Parameters<typeof moveFocusInIndex>[2],
			string | null
		]
	>([
		['Home from nothing', null, 'Home', first],
		['End from the first', { kind: 'mark', eventId: first, laneKey: 'actor:irn' }, 'End', last],
		[
			'ArrowRight from the first',
			{ kind: 'mark', eventId: first, laneKey: 'actor:irn' },
			'ArrowRight',
			orderedEventId(index, 1)
		],
		[
			'ArrowLeft from the first',
			{ kind: 'mark', eventId: first, laneKey: 'actor:irn' },
			'ArrowLeft',
			null
		],
		[
			'ArrowRight from a band: the first event after it',
			{
				kind: 'band',
				laneKey: 'actor:irn',
				start: Date.UTC(2024, 2, 1),
				end: Date.UTC(2024, 3, 1)
			},
			'ArrowRight',
			'e-31-0'
		],
		[
			'ArrowLeft from a band: the last event before it',
			{
				kind: 'band',
				laneKey: 'actor:irn',
				start: Date.UTC(2024, 3, 1),
				end: Date.UTC(2024, 4, 1)
			},
			'ArrowLeft',
			'e-30-4'
		],
		[
			'ArrowDown from the only lane',
			{ kind: 'mark', eventId: first, laneKey: 'actor:irn' },
			'ArrowDown',
			null
		]
	])('moveFocusInIndex: %s', (_what, from, key, expected) => {
		const before = structuredClone(index);
		expect(moveFocusInIndex(index, from, key)?.eventId ?? null).toBe(expected);
		expect(index).toEqual(before);
	});

	it('moveFocusInIndex with ArrowRight visits every event of the bundled dataset in time order', () => {
		const { index: small } = bundledIndex();
		let here = moveFocusInIndex(small, null, 'Home');
		const visited: string[] = [];
		while (here && visited.length <= bundled.events.length) {
			visited.push(here.eventId);
			here = moveFocusInIndex(small, { kind: 'mark', ...here }, 'ArrowRight');
		}
		expect([...visited].sort()).toEqual(bundled.events.map((e) => e.id).sort());
	});

	it('moveFocusInIndex with ArrowDown changes lane in the bundled dataset', () => {
		const { index: small } = bundledIndex();
		const start = moveFocusInIndex(small, null, 'Home')!;
		const down = moveFocusInIndex(small, { kind: 'mark', ...start }, 'ArrowDown')!;
		expect(small.laneIndexByKey.get(down.laneKey)).toBe(
			small.laneIndexByKey.get(start.laneKey)! + 1
		);
	});
});

describe('moveFocusInBand (a same-day crowd opened at maximum zoom)', () => {
	// Ten events a day: more than a lane's rows hold, so a day stays a band at any zoom.
	const { events, lanes } = crowd(3, 10);
	const index = indexTimelineLanes(events, lanes);
	const day = (d: number) => Date.UTC(2024, 2, 1) + d * DAY;
	const band = { laneKey: 'actor:irn', start: day(1), end: day(2) };
	const ref = (id: string | null) => (id === null ? null : { eventId: id, laneKey: 'actor:irn' });

	it('Enter on the band focuses its first event; an empty band has none', () => {
		expect(firstInBand(index, band)).toEqual(ref('e-1-0'));
		expect(firstInBand(index, { ...band, start: day(5), end: day(6) })).toBeNull();
		expect(firstInBand(index, { ...band, laneKey: 'actor:none' })).toBeNull();
	});

	it.each<[string, string, Parameters<typeof moveFocusInBand>[3], string | null]>([
		['ArrowRight steps to the next event of the day', 'e-1-0', 'ArrowRight', 'e-1-1'],
		['ArrowRight again', 'e-1-4', 'ArrowRight', 'e-1-5'],
		['ArrowLeft steps back', 'e-1-5', 'ArrowLeft', 'e-1-4'],
		['End goes to its last event', 'e-1-2', 'End', 'e-1-9'],
		['Home goes to its first event', 'e-1-7', 'Home', 'e-1-0'],
		['ArrowRight past the last event leaves the band', 'e-1-9', 'ArrowRight', null],
		['ArrowLeft before the first event leaves the band', 'e-1-0', 'ArrowLeft', null],
		['ArrowDown leaves the band', 'e-1-3', 'ArrowDown', null],
		['an event of another day is not in the band', 'e-2-0', 'ArrowRight', null]
	])('%s', (_what, from, key, expected) => {
		expect(moveFocusInBand(index, band, from, key)).toEqual(ref(expected));
	});

	it('steps through every event of the band once, in lane order', () => {
		const seen: string[] = [];
		for (
			let at = firstInBand(index, band);
			at;
			at = moveFocusInBand(index, band, at.eventId, 'ArrowRight')
		)
			seen.push(at.eventId);
		expect(seen).toEqual(Array.from({ length: 10 }, (_, k) => `e-1-${k}`));
	});

	it('leaving the band, moveFocusInIndex goes on past it as from the band', () => {
		const next = moveFocusInIndex(index, { kind: 'band', ...band }, 'ArrowRight');
		expect(next).toEqual(ref('e-2-0'));
		const previous = moveFocusInIndex(index, { kind: 'band', ...band }, 'ArrowLeft');
		expect(previous).toEqual(ref('e-0-9'));
	});
});
