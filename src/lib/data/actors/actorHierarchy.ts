/**
 * Who belongs to whom: people and bodies roll up through `memberOf` to their state (or
 * international organisation), so "Iran" can stand for its foreign minister's events.
 */
import type { Actor, DiplomaticEvent } from '../schema';

export interface ActorHierarchy {
	actors: ReadonlyMap<string, Actor>;
	/** Every actor's ancestors through memberOf, nearest first, without the actor itself. */
	ancestors: ReadonlyMap<string, readonly string[]>;
	/** Each actor's top-level unit: the nearest state or igo above it, else its topmost ancestor, else itself. */
	rollUp: ReadonlyMap<string, string>;
	/** The actors directly below each actor. */
	members: ReadonlyMap<string, readonly string[]>;
}

const TOP_LEVEL_KINDS = new Set(['state', 'igo']);

const NO_ANCESTORS: readonly string[] = Object.freeze([]);

/**
 * Linear in the actors and their links: an actor with one parent whose ancestors are known
 * already takes them after the parent (the breadth-first order it would find), so 100,000
 * people of 10,000 states cost one short list each, not a search each.
 */
export function createActorHierarchy(actors: readonly Actor[]): ActorHierarchy {
	const byId = new Map(actors.map((actor) => [actor.id, actor]));
	const ancestors = new Map<string, readonly string[]>();
	const rollUp = new Map<string, string>();
	const members = new Map<string, string[]>();

	for (const actor of actors) {
		const order = ancestorsOf(actor, byId, ancestors);
		ancestors.set(actor.id, order);
		const top = TOP_LEVEL_KINDS.has(actor.kind)
			? actor.id
			: (order.find((id) => TOP_LEVEL_KINDS.has(byId.get(id)!.kind)) ?? order.at(-1) ?? actor.id);
		rollUp.set(actor.id, top);
		for (const parent of actor.memberOf ?? []) {
			if (!byId.has(parent)) continue;
			const list = members.get(parent) ?? [];
			// A file may name the same parent twice; a member is listed under it once.
			if (list.at(-1) === actor.id) continue;
			list.push(actor.id);
			members.set(parent, list);
		}
	}
	return { actors: byId, ancestors, rollUp, members };
}

/** An actor's ancestors, nearest first (breadth-first up `memberOf`), without itself. */
function ancestorsOf(
	actor: Actor,
	byId: ReadonlyMap<string, Actor>,
	known: ReadonlyMap<string, readonly string[]>
): readonly string[] {
	const parents = actor.memberOf ?? [];
	if (parents.length === 0) return NO_ANCESTORS;
	if (parents.length === 1) {
		// Its one parent's ancestors, found already and not leading back to the actor (a
		// cycle): the breadth-first order from the actor is the parent, then those.
		const [parent] = parents as [string];
		const above = known.get(parent);
		if (parent === actor.id || !byId.has(parent)) return NO_ANCESTORS;
		if (above && !above.includes(actor.id)) return [parent, ...above];
	}
	// Breadth-first up the memberOf links; `seen` keeps a bad file's cycle from looping.
	const seen = new Set([actor.id]);
	const order: string[] = [];
	let frontier: readonly string[] = parents;
	while (frontier.length > 0) {
		const next: string[] = [];
		for (const id of frontier) {
			if (seen.has(id) || !byId.has(id)) continue;
			seen.add(id);
			order.push(id);
			next.push(...(byId.get(id)?.memberOf ?? []));
		}
		frontier = next;
	}
	return order;
}

/** The top-level unit an actor rolls up to (itself when it has none or is unknown). */
export function rollUpActor(hierarchy: ActorHierarchy, id: string): string {
	return hierarchy.rollUp.get(id) ?? id;
}

export interface ParticipantOptions {
	/** Count mediators and hosts as taking part (default true). */
	includeMediators?: boolean;
}

/** The actors taking part in an event: sources, targets and (by default) mediators, once each. */
export function eventParticipants(
	event: DiplomaticEvent,
	{ includeMediators = true }: ParticipantOptions = {}
): string[] {
	const ids = [...event.sourceActors, ...event.targetActors];
	if (includeMediators) ids.push(...(event.mediators ?? []));
	return [...new Set(ids)];
}
