/**
 * Which events a set of filters lets through. One pure function shared by every view, so the
 * timeline, the network, the table and the count always agree.
 */
import { eventParticipants, type ActorHierarchy } from '../actors/actorHierarchy';
import { lastSpanDay } from '../time/eventSpan';
import { isUnquoted } from '../isUnquoted';
import type { Confidence, DiplomaticEvent, EventStatus } from '../schema';

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
	/** Only events with a verbatim quote, or only unquoted (coded) ones; absent or null: both. */
	quoting?: 'quoted' | 'unquoted' | null;
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
	// Plain ASCII has no accents to strip: skip the (slow) Unicode decomposition.
	// eslint-disable-next-line no-control-regex
	const folded = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
	return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}

export function categoryOf(event: DiplomaticEvent): CategoryKey {
	return event.type.plover ?? 'none';
}

/**
 * Calls `visit` with every participant of the event and each unit it belongs to (a
 * participant may repeat); stops and returns true as soon as `visit` does. No allocation.
 */
function someInvolved(
	event: DiplomaticEvent,
	hierarchy: ActorHierarchy,
	includeMediators: boolean,
	visit: (id: string) => boolean
): boolean {
	return (
		someUnit(event.sourceActors, hierarchy, visit) ||
		someUnit(event.targetActors, hierarchy, visit) ||
		(includeMediators &&
			event.mediators !== undefined &&
			someUnit(event.mediators, hierarchy, visit))
	);
}

function someUnit(
	participants: readonly string[],
	hierarchy: ActorHierarchy,
	visit: (id: string) => boolean
): boolean {
	for (const participant of participants) {
		if (visit(participant)) return true;
		const ancestors = hierarchy.ancestors.get(participant);
		if (ancestors) for (const id of ancestors) if (visit(id)) return true;
	}
	return false;
}

function someIn(participants: readonly string[], set: ReadonlySet<string>): boolean {
	for (const participant of participants) if (set.has(participant)) return true;
	return false;
}

/**
 * The actor test of a filter, prepared once: O(participants) per event whatever the number
 * of selected actors (Sets, not a scan of the selection for every event). Null when no actor
 * is selected.
 */
export function actorTest(
	hierarchy: ActorHierarchy,
	criteria: FilterCriteria
): ((event: DiplomaticEvent) => boolean) | null {
	if (criteria.actorIds.length === 0) return null;
	const selected = new Set(criteria.actorIds);
	const { includeMediators } = criteria;
	if (criteria.actorMode === 'any' || selected.size === 1) {
		// Every actor that counts as a selected one: itself selected, or a member of one. Then
		// each participant is one lookup.
		const counts = new Set<string>(selected);
		for (const [id, ancestors] of hierarchy.ancestors) {
			if (ancestors.some((ancestor) => selected.has(ancestor))) counts.add(id);
		}
		return (event) =>
			someIn(event.sourceActors, counts) ||
			someIn(event.targetActors, counts) ||
			(includeMediators && event.mediators !== undefined && someIn(event.mediators, counts));
	}
	// "all": count the distinct selected actors the event reaches; a stamp per event instead
	// of a fresh Set.
	const seenAt = new Map<string, number>();
	let stamp = 0;
	return (event) => {
		stamp++;
		let reached = 0;
		someInvolved(event, hierarchy, includeMediators, (id) => {
			if (selected.has(id) && seenAt.get(id) !== stamp) {
				seenAt.set(id, stamp);
				reached++;
			}
			return reached === selected.size;
		});
		return reached === selected.size;
	};
}

/**
 * Normalised search text of each event, kept per hierarchy (the text includes actor names):
 * built once, on the first search, so every later keystroke only scans strings.
 */
const searchTextCache = new WeakMap<ActorHierarchy, WeakMap<DiplomaticEvent, string>>();

function cachedSearchText(event: DiplomaticEvent, hierarchy: ActorHierarchy): string {
	let byEvent = searchTextCache.get(hierarchy);
	if (!byEvent) {
		byEvent = new WeakMap();
		searchTextCache.set(hierarchy, byEvent);
	}
	let text = byEvent.get(event);
	if (text === undefined) {
		text = searchableText(event, hierarchy);
		byEvent.set(event, text);
	}
	return text;
}

/**
 * The search test of a filter, prepared once (its terms split and normalised): every term must
 * occur in the event's text. Null when the search is blank.
 */
export function searchTest(
	hierarchy: ActorHierarchy,
	search: string
): ((event: DiplomaticEvent) => boolean) | null {
	const terms = normalizeSearchText(search).split(' ').filter(Boolean);
	if (terms.length === 0) return null;
	return (event) => {
		const text = cachedSearchText(event, hierarchy);
		return terms.every((term) => text.includes(term));
	};
}

/** Whether the event's window (its end included) overlaps the inclusive day range. */
export function overlapsRange(
	event: DiplomaticEvent,
	range: NonNullable<FilterCriteria['timeRange']>
): boolean {
	return lastSpanDay(event.date) >= range.start && event.date.earliest <= range.end;
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
			...event.evidence.map((e) => e.quote ?? ''),
			event.date.note ?? '',
			...(event.tags ?? []),
			...names
		].join(' \u0000 ')
	);
}

/**
 * The events the criteria let through, in their input order (the list itself when nothing
 * filters). One linear pass: each test is prepared once (sets, the actor test, the search
 * terms) and costs O(1) or O(participants) per event; nothing is allocated per event except
 * the search text, cached after its first use.
 */
export function filterEvents(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	criteria: FilterCriteria
): readonly DiplomaticEvent[] {
	const terms = normalizeSearchText(criteria.search).split(' ').filter(Boolean);
	const categories = criteria.categories.length > 0 ? new Set(criteria.categories) : null;
	const statuses = criteria.statuses.length > 0 ? new Set(criteria.statuses) : null;
	const confidences = criteria.confidences.length > 0 ? new Set(criteria.confidences) : null;
	const range = criteria.timeRange;
	const involves = actorTest(hierarchy, criteria);
	const quoting = criteria.quoting ?? null;
	if (
		!categories &&
		!statuses &&
		!confidences &&
		!range &&
		!involves &&
		!quoting &&
		terms.length === 0
	)
		// Nothing filtered: the list itself, so views that compare lists see every event at once.
		return events;
	const kept: DiplomaticEvent[] = [];
	for (const event of events) {
		if (categories && !categories.has(event.type.plover ?? 'none')) continue;
		if (statuses && !statuses.has(event.status)) continue;
		if (confidences && !confidences.has(event.confidence)) continue;
		if (range && !overlapsRange(event, range)) continue;
		if (involves && !involves(event)) continue;
		if (quoting && isUnquoted(event) !== (quoting === 'unquoted')) continue;
		if (terms.length > 0) {
			const text = cachedSearchText(event, hierarchy);
			if (!terms.every((term) => text.includes(term))) continue;
		}
		kept.push(event);
	}
	return kept;
}
