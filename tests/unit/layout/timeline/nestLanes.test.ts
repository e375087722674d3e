import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createActorHierarchy, rollUpActor } from '../../../../src/lib/data/actors/actorHierarchy';
import type { DiplomaticEvent } from '../../../../src/lib/data/schema';
import { sortEventsByTime } from '../../../../src/lib/data/time/sortEvents';
import type { TimelineLane } from '../../../../src/lib/layout/timeline/laneTypes';
import {
	indexVisibleLanes,
	prepareTimelineLanes
} from '../../../../src/lib/layout/timeline/laneModel';
import {
	disclosureHint,
	disclosureName,
	laneBlocks,
	nestLanes,
	toggleGroup,
	type UnitLane
} from '../../../../src/lib/layout/timeline/nestLanes';
import {
	DEFAULT_METRICS,
	labelRoom,
	labelTitle,
	layoutTimeline
} from '../../../../src/lib/layout/timeline/layoutTimeline';
import { LanePacker, zoomOctave } from '../../../../src/lib/layout/timeline/packLaneRows';
import { computeTimeExtent } from '../../../../src/lib/layout/timeline/timeExtent';
import { datasetArbitrary } from '../../../fixtures/arbitraryDataset';
import { randomDataset } from '../../../fixtures/randomDataset';

// Generated datasets are slow to build on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const lane = (id: string, label: string, depth: 0 | 1 = 0): TimelineLane => ({
	key: `actor:${id}`,
	label,
	depth
});
const unitLane = (id: string, unit: string, label = id, unitLabel = unit): UnitLane => ({
	lane: lane(id, label, id === unit ? 0 : 1),
	unitKey: `actor:${unit}`,
	unitLabel
});

/** Valdoria with its own lane and two members; Amaran's members without its own lane; a loner. */
const LANES: UnitLane[] = [
	unitLane('val', 'val', 'Valdoria', 'Valdoria'),
	unitLane('pm', 'val', 'Prime minister', 'Valdoria'),
	unitLane('fm', 'val', 'Foreign minister', 'Valdoria'),
	unitLane('envoy', 'ama', 'Envoy', 'Amaran'),
	unitLane('kar', 'kar', 'Karvenia', 'Karvenia'),
	unitLane('ngo', 'ngo', 'An NGO', 'An NGO')
];

const shape = (lanes: TimelineLane[]) =>
	lanes.map(
		(l) =>
			`${l.depth ? '  ' : ''}${l.label}${l.group ? ` [${l.group.members}${l.group.expanded ? ' open' : ' folded'}${l.group.ownEvents ? '' : ', no own'}]` : ''}`
	);

