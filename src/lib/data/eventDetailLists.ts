/**
 * The lists the detail panel shows for one event, each item with a key that is unique in its
 * list whatever the file repeats: the same event related twice under two relations (both are
 * shown), an actor named twice in one role (shown once), an actor in several roles (shown in
 * each). Svelte's keyed `{#each}` throws on a repeated key, so keys are made here, testably.
 */
import type { DiplomaticEvent, EventRelation } from './schema';

export type ParticipantRole = 'source' | 'target' | 'mediator' | 'location';

export interface ParticipantGroup {
	/** Unique among the groups. */
	role: ParticipantRole;
	/** Actor ids in the file's order, each once (unique within the group). */
	actorIds: string[];
}

export interface RelatedLink {
	/** `relation:eventId`, unique in the list. */
	key: string;
	relation: EventRelation;
	eventId: string;
}

/** Each item once, in first-seen order. */
export function uniqueInOrder<T>(items: readonly T[]): T[] {
	return [...new Set(items)];
}

/** Who took part in which role, roles without anyone left out; an actor may be in several. */
export function eventParticipantGroups(event: DiplomaticEvent): ParticipantGroup[] {
	const roles: [ParticipantRole, readonly string[]][] = [
		['source', event.sourceActors],
		['target', event.targetActors],
		['mediator', event.mediators ?? []],
		['location', event.location ? [event.location.actorId] : []]
	];
	return roles
		.filter(([, ids]) => ids.length > 0)
		.map(([role, ids]) => ({ role, actorIds: uniqueInOrder(ids) }));
}

/** The event's links to others: every relation to every event once, keyed by both. */
export function relatedLinks(event: DiplomaticEvent): RelatedLink[] {
	const links = new Map<string, RelatedLink>();
	for (const { relation, eventId } of event.related ?? []) {
		const key = `${relation}:${eventId}`;
		if (!links.has(key)) links.set(key, { key, relation, eventId });
	}
	return [...links.values()];
}
