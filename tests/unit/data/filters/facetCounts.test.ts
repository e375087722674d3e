import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	createActorHierarchy,
	type ActorHierarchy
} from '../../../../src/lib/data/actors/actorHierarchy';
import {
	countFacets,
	describeFacetCount,
	type FacetCounts,
	type FacetKey
} from '../../../../src/lib/data/filters/facetCounts';
import {
	categoryOf,
	filterEvents,
	NO_FILTERS,
	type CategoryKey,
	type FilterCriteria
} from '../../../../src/lib/data/filters/filterEvents';
import type { DiplomaticEvent } from '../../../../src/lib/data/schema';
import {
	CONFIDENCE_LEVELS,
	PLOVER_CATEGORIES,
	STATUSES
} from '../../../../src/lib/data/vocabularies';
import { buildDataset } from '../../../fixtures/arbitraryDataset';
import { events, hierarchy } from '../../../fixtures/filterWorld';

/** Counts as sorted entries, so a failure shows them side by side. */
function entries(counts: FacetCounts) {
	const sorted = <K extends string>(map: Map<K, number>) =>
		Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));
	return {
		actorIds: sorted(counts.actorIds),
		categories: sorted(counts.categories),
		statuses: sorted(counts.statuses),
		confidences: sorted(counts.confidences)
	};
}

/**
 * The slow way, by the definition: filter once for every choice, with that choice as the only
 * one in its facet (an actor under "all": added to the selected ones). Zero counts left out.
 */
function bruteForce(
	all: readonly DiplomaticEvent[],
	h: ActorHierarchy,
	criteria: FilterCriteria
): FacetCounts {
	const count = (change: Partial<FilterCriteria>) =>
		filterEvents(all, h, { ...criteria, ...change }).length;
	const nonZero = <K>(keys: readonly K[], counted: (key: K) => number) =>
		new Map(keys.map((key) => [key, counted(key)] as const).filter(([, n]) => n > 0));
	const together = criteria.actorMode === 'all' && criteria.actorIds.length > 0;
	return {
		actorIds: nonZero([...h.actors.keys()], (id) =>
			count({ actorIds: together ? [...new Set([...criteria.actorIds, id])] : [id] })
		),
		categories: nonZero([...PLOVER_CATEGORIES, 'none'] as CategoryKey[], (key) =>
			count({ categories: [key] })
		),
		statuses: nonZero(STATUSES, (key) => count({ statuses: [key] })),
		confidences: nonZero(CONFIDENCE_LEVELS, (key) => count({ confidences: [key] }))
	};
}