describe('nestLanes', () => {
	it.each([
		[
			'nothing collapsed',
			[],
			[
				'Valdoria [2 open]',
				'  Prime minister',
				'  Foreign minister',
				'Amaran [1 open, no own]',
				'  Envoy',
				'Karvenia',
				'An NGO'
			],
			[0, 1, 2, 4, 5, 6]
		],
		[
			'Valdoria collapsed',
			['actor:val'],
			['Valdoria [2 folded]', 'Amaran [1 open, no own]', '  Envoy', 'Karvenia', 'An NGO'],
			[0, 0, 0, 2, 3, 4]
		],
		[
			'Amaran collapsed (no lane of its own)',
			['actor:ama'],
			[
				'Valdoria [2 open]',
				'  Prime minister',
				'  Foreign minister',
				'Amaran [1 folded, no own]',
				'Karvenia',
				'An NGO'
			],
			[0, 1, 2, 3, 4, 5]
		],
		[
			'a state without members and a loner "collapsed": nothing to fold',
			['actor:kar', 'actor:ngo', 'actor:nowhere'],
			[
				'Valdoria [2 open]',
				'  Prime minister',
				'  Foreign minister',
				'Amaran [1 open, no own]',
				'  Envoy',
				'Karvenia',
				'An NGO'
			],
			[0, 1, 2, 4, 5, 6]
		]
	])('nestLanes(lanes, %s) draws the groups as expected', (_, collapsed, drawn, drawnOf) => {
		const input = structuredClone(LANES);
		const nested = nestLanes(input, new Set(collapsed));
		expect(shape(nested.lanes)).toEqual(drawn);
		expect([...nested.drawnOf]).toEqual(drawnOf);
		expect(input).toEqual(LANES);
		expect(new Set(nested.lanes.map((l) => l.key)).size).toBe(nested.lanes.length);
	});

	it('nestLanes(lanes) draws a run whose unit’s lane is a member elsewhere as plain lanes, never a second lane with its key', () => {
		// A body that is a member of a group of its own (memberOf naming a member): its own
		// members roll up to it, while its lane sits under the top unit.
		const lanes: UnitLane[] = [
			unitLane('top', 'top', 'Top'),
			unitLane('mid', 'top', 'Middle'),
			unitLane('leaf', 'mid', 'Leaf', 'Middle')
		];
		for (const collapsed of [[], ['actor:mid'], ['actor:top']]) {
			const nested = nestLanes(lanes, new Set(collapsed));
			const keys = nested.lanes.map((l) => l.key);
			expect(new Set(keys).size).toBe(keys.length);
			expect(nested.lanes.at(-1)).toEqual(lane('leaf', 'Leaf'));
		}
		expect(shape(nestLanes(lanes, new Set()).lanes)).toEqual(['Top [1 open]', '  Middle', 'Leaf']);
	});

	it('nestLanes(lanes, collapsed) says which lanes were folded into which header', () => {
		const nested = nestLanes(LANES, new Set(['actor:val', 'actor:ama']));
		expect([...nested.foldedInto]).toEqual([
			['actor:pm', 'actor:val'],
			['actor:fm', 'actor:val'],
			['actor:envoy', 'actor:ama']
		]);
		expect(nested.merges).toBe(true);
		expect(nestLanes(LANES, new Set()).merges).toBe(false);
	});

	it('nestLanes([]) is empty', () => {
		expect(nestLanes([], new Set(['actor:x']))).toEqual({
			lanes: [],
			drawnOf: new Int32Array(0),
			foldedInto: new Map(),
			merges: false
		});
	});

	it.each([
		[[], 'actor:val', ['actor:val']],
		[['actor:val', 'actor:kar'], 'actor:val', ['actor:kar']]
	])('toggleGroup(%j, %s) gives %j and leaves its input as it was', (before, key, after) => {
		const input = new Set(before);
		expect([...toggleGroup(input, key)]).toEqual(after);
		expect([...input]).toEqual(before);
	});

	it.each([
		[true, 2, 'Valdoria: 2 members', 'Fold the 2 members of Valdoria into its lane'],
		[false, 1, 'Valdoria: 1 member', 'Show the 1 member of Valdoria in their own lanes']
	])(
		'disclosureName and disclosureHint (expanded %s, %i members)',
		(expanded, members, name, hint) => {
			const header = { ...lane('val', 'Valdoria'), group: { members, expanded, ownEvents: true } };
			expect(disclosureName(header)).toBe(name);
			expect(disclosureHint(header)).toBe(hint);
			expect(disclosureHint(lane('kar', 'Karvenia'))).toBe('');
		}
	);
});

