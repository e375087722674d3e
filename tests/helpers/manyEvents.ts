import { createActorHierarchy, eventParticipants } from '../../src/lib/data/actors/actorHierarchy';
import { selfAndAncestors } from './selfAndAncestors';
import { eventSpan } from '../../src/lib/data/time/eventSpan';
import {
	categoryOf,
	normalizeSearchText,
	searchableText,
	type FilterCriteria
} from '../../src/lib/data/filters/filterEvents';
import type { DiplomaticEvent } from '../../src/lib/data/schema';
import { sortEventsByTime } from '../../src/lib/data/time/sortEvents';
import { randomDataset } from '../fixtures/randomDataset';

export const N = 100_000;

export const dataset = randomDataset(100, {
	events: N,
	states: 8,
	peoplePerState: 3,
	unaffiliated: 4,
	spanDays: 730
});
export const hierarchy = createActorHierarchy(dataset.actors);
export const all = sortEventsByTime(dataset.events);
export const ids = (events: readonly DiplomaticEvent[]) => events.map((event) => event.id);

/** The filter as first written: obviously right, and slow. */
export function naiveFilter(events: readonly DiplomaticEvent[], criteria: FilterCriteria) {
	const terms = normalizeSearchText(criteria.search).split(' ').filter(Boolean);
	return events.filter((event) => {
		if (criteria.categories.length > 0 && !criteria.categories.includes(categoryOf(event)))
			return false;
		if (criteria.statuses.length > 0 && !criteria.statuses.includes(event.status)) return false;
		if (criteria.confidences.length > 0 && !criteria.confidences.includes(event.confidence))
			return false;
		if (criteria.timeRange) {
			const span = eventSpan(event.date);
			if (span.last < criteria.timeRange.start || span.first > criteria.timeRange.end) return false;
		}
		if (criteria.actorIds.length > 0) {
			const involves = (id: string) =>
				eventParticipants(event, { includeMediators: criteria.includeMediators }).some((p) =>
					selfAndAncestors(hierarchy, p).includes(id)
				);
			const ok =
				criteria.actorMode === 'all'
					? criteria.actorIds.every(involves)
					: criteria.actorIds.some(involves);
			if (!ok) return false;
		}
		if (terms.length > 0) {
			const text = searchableText(event, hierarchy);
			if (!terms.every((term) => text.includes(term))) return false;
		}
		return true;
	});
}
