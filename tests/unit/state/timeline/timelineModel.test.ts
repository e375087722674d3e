import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/data/schema';
import { sortEventsByTime } from '../../../../src/lib/data/time/sortEvents';
import { ParleyState } from '../../../../src/lib/state/parleyState.svelte';
import { TimelineModel } from '../../../../src/lib/state/timeline/timelineModel.svelte';
import { randomDataset } from '../../../fixtures/randomDataset';
import { smallDataset } from '../../../fixtures/smallDataset';

const WIDTH = 900;

/** How the chart is set before the dataset opens: its grouping and folded groups. */
let setting: (parley: ParleyState) => void = () => {};

function timelineOn(width = WIDTH) {
	const parley = new ParleyState(smallDataset(), new Map(), 'small.json');
	setting(parley);
	const model = new TimelineModel(parley);
	model.frameWidth = width;
	return { parley, model };
}

/** What the chart draws: lanes, marks with their places, bands, and the window. */
function drawn(model: TimelineModel) {
	return {
		lanes: model.index.lanes.map((lane) => [lane.lane.key, lane.times.length]),
		marks: model.layout.marks.map((mark) => [mark.key, mark.geometry.cx, mark.cy, mark.row]),
		bands: model.layout.bands.map((band) => [band.key, band.x0, band.x1, band.count]),
		transform: model.transform,
		domain: model.domain,
		height: model.height
	};
}

/** Opens `dataset` as the page does without preparing: then the chart moves to its first window. */
function openPlain(dataset: Dataset) {
	const { parley, model } = timelineOn();
	parley.open(dataset, new Map(), 'plain.json', sortEventsByTime(dataset.events));
	const first = model.firstTarget();
	if (first) model.transform = first;
	return model;
}

async function openPrepared(dataset: Dataset) {
	const { parley, model } = timelineOn();
	parley.addPreparer((incoming) => model.prepare(incoming));
	const sorted = sortEventsByTime(dataset.events);
	expect(await parley.prepare(dataset, sorted)).toBe(true);
	parley.open(dataset, new Map(), 'prepared.json', sorted);
	return model;
}

describe('TimelineModel.drawnLanes', () => {
	it('with many marks, only the lanes near the screen are drawn; exporting, every lane', () => {
		const dataset = randomDataset(31, { events: 2100, states: 24 });
		const model = openPlain(dataset);
		model.yNearScreen = [0, 300];
		const all = model.layout.lanes;
		expect(all.length).toBeGreaterThan(20);
		const near = model.drawnLanes;
		expect(near.length).toBeGreaterThan(0);
		expect(near.length).toBeLessThan(all.length);
		// Exactly those crossing the stretch near the screen, in order.
		expect(near).toEqual(all.filter((lane) => lane.y1 >= 0 && lane.y0 <= 300));
		model.parley.view.exportingChart = 'timeline';
		expect(model.drawnLanes).toEqual(all);
	});

	it('with few marks, every lane is drawn', () => {
		const model = openPlain(randomDataset(32, { events: 200, states: 30 }));
		model.yNearScreen = [0, 100];
		expect(model.drawnLanes).toEqual(model.layout.lanes);
	});
});