describe('laneBlocks', () => {
	const placed = [
		{ key: 'a', depth: 0 as const, y0: 0, y1: 40 },
		{ key: 'a1', depth: 1 as const, y0: 50, y1: 90 },
		{ key: 'a2', depth: 1 as const, y0: 100, y1: 140 },
		{ key: 'b', depth: 0 as const, y0: 150, y1: 190 },
		{ key: 'c', depth: 0 as const, y0: 200, y1: 240 }
	];
	it.each([
		[
			null,
			[
				['a', ['a1', 'a2'], 0, 140],
				['b', [], 150, 190],
				['c', [], 200, 240]
			]
		],
		[[145, 195] as const, [['b', [], 150, 190]]],
		[
			[120, 160] as const,
			[
				['a', ['a1', 'a2'], 0, 140],
				['b', [], 150, 190]
			]
		],
		[[500, 900] as const, []]
	])('laneBlocks(lanes, near %j) groups members under their head', (near, blocks) => {
		expect(
			laneBlocks(placed, near).map((b) => [b.head.key, b.members.map((m) => m.key), b.y0, b.y1])
		).toEqual(blocks);
	});
});

describe('indexVisibleLanes(model, visible, collapsed) on generated datasets', () => {
	it('puts every event of every visible actor in exactly one drawn lane, its primary mark where its first actor is drawn, in any collapse state', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000 }),
				fc.integer({ min: 1, max: 5 }),
				fc.integer({ min: 0, max: 3 }),
				fc.array(fc.integer({ min: 0, max: 7 }), { maxLength: 8 }),
				fc.integer({ min: 1, max: 4 }),
				(seed, states, peoplePerState, collapsedStates, keepEvery) => {
					const dataset = randomDataset(seed, { events: 60, states, peoplePerState });
					const hierarchy = createActorHierarchy(dataset.actors);
					const events = sortEventsByTime(dataset.events);
					const model = prepareTimelineLanes(events, hierarchy, 'actor');
					const visible = events.filter((_, i) => i % keepEvery === 0);
					const collapsed = new Set(collapsedStates.map((s) => `state-${s}`));
					const index = indexVisibleLanes(model, visible, collapsed);
					const keys = index.lanes.map((l) => l.lane.key);
					expect(new Set(keys).size).toBe(keys.length);

					/** Where an actor's marks are drawn: its state's lane when folded. */
					const drawnLane = (actorId: string) => {
						const unit = rollUpActor(hierarchy, actorId);
						return collapsed.has(unit) && unit !== actorId ? `actor:${unit}` : `actor:${actorId}`;
					};
					const marks = new Map<string, { lanes: string[]; primary: string[] }>();
					for (const l of index.lanes) {
						l.events.forEach((event, i) => {
							const entry = marks.get(event.id) ?? { lanes: [], primary: [] };
							entry.lanes.push(l.lane.key);
							if (l.primary[i]) entry.primary.push(l.lane.key);
							marks.set(event.id, entry);
						});
					}
					for (const event of visible) {
						const actors = participants(event);
						const expected = [...new Set(actors.map(drawnLane))].sort();
						const got = marks.get(event.id);
						expect(got?.lanes.slice().sort()).toEqual(expected);
						expect(got?.primary).toEqual([drawnLane(actors[0]!)]);
					}
					// Every drawn lane holds marks, or heads a group of members that do.
					for (const l of index.lanes) {
						if (l.events.length === 0) expect(l.lane.group?.expanded).toBe(true);
					}
					// Folded headers say so; members follow an expanded header only.
					index.lanes.forEach((l, i) => {
						if (l.lane.depth === 1) {
							const head = index.lanes.slice(0, i).findLast((h) => h.lane.depth === 0)!.lane;
							expect(head.group?.expanded).toBe(true);
							expect(collapsed.has(head.key.slice('actor:'.length))).toBe(false);
						}
					});
				}
			),
			{ numRuns: 150 }
		);
	});

	it('indexVisibleLanes(model, visible, collapsed) keeps a folded group folded through a filter and back', () => {
		const dataset = randomDataset(7, { events: 200, states: 3, peoplePerState: 2 });
		const hierarchy = createActorHierarchy(dataset.actors);
		const events = sortEventsByTime(dataset.events);
		const model = prepareTimelineLanes(events, hierarchy, 'actor');
		const collapsed = new Set(['state-0']);
		const folded = (visible: readonly DiplomaticEvent[]) =>
			indexVisibleLanes(model, visible, collapsed).lanes.find((l) => l.lane.key === 'actor:state-0')
				?.lane.group?.expanded;
		expect(folded(events)).toBe(false);
		expect(folded(events.filter((_, i) => i % 2 === 0))).toBe(false);
		expect(folded(events)).toBe(false);
		expect(
			indexVisibleLanes(model, events).lanes.some((l) => l.lane.key === 'actor:person-0-0')
		).toBe(true);
		expect([...collapsed]).toEqual(['state-0']);
	});
});

