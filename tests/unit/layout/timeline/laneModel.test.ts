import { bundled, cases } from '../../../helpers/laneModelCases';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import type { DiplomaticEvent } from '$lib/data/schema';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { type LaneGrouping } from '$lib/layout/timeline/laneTypes';
import { marksOfEvent, type TimelineIndex } from '$lib/layout/timeline/laneIndex';
import { indexVisibleLanes, prepareTimelineLanes } from '$lib/layout/timeline/laneModel';
import { randomDataset } from '../../../fixtures/randomDataset';
import { computeLanes } from '../../../helpers/oracles/computeLanes';
import { indexTimelineLanes } from '../../../helpers/oracles/indexTimelineLanes';

/** Everything an index holds, as plain values, so two indexes compare with toEqual. */
function plain(index: TimelineIndex) {
	return {
		lanes: index.lanes.map((lane) => ({
			lane: lane.lane,
			index: lane.index,
			events: lane.events.map((event) => event.id),
			roles: lane.roles,
			ranks: [...lane.ranks],
			times: [...lane.times],
			spanStart: [...lane.spanStart],
			spanEnd: [...lane.spanEnd],
			// Each mark's window and bar, wherever its row in the spans is.
			windowStart: [...lane.spanRow].map((e) => lane.spans.windowStart[e]),
			windowEnd: [...lane.spanRow].map((e) => lane.spans.windowEnd[e]),
			barStart: [...lane.spanRow].map((e) => lane.spans.barStart[e]),
			barEnd: [...lane.spanRow].map((e) => lane.spans.barEnd[e]),
			maxReach: lane.maxReach
		})),
		laneIndexByKey: [...index.laneIndexByKey],
		events: index.events.map((event) => event.id),
		ranks: index.events.map((event) => index.rankOf.get(event.id)),
		order: [...index.order],
		orderTimes: [...index.orderTimes],
		firstMark: [...index.firstMark],
		nextMark: [...index.nextMark],
		markLane: [...index.markLane],
		markPosition: [...index.markPosition]
	};
}

type Filter = (event: DiplomaticEvent, i: number) => boolean;
const FILTERS: [string, Filter][] = [
	['no filter', () => true],
	['every third event', (_, i) => i % 3 === 0],
	['events with a mediator', (event) => (event.mediators ?? []).length > 0],
	[
		'people and Iran',
		(event) =>
			[...event.sourceActors, ...event.targetActors].some(
				(id) => id.startsWith('person') || id === 'irn'
			)
	],
	['nothing', () => false]
];
const GROUPINGS: LaneGrouping[] = ['state', 'actor', 'category'];

describe('the navigation order', () => {
	it.each([1, 2, 3, 4])(
		'indexVisibleLanes(random dataset %i).order goes by plotted time, then top lane, then event order',
		(seed) => {
			const dataset = randomDataset(seed, { events: 600 });
			const all = sortEventsByTime(dataset.events);
			const hierarchy = createActorHierarchy(dataset.actors);
			for (const grouping of GROUPINGS) {
				const index = indexVisibleLanes(prepareTimelineLanes(all, hierarchy, grouping), all);
				const ranks = all.map((_, rank) => rank).filter((rank) => index.firstMark[rank]! >= 0);
				const time = (rank: number) => {
					const [lane, position] = marksOfEvent(index, all[rank]!.id)[0]!;
					return index.lanes[lane]!.times[position]!;
				};
				const topLane = (rank: number) => marksOfEvent(index, all[rank]!.id)[0]![0];
				const expected = [...ranks].sort(
					(a, b) => time(a) - time(b) || topLane(a) - topLane(b) || a - b
				);
				// Some events share a plotted time across lanes, so the tie-break is exercised.
				expect(
					ranks.some(
						(r, i) =>
							i > 0 && time(ranks[i - 1]!) === time(r) && topLane(ranks[i - 1]!) > topLane(r)
					)
				).toBe(true);
				expect(Array.from(index.order), grouping).toEqual(expected);
			}
		}
	);
});

describe('indexVisibleLanes(prepareTimelineLanes(...)) is the index computeLanes gives', () => {
	for (const { name, dataset } of cases) {
		const all = sortEventsByTime(dataset.events);
		const hierarchy = createActorHierarchy(dataset.actors);
		for (const grouping of GROUPINGS) {
			const model = prepareTimelineLanes(all, hierarchy, grouping);
			it.each(FILTERS)(`${name}, by ${grouping}: %s`, (_filter, keep) => {
				const visible = all.filter(keep);
				const expected = indexTimelineLanes(visible, computeLanes(visible, hierarchy, grouping));
				expect(plain(indexVisibleLanes(model, visible))).toEqual(plain(expected));
			});
		}
	}

	it('takes events that are not a subsequence of the dataset (reordered) the general way', () => {
		const all = sortEventsByTime(bundled.events);
		const hierarchy = createActorHierarchy(bundled.actors);
		const model = prepareTimelineLanes(all, hierarchy, 'state');
		const shuffled = [...all].reverse();
		const expected = indexTimelineLanes(shuffled, computeLanes(shuffled, hierarchy, 'state'));
		expect(plain(indexVisibleLanes(model, shuffled))).toEqual(plain(expected));
	});

	it('indexVisibleLanes(model, every event) returns the index it made last time, lanes and all', () => {
		const all = sortEventsByTime(randomDataset(7, { events: 300 }).events);
		const model = prepareTimelineLanes(
			all,
			createActorHierarchy(randomDataset(7, { events: 300 }).actors),
			'state'
		);
		const first = indexVisibleLanes(model, all);
		const some = indexVisibleLanes(
			model,
			all.filter((_, i) => i % 3 === 0)
		);
		expect(some).not.toBe(first);
		const again = indexVisibleLanes(model, [...all]);
		expect(again).toBe(first);
		expect(plain(again)).toEqual(
			plain(indexTimelineLanes(all, computeLanes(all, model.hierarchy, 'state')))
		);
		// Another model (another dataset or grouping) has its own.
		const other = prepareTimelineLanes(all, model.hierarchy, 'state');
		expect(indexVisibleLanes(other, all)).not.toBe(first);
	});

	it('leaves its inputs as they were, and looks up events not shown as undefined', () => {
		const all = sortEventsByTime(bundled.events);
		const before = structuredClone(all);
		const model = prepareTimelineLanes(all, createActorHierarchy(bundled.actors), 'actor');
		const index = indexVisibleLanes(model, all.slice(5));
		expect(all).toEqual(before);
		expect(index.rankOf.get(all[0]!.id)).toBeUndefined();
		expect(index.rankOf.get(all[5]!.id)).toBe(0);
		expect(index.rankOf.get('no-such-event')).toBeUndefined();
	});
});