describe('TimelineModel.prepare', () => {
	it.each([1, 2, 3, 4, 5, 6])(
		'a dataset prepared ahead (random dataset %i) is drawn exactly as one opened at once, on its first window',
		async (seed) => {
			const dataset = randomDataset(seed, {
				events: 300 + seed * 150,
				states: 3 + seed,
				peoplePerState: 2,
				unaffiliated: 2,
				spanDays: 40 + seed * 90
			});
			const prepared = await openPrepared(structuredClone(dataset));
			const plain = openPlain(structuredClone(dataset));
			expect(drawn(prepared)).toEqual(drawn(plain));
		}
	);

	it.each([
		['by category', (parley: ParleyState) => (parley.view.laneGrouping = 'category')],
		['people and bodies apart', (parley: ParleyState) => (parley.view.laneGrouping = 'actor')],
		[
			'people and bodies apart, two states folded',
			(parley: ParleyState) => {
				parley.view.laneGrouping = 'actor';
				parley.view.collapsedGroups = new Set(['state-0', 'state-2']);
			}
		]
	])('grouped %s, a dataset prepared ahead is drawn as one opened at once', async (_, set) => {
		setting = set;
		try {
			const dataset = randomDataset(21, { events: 600, states: 4, peoplePerState: 3 });
			expect(dataset.actors.map((a) => a.id)).toContain('state-2');
			const prepared = await openPrepared(structuredClone(dataset));
			const plain = openPlain(structuredClone(dataset));
			expect(drawn(prepared)).toEqual(drawn(plain));
		} finally {
			setting = () => {};
		}
	});

	it('after prepare and open, every lane is packed for the first window before anything is laid out', async () => {
		const dataset = randomDataset(7, { events: 800, states: 5, peoplePerState: 2 });
		const prepared = await openPrepared(dataset);
		const octave = Math.floor(Math.log2(prepared.transform.k) + 1e-9);
		for (const lane of prepared.index.lanes)
			expect(prepared.packer.keptOctaves(lane)).toContain(octave);
		const plain = openPlain(dataset);
		for (const lane of plain.index.lanes) expect(plain.packer.keptOctaves(lane)).toEqual([]);
	});

	it('a preparation for a dataset that is then not the one opened is not used', async () => {
		const { parley, model } = timelineOn();
		parley.addPreparer((incoming) => model.prepare(incoming));
		const one = randomDataset(8, { events: 200 });
		const other = randomDataset(9, { events: 250 });
		await parley.prepare(one, sortEventsByTime(one.events));
		parley.open(other, new Map(), 'other.json', sortEventsByTime(other.events));
		expect(model.transform).toEqual({ k: 1, x: 0 });
		expect(model.index.events.map((e) => e.id)).toEqual(
			sortEventsByTime(other.events).map((e) => e.id)
		);
		expect(drawn(model)).toEqual(
			drawn(
				(() => {
					const plain = timelineOn();
					plain.parley.open(other, new Map(), 'x.json', sortEventsByTime(other.events));
					return plain.model;
				})()
			)
		);
	});

	it('with filters set, the preparation stops after the lanes and the dataset opens where the filters say', async () => {
		const dataset = randomDataset(10, { events: 400, states: 4 });
		const { parley, model } = timelineOn();
		parley.addPreparer((incoming) => model.prepare(incoming));
		const someActor = dataset.actors[0]!.id;
		parley.filters.actorIds = [someActor];
		const sorted = sortEventsByTime(dataset.events);
		await parley.prepare(dataset, sorted);
		parley.open(dataset, new Map(), 'filtered.json', sorted);
		expect(model.transform).toEqual({ k: 1, x: 0 });
		expect(model.index.events).toEqual(parley.visibleEvents);
		expect(model.laneModel.events).toBe(sorted);
	});
});

describe('ParleyState.prepare', () => {
	it('prepare(dataset) runs each preparer on the incoming dataset, and open(dataset) then runs what they return, once', async () => {
		const parley = new ParleyState(smallDataset(), new Map(), 'small.json');
		const seen: string[] = [];
		const dataset = randomDataset(11, { events: 50 });
		const sorted = sortEventsByTime(dataset.events);
		parley.addPreparer(function* (incoming) {
			seen.push(`first ${incoming.allEvents.length} ${incoming.filtersActive}`);
			yield;
			return () => seen.push('first opened');
		});
		const remove = parley.addPreparer(function* () {
			seen.push('second');
			yield;
		});
		await parley.prepare(dataset, sorted);
		expect(seen).toEqual(['first 50 false', 'second']);
		parley.open(dataset, new Map(), 'a.json', sorted);
		expect(seen).toEqual(['first 50 false', 'second', 'first opened']);
		expect(parley.allEvents).toBe(sorted);
		// The hierarchy the preparers worked with is the page's.
		const hierarchy = parley.hierarchy;
		expect(hierarchy.actors.size).toBe(dataset.actors.length);
		parley.open(smallDataset(), new Map(), 'small.json');
		expect(seen).toHaveLength(3);
		remove();
		await parley.prepare(dataset, sorted);
		expect(seen).toEqual(['first 50 false', 'second', 'first opened', 'first 50 false']);
	});

	it('prepare(dataset, wanted) gives up between slices once wanted() is false, and open() then uses none of it', async () => {
		const parley = new ParleyState(smallDataset(), new Map(), 'small.json');
		const dataset = randomDataset(12, { events: 50 });
		let opened = 0;
		let slices = 0;
		parley.addPreparer(function* () {
			for (;;) {
				// Each step takes longer than a slice: one step a slice.
				const until = performance.now() + 45;
				while (performance.now() < until);
				slices++;
				yield;
				if (slices > 50) return () => opened++;
			}
		});
		let wanted = true;
		const prepared = parley.prepare(dataset, sortEventsByTime(dataset.events), () => wanted);
		wanted = false;
		expect(await prepared).toBe(false);
		expect(slices).toBe(1);
		parley.open(dataset, new Map(), 'a.json');
		expect(opened).toBe(0);
	});
});
