/**
 * Facet counts that follow the filters (as Palladio's do): next to each choice of the actor,
 * category, status and confidence filters, how many events that choice would give with the
 * OTHER filters applied (text search, dates and the other facets). That is what a person
 * reads to decide the next click; a choice that would give nothing still counts, as 0.
 */
import type { ActorHierarchy } from '../actors/actorHierarchy';
import { actorReach } from '../actors/actorReach';
import { activeFilterKeys } from './activeFilters';
import {
	actorTest,
	overlapsRange,
	searchTest,
	type CategoryKey,
	type FilterCriteria
} from './filterEvents';
import type { Confidence, DiplomaticEvent, EventStatus } from '../schema';

export type FacetKey = 'actorIds' | 'categories' | 'statuses' | 'confidences';

/** Counts by choice; a choice that is not in a map would give no event. */
export interface FacetCounts {
	/**
	 * Events involving each actor (directly or through a member; mediators and hosts as the
	 * filter says) under the other filters. With "All of them together" and actors selected,
	 * the events that also involve every selected actor: what ticking the actor would give.
	 */
	actorIds: Map<string, number>;
	categories: Map<CategoryKey, number>;
	statuses: Map<EventStatus, number>;
	confidences: Map<Confidence, number>;
}

const add = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

/** The one facet test an event failed, when it failed exactly one (0: none). */
const CATEGORY = 1;
const STATUS = 2;
const CONFIDENCE = 3;

/**
 * Every facet's counts in one pass over the events: an event failing two filters counts nowhere,
 * one failing a single facet's test only in that facet, one failing none in every facet. The
 * actor counts take one more pass over just the events they count.
 */
export function countFacets(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	criteria: FilterCriteria
): FacetCounts {
	const categories = criteria.categories.length > 0 ? new Set(criteria.categories) : null;
	const statuses = criteria.statuses.length > 0 ? new Set(criteria.statuses) : null;
	const confidences = criteria.confidences.length > 0 ? new Set(criteria.confidences) : null;
	const range = criteria.timeRange;
	const matches = searchTest(hierarchy, criteria.search);
	const involves = actorTest(hierarchy, criteria);
	// "Any": a ticked actor adds its events, so its count ignores the actor filter. "All": a
	// ticked actor narrows the selection further, so its count keeps it.
	const actorsKeepActorFilter = involves !== null && criteria.actorMode === 'all';

	const counts: FacetCounts = {
		actorIds: new Map(),
		categories: new Map(),
		statuses: new Map(),
		confidences: new Map()
	};
	const reach = actorReach(hierarchy, events, criteria.includeMediators);
	const actorCounts = new Int32Array(reach.ids.length);
	for (let e = 0; e < events.length; e++) {
		const event = events[e]!;
		// Dates and the search are no facet here: failing either counts nowhere.
		if (range && !overlapsRange(event, range)) continue;
		const category = event.type.plover ?? 'none';
		let failed = 0;
		if (categories && !categories.has(category)) failed = CATEGORY;
		if (statuses && !statuses.has(event.status)) {
			if (failed) continue;
			failed = STATUS;
		}
		if (confidences && !confidences.has(event.confidence)) {
			if (failed) continue;
			failed = CONFIDENCE;
		}
		if (matches && !matches(event)) continue;
		const actorOk = involves === null || involves(event);
		if (failed === 0) {
			if (actorOk || !actorsKeepActorFilter)
				for (let r = reach.offsets[e]!; r < reach.offsets[e + 1]!; r++)
					actorCounts[reach.slots[r]!]!++;
			if (!actorOk) continue;
			add(counts.categories, category);
			add(counts.statuses, event.status);
			add(counts.confidences, event.confidence);
		} else if (actorOk) {
			if (failed === CATEGORY) add(counts.categories, category);
			else if (failed === STATUS) add(counts.statuses, event.status);
			else add(counts.confidences, event.confidence);
		}
	}
	for (let slot = 0; slot < actorCounts.length; slot++)
		if (actorCounts[slot]! > 0) counts.actorIds.set(reach.ids[slot]!, actorCounts[slot]!);
	return counts;
}

/**
 * What a facet's count counts, in words for a screen reader after the number: "events", and
 * what else it is counted under when other filters are in force ("events with the other
 * filters"; "events together with the selected actors" for an actor under "All of them").
 */
export function describeFacetCount(criteria: FilterCriteria, facet: FacetKey): string {
	const together =
		facet === 'actorIds' && criteria.actorIds.length > 0 && criteria.actorMode === 'all';
	const others = activeFilterKeys(criteria).some((key) => key !== facet);
	if (together)
		return `events together with the selected actors${others ? ' and the other filters' : ''}`;
	return others ? 'events with the other filters' : 'events';
}
