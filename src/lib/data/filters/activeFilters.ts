/**
 * Which filters are in force, and why a set of filters shows nothing: how many events each
 * active filter lets through on its own, so the person can see which one to loosen.
 */
import type { ActorHierarchy } from '../actors/actorHierarchy';
import { filterEvents, NO_FILTERS, type FilterCriteria } from './filterEvents';
import type { DiplomaticEvent } from '../schema';

export type FilterKey =
	'actorIds' | 'categories' | 'statuses' | 'confidences' | 'quoting' | 'search' | 'timeRange';

/** The filters that narrow the events, in the order the panel shows them. */
export function activeFilterKeys(criteria: FilterCriteria): FilterKey[] {
	const keys: FilterKey[] = [];
	if (criteria.actorIds.length > 0) keys.push('actorIds');
	if (criteria.categories.length > 0) keys.push('categories');
	if (criteria.statuses.length > 0) keys.push('statuses');
	if (criteria.confidences.length > 0) keys.push('confidences');
	if (criteria.quoting) keys.push('quoting');
	if (criteria.search.trim() !== '') keys.push('search');
	if (criteria.timeRange) keys.push('timeRange');
	return keys;
}

/** The part of the criteria that belongs to one filter. */
function onlyFilter(criteria: FilterCriteria, key: FilterKey): FilterCriteria {
	if (key === 'actorIds') {
		const { actorIds, actorMode, includeMediators } = criteria;
		return { ...NO_FILTERS, actorIds, actorMode, includeMediators };
	}
	return { ...NO_FILTERS, [key]: criteria[key] };
}

export interface FilterExplanation {
	filter: FilterKey;
	/** Events this filter alone lets through. */
	count: number;
}

export function explainFilters(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	criteria: FilterCriteria
): FilterExplanation[] {
	return activeFilterKeys(criteria).map((filter) => ({
		filter,
		count: filterEvents(events, hierarchy, onlyFilter(criteria, filter)).length
	}));
}