/** An event's actors in the order named (sources, targets, mediators), once each. */
function participants(event: DiplomaticEvent): string[] {
	return [...new Set([...event.sourceActors, ...event.targetActors, ...(event.mediators ?? [])])];
}

describe('layoutTimeline of nested lanes on arbitrary datasets', () => {
	it('layoutTimeline(index with any groups folded) draws each event once per drawn lane, labelled once, never overlapping in a row, headers without events one line tall', () => {
		const metrics = DEFAULT_METRICS;
		fc.assert(
			fc.property(
				datasetArbitrary(10),
				fc.array(fc.nat(), { maxLength: 6 }),
				fc.constantFrom(390, 1400),
				(dataset, picks, width) => {
					const before = structuredClone(dataset);
					const events = sortEventsByTime(dataset.events);
					const hierarchy = createActorHierarchy(dataset.actors);
					const model = prepareTimelineLanes(events, hierarchy, 'actor');
					const units = [...new Set(dataset.actors.map((a) => rollUpActor(hierarchy, a.id)))];
					const collapsed = new Set(units.filter((_, i) => picks.includes(i)));
					const index = indexVisibleLanes(model, events, collapsed);
					const domain = computeTimeExtent(events, [], dataset.meta.createdAt);
					const x = scaleUtc().domain(domain).range([0, width]);
					const packer = new LanePacker((t) => x(t), {
						glyphRadius: metrics.glyphRadius,
						gap: metrics.labelReserve,
						compactGap: metrics.compactGap,
						labelRoom: (lane, i) => labelRoom(lane.events[i]!.summary.length, metrics.fontSize),
						plotWidth: width
					});
					const result = layoutTimeline({
						index,
						packer,
						x: (t) => x(t),
						domain,
						octave: zoomOctave(1),
						width,
						labelText: (event) => labelTitle(event.summary),
						metrics
					});
					expect(dataset).toEqual(before);
					const keys = result.lanes.map((l) => l.key);
					expect(new Set(keys).size).toBe(keys.length);
					const seen = new Set<string>();
					for (const mark of result.marks) {
						expect(seen.has(mark.key), mark.key).toBe(false);
						seen.add(mark.key);
					}
					// At the fitted zoom, every event has exactly one primary (labelled) mark.
					for (const event of events) {
						const primary = result.marks.filter((m) => m.eventId === event.id && !m.compact);
						if (participants(event).length > 0) expect(primary).toHaveLength(1);
					}
					for (const lane of result.lanes) {
						if (index.lanes[lane.index]!.events.length === 0) {
							expect(lane.group?.expanded).toBe(true);
							expect(lane.y1 - lane.y0).toBe(metrics.laneHeader);
						}
					}
					const byRow = new Map<string, [number, number][]>();
					for (const mark of result.marks) {
						const row = `${mark.laneKey}#${mark.row}`;
						byRow.set(row, [...(byRow.get(row) ?? []), [mark.geometry.x0, mark.geometry.x1]]);
					}
					for (const [row, extents] of byRow) {
						const sorted = extents.sort((a, b) => a[0] - b[0]);
						for (let i = 1; i < sorted.length; i++)
							expect(sorted[i]![0], `overlap in ${row}`).toBeGreaterThanOrEqual(
								sorted[i - 1]![1] - 1e-9
							);
					}
				}
			),
			{ numRuns: 60, endOnFailure: true }
		);
	});
});
