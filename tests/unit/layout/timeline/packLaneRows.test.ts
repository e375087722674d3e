import { DAY, crowd } from '../../../helpers/timelineCrowd';
import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { type LaneMarks } from '$lib/layout/timeline/laneIndex';
import { DEFAULT_METRICS, LABEL_CHARACTERS, labelRoom } from '$lib/layout/timeline/layoutTimeline';
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
} from '$lib/layout/timeline/packLaneRows';
import { computeTimeExtent } from '$lib/layout/timeline/timeExtent';
import { randomDataset } from '../../../fixtures/randomDataset';
import { computeLanes } from '../../../helpers/oracles/computeLanes';
import { indexTimelineLanes } from '../../../helpers/oracles/indexTimelineLanes';

function bytesOf(arrays: ArrayBufferView[]): string[] {
	return arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64'));
}

function packingBytes({ rows, overflowBefore, rowCount, overflow }: LanePacking) {
	return { rows: bytesOf([rows, overflowBefore]), rowCount, overflow };
}

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