describe('countFacets(events, hierarchy, criteria)', () => {
	const noActorCounts = {
		aa: 3,
		'aa-fm': 1,
		'aa-navy': 1,
		'aa-ship': 1,
		bb: 3,
		'bb-envoy': 1,
		cc: 2,
		rebels: 1,
		un: 1,
		'un-sg': 1
	};
	it.each<{
		name: string;
		criteria: Partial<FilterCriteria>;
		expected: ReturnType<typeof entries>;
	}>([
		{
			name: 'no filters: every event, each counted once per actor it reaches',
			criteria: {},
			expected: {
				actorIds: noActorCounts,
				categories: { ACCUSE: 1, ASSAULT: 1, CONSULT: 1, MOBILIZE: 1, none: 1 },
				statuses: { occurred: 3, planned: 1, reported: 1 },
				confidences: { high: 3, low: 1, medium: 1 }
			}
		},
		{
			name: 'a status filter: other facets narrow, the status facet does not',
			criteria: { statuses: ['occurred'] },
			expected: {
				actorIds: { aa: 2, 'aa-fm': 1, bb: 2, 'bb-envoy': 1, cc: 2, rebels: 1 },
				categories: { ACCUSE: 1, ASSAULT: 1, CONSULT: 1 },
				statuses: { occurred: 3, planned: 1, reported: 1 },
				confidences: { high: 3 }
			}
		},
		{
			name: 'one actor under "any": the actor facet ignores the actor filter',
			criteria: { actorIds: ['aa'] },
			expected: {
				actorIds: noActorCounts,
				categories: { ACCUSE: 1, CONSULT: 1, MOBILIZE: 1 },
				statuses: { occurred: 2, reported: 1 },
				confidences: { high: 2, medium: 1 }
			}
		},
		{
			name: 'two actors under "all": an actor counts the events it shares with both',
			criteria: { actorIds: ['aa', 'bb'], actorMode: 'all' },
			expected: {
				actorIds: { aa: 3, 'aa-fm': 1, 'aa-navy': 1, 'aa-ship': 1, bb: 3, 'bb-envoy': 1, cc: 1 },
				categories: { ACCUSE: 1, CONSULT: 1, MOBILIZE: 1 },
				statuses: { occurred: 2, reported: 1 },
				confidences: { high: 2, medium: 1 }
			}
		},
		{
			name: 'mediators and hosts not involved: a mediator counts only its own part',
			criteria: { includeMediators: false },
			expected: {
				actorIds: { ...noActorCounts, cc: 1 },
				categories: { ACCUSE: 1, ASSAULT: 1, CONSULT: 1, MOBILIZE: 1, none: 1 },
				statuses: { occurred: 3, planned: 1, reported: 1 },
				confidences: { high: 3, low: 1, medium: 1 }
			}
		},
		{
			name: 'a search (matching a role too) narrows every facet',
			criteria: { search: 'MINISTER' },
			expected: {
				actorIds: { aa: 1, 'aa-fm': 1, bb: 1, 'bb-envoy': 1, cc: 1 },
				categories: { CONSULT: 1 },
				statuses: { occurred: 1 },
				confidences: { high: 1 }
			}
		},
		{
			name: 'a date range narrows every facet (a window overlapping it counts)',
			criteria: { timeRange: { start: '2026-01-15', end: '2026-01-31' } },
			expected: {
				actorIds: { aa: 1, 'aa-navy': 1, 'aa-ship': 1, bb: 1 },
				categories: { MOBILIZE: 1 },
				statuses: { reported: 1 },
				confidences: { medium: 1 }
			}
		},
		{
			name: 'two facets that leave nothing together: each still counts under the other',
			criteria: { categories: ['ACCUSE'], statuses: ['reported'] },
			expected: {
				actorIds: {},
				categories: { MOBILIZE: 1 },
				statuses: { occurred: 1 },
				confidences: {}
			}
		}
	])('countFacets($name)', ({ criteria, expected }) => {
		const before = structuredClone(events);
		const full = { ...NO_FILTERS, ...criteria };
		const criteriaBefore = structuredClone(full);
		expect(entries(countFacets(events, hierarchy, full))).toEqual(expected);
		expect(entries(bruteForce(events, hierarchy, full))).toEqual(expected);
		expect(events).toEqual(before);
		expect(full).toEqual(criteriaBefore);
	});

	// Every combination of the filters, each on or off, with each way of choosing actors.
	const parts: Partial<FilterCriteria>[] = [
		{ search: 'the' },
		{ timeRange: { start: '2026-02-01', end: '2026-02-28' } },
		{ categories: ['CONSULT', 'ASSAULT', 'none'] },
		{ statuses: ['occurred', 'planned'] },
		{ confidences: ['high'] }
	];
	const actorChoices: Partial<FilterCriteria>[] = [
		{},
		{ actorIds: ['aa', 'cc'], actorMode: 'any' },
		{ actorIds: ['aa', 'bb'], actorMode: 'all' },
		{ actorIds: ['aa-navy'], actorMode: 'all' }
	];
	const combinations: [string, FilterCriteria][] = [];
	for (let mask = 0; mask < 1 << parts.length; mask++) {
		for (const actorChoice of actorChoices) {
			for (const includeMediators of [true, false]) {
				const criteria: FilterCriteria = { ...NO_FILTERS, ...actorChoice, includeMediators };
				parts.forEach((part, i) => {
					if (mask & (1 << i)) Object.assign(criteria, part);
				});
				combinations.push([JSON.stringify(criteria), criteria]);
			}
		}
	}
	it.each(combinations)(
		'countFacets(%s) counts as filtering once per choice would',
		(_, criteria) => {
			expect(entries(countFacets(events, hierarchy, criteria))).toEqual(
				entries(bruteForce(events, hierarchy, criteria))
			);
		}
	);

	it('countFacets(generated dataset, any criteria) counts as filtering once per choice would', () => {
		fc.assert(
			fc.property(fc.gen(), (g) => {
				const dataset = buildDataset(g, 10);
				// Each filter is on half the time, with values the events have (and now and then
				// one they do not): some events pass the other filters, so counts are not all 0.
				const some = <T>(values: readonly T[], extra: readonly T[]): T[] => {
					if (!g(fc.boolean)) return [];
					const pool = [...new Set(values)];
					const picked = g(() => fc.subarray(pool, { minLength: 1 }));
					return g(fc.boolean)
						? picked
						: [...new Set([...picked, g(() => fc.constantFrom(...extra))])];
				};
				const texts = dataset.events.map((e) => e.summary);
				const criteria: FilterCriteria = {
					actorIds: some(
						dataset.events.flatMap((e) => e.sourceActors),
						dataset.actors.map((a) => a.id)
					).slice(0, 3),
					actorMode: g(() => fc.constantFrom('any', 'all')),
					includeMediators: g(fc.boolean),
					categories: some(dataset.events.map(categoryOf), [...PLOVER_CATEGORIES, 'none']),
					statuses: some(
						dataset.events.map((e) => e.status),
						STATUSES
					),
					confidences: some(
						dataset.events.map((e) => e.confidence),
						CONFIDENCE_LEVELS
					),
					// A piece of some event's text: a search that keeps some events and drops others.
					search: g(fc.boolean)
						? ''
						: g(() =>
								fc.oneof(
									fc
										.constantFrom(...texts)
										.chain((text) =>
											fc.nat(Math.max(0, text.length - 1)).map((at) => text.slice(at, at + 2))
										),
									fc.string({ maxLength: 2 })
								)
							),
					timeRange: g(fc.boolean)
						? null
						: g(() =>
								fc.constantFrom(...dataset.events.map((e) => e.date.earliest)).chain((day) =>
									fc.integer({ min: 0, max: 20 }).map((span) => ({
										start: day,
										end: `${Number(day.slice(0, 4)) + span}-12-31`
									}))
								)
							)
				};
				const h = createActorHierarchy(dataset.actors);
				const before = structuredClone(dataset.events);
				expect(entries(countFacets(dataset.events, h, criteria))).toEqual(
					entries(bruteForce(dataset.events, h, criteria))
				);
				expect(dataset.events).toEqual(before);
			}),
			{ numRuns: 100, endOnFailure: true }
		);
	}, 60_000);
});

