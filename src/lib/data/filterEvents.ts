/**
 * Which events a set of filters lets through. One pure function shared by every view, so the
 * timeline, the network, the table and the count always agree.
 */
import { eventSpan } from './dates';
import { eventParticipants, selfAndAncestors, type ActorHierarchy } from './actorHierarchy';
import type { Confidence, DiplomaticEvent, EventStatus } from './schema';

/** PLOVER category, or "none" for events coded without one. */
export type CategoryKey = NonNullable<DiplomaticEvent['type']['plover']> | 'none';

export interface FilterCriteria {
	/** Actors to look for; empty means no actor filter. A state stands for its members too. */
	actorIds: readonly string[];
	/** "any": events involving at least one selected actor; "all": involving every one. */
	actorMode: 'any' | 'all';
	/** Whether mediators and hosts count as involvement. */
	includeMediators: boolean;
	/** Each list: empty means no filter on that field. */
	categories: readonly CategoryKey[];
	statuses: readonly EventStatus[];
	confidences: readonly Confidence[];
	/** Free text, matched case- and accent-insensitively against titles, summaries, quotes, actor names. */
	search: string;
	/** Inclusive day range; an event passes when its window overlaps it. */
	timeRange: { start: string; end: string } | null;
}

export const NO_FILTERS: FilterCriteria = {
	actorIds: [],
	actorMode: 'any',
	includeMediators: true,
	categories: [],
	statuses: [],
	confidences: [],
	search: '',
	timeRange: null
};

/** Lower-case, accents and extra spaces removed: "Türkiye" and "turkiye" match. */
export function normalizeSearchText(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function categoryOf(event: DiplomaticEvent): CategoryKey {
	return event.type.plover ?? 'none';
}

/** Whether the event involves the actor, directly or through one of its members. */
export function involvesActor(
	event: DiplomaticEvent,
	actorId: string,
	hierarchy: ActorHierarchy,
	includeMediators: boolean
): boolean {
	return eventParticipants(event, { includeMediators }).some((participant) =>
		selfAndAncestors(hierarchy, participant).includes(actorId)
	);
}

/** The text a search looks through for one event, normalised once. */
export function searchableText(event: DiplomaticEvent, hierarchy: ActorHierarchy): string {
	const names = eventParticipants(event)
		.concat(event.location ? [event.location.actorId] : [])
		.flatMap((id) => {
			const actor = hierarchy.actors.get(id);
			return actor ? [actor.name, ...(actor.aliases ?? []), actor.role ?? ''] : [id];
		});
	return normalizeSearchText(
		[
			event.summary,
			event.type.cameoLabel,
			...event.evidence.map((e) => e.quote),
			event.date.note ?? '',
			...(event.tags ?? []),
			...names
		].join(' \u0000 ')
	);
}

export function filterEvents(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	criteria: FilterCriteria
): DiplomaticEvent[] {
	const terms = normalizeSearchText(criteria.search).split(' ').filter(Boolean);
	const categories = new Set(criteria.categories);
	const statuses = new Set(criteria.statuses);
	const confidences = new Set(criteria.confidences);
	return events.filter((event) => {
		if (categories.size > 0 && !categories.has(categoryOf(event))) return false;
		if (statuses.size > 0 && !statuses.has(event.status)) return false;
		if (confidences.size > 0 && !confidences.has(event.confidence)) return false;
		if (criteria.timeRange) {
			const span = eventSpan(event.date);
			if (span.last < criteria.timeRange.start || span.first > criteria.timeRange.end) return false;
		}
		if (criteria.actorIds.length > 0) {
			const matches = (id: string) =>
				involvesActor(event, id, hierarchy, criteria.includeMediators);
			const ok =
				criteria.actorMode === 'all'
					? criteria.actorIds.every(matches)
					: criteria.actorIds.some(matches);
			if (!ok) return false;
		}
		if (terms.length > 0) {
			const text = searchableText(event, hierarchy);
			if (!terms.every((term) => text.includes(term))) return false;
		}
		return true;
	});
}
