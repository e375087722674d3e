import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import type { Dataset, DiplomaticEvent } from '$lib/data/schema';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { buildGraph } from '$lib/layout/network/buildGraph';
import { computeVisibleGraphAt } from '$lib/layout/network/visibleGraph';
import { indexGraph, positionsById } from '$lib/layout/network/graphIndex';
import { eventsInTime, markEventsInTime, type TimeMode } from '$lib/layout/network/eventsInTime';
import { randomNetworkDataset } from '../../../fixtures/randomNetworkDataset';
import { computeVisibleGraph } from '../../../helpers/oracles/computeVisibleGraph';

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** Every event, events of one actor (a filter keeps the time order), and a shuffled part. */
function parts(events: readonly DiplomaticEvent[]) {
	const actor = events[0]!.sourceActors[0]!;
	return [
		{ name: 'all events', visible: events },
		{
			name: 'one actor',
			visible: events.filter((e) => [...e.sourceActors, ...e.targetActors].includes(actor))
		},
		{ name: 'every other, reversed', visible: events.filter((_, i) => i % 2 === 0).reverse() }
	];
}

const MODES: { name: string; mode: TimeMode }[] = [
	{ name: 'no window', mode: { kind: 'window', window: null } },
	{ name: 'a month', mode: { kind: 'window', window: [day('2026-01-01'), day('2026-02-01')] } },
	{ name: 'a year', mode: { kind: 'window', window: [day('2024-01-01'), day('2025-01-01')] } },
	{ name: 'as of a day', mode: { kind: 'asOf', day: '2026-01-15' } }
];

const DATASETS = [
	{ name: 'the bundled dataset', dataset: bundled },
	{ name: 'a generated dataset', dataset: randomNetworkDataset(3, 120, 900) }
];

describe('markEventsInTime(all, visible, mode) and computeVisibleGraphAt(graph, index, mask)', () => {
	const cases = DATASETS.flatMap(({ name, dataset }) =>
		[false, true].flatMap((showMembers) =>
			parts(sortEventsByTime(dataset.events)).flatMap((part) =>
				MODES.map((m) => ({
					name: `${name}, ${showMembers ? 'members shown' : 'rolled up'}, ${part.name}, ${m.name}`,
					dataset,
					showMembers,
					visible: part.visible,
					mode: m.mode
				}))
			)
		)
	);
	it.each(cases)(
		'give what eventsInTime and computeVisibleGraph give: $name',
		({ dataset, showMembers, visible, mode }) => {
			const all = sortEventsByTime(dataset.events);
			const graph = buildGraph(all, createActorHierarchy(dataset.actors), dataset.relations, {
				showMembers
			});
			const before = structuredClone({ graph, visible });
			const expectedIds = new Set(eventsInTime(visible, mode).map((e) => e.id));

			const { mask, count } = markEventsInTime(all, visible, mode);
			expect(count).toBe(expectedIds.size);
			expect(all.filter((_, i) => mask[i] === 1).map((e) => e.id)).toEqual(
				all.filter((e) => expectedIds.has(e.id)).map((e) => e.id)
			);
			const index = indexGraph(graph, positionsById(all));
			expect(computeVisibleGraphAt(graph, index, mask)).toEqual(
				computeVisibleGraph(graph, expectedIds)
			);
			expect({ graph, visible }).toEqual(before);
		}
	);
});