describe('describeFacetCount(criteria, facet)', () => {
	it.each<{ criteria: Partial<FilterCriteria>; facet: FacetKey; expected: string }>([
		{ criteria: {}, facet: 'categories', expected: 'events' },
		{ criteria: { categories: ['CONSULT'] }, facet: 'categories', expected: 'events' },
		{
			criteria: { categories: ['CONSULT'] },
			facet: 'statuses',
			expected: 'events with the other filters'
		},
		{ criteria: { search: 'talks' }, facet: 'actorIds', expected: 'events with the other filters' },
		{ criteria: { actorIds: ['aa'] }, facet: 'actorIds', expected: 'events' },
		{
			criteria: { actorIds: ['aa'] },
			facet: 'confidences',
			expected: 'events with the other filters'
		},
		{
			criteria: { actorIds: ['aa'], actorMode: 'all' },
			facet: 'actorIds',
			expected: 'events together with the selected actors'
		},
		{
			criteria: { actorIds: ['aa'], actorMode: 'all', timeRange: { start: 'a', end: 'b' } },
			facet: 'actorIds',
			expected: 'events together with the selected actors and the other filters'
		}
	])('describeFacetCount($criteria, $facet) is "$expected"', ({ criteria, facet, expected }) => {
		const full = { ...NO_FILTERS, ...criteria };
		const before = structuredClone(full);
		expect(describeFacetCount(full, facet)).toBe(expected);
		expect(full).toEqual(before);
	});
});
