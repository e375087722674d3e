/**
 * The actors each event reaches: its participants and every unit they belong to, once each.
 * Walked once per list of events, hierarchy and mediator setting, and kept while they live,
 * so that counting an event's actors (facet counts, the actor tree) is a run of increments.
 */
import type { ActorHierarchy } from './actorHierarchy';
import type { DiplomaticEvent } from '../schema';
import { inChunks, runToEnd, type Steps } from '../steps';

/** Event e's actors are `slots[offsets[e]]` to `slots[offsets[e + 1] - 1]`, as indices into `ids`. */
export interface ActorReach {
	ids: string[];
	offsets: Int32Array;
	slots: Int32Array;
}

type ByMediatorSetting = { withMediators?: ActorReach; withoutMediators?: ActorReach };

const reachCache = new WeakMap<
	readonly DiplomaticEvent[],
	WeakMap<ActorHierarchy, ByMediatorSetting>
>();

function cacheFor(hierarchy: ActorHierarchy, events: readonly DiplomaticEvent[]) {
	let byHierarchy = reachCache.get(events);
	if (!byHierarchy) reachCache.set(events, (byHierarchy = new WeakMap()));
	let cached = byHierarchy.get(hierarchy);
	if (!cached) byHierarchy.set(hierarchy, (cached = {}));
	return cached;
}

const keyOf = (includeMediators: boolean) =>
	includeMediators ? 'withMediators' : 'withoutMediators';

/** The events' reach, built the first time it is asked for (or prepared by `prepareActorReach`). */
export function actorReach(
	hierarchy: ActorHierarchy,
	events: readonly DiplomaticEvent[],
	includeMediators: boolean
): ActorReach {
	const cached = cacheFor(hierarchy, events);
	return (cached[keyOf(includeMediators)] ??= runToEnd(
		buildActorReach(hierarchy, events, includeMediators)
	));
}

/** Builds and keeps the reach in steps, for a dataset about to open (a view's preparer). */
export function* prepareActorReach(
	hierarchy: ActorHierarchy,
	events: readonly DiplomaticEvent[],
	includeMediators: boolean
): Steps<void> {
	const cached = cacheFor(hierarchy, events);
	const key = keyOf(includeMediators);
	if (!cached[key]) cached[key] = yield* buildActorReach(hierarchy, events, includeMediators);
}

/** How many events reach each actor, in the order the actors were first reached. */
export function countReach(reach: ActorReach): Map<string, number> {
	const counts = new Int32Array(reach.ids.length);
	for (let r = 0; r < reach.slots.length; r++) counts[reach.slots[r]!]!++;
	const result = new Map<string, number>();
	for (let slot = 0; slot < counts.length; slot++)
		if (counts[slot]! > 0) result.set(reach.ids[slot]!, counts[slot]!);
	return result;
}

function* buildActorReach(
	hierarchy: ActorHierarchy,
	events: readonly DiplomaticEvent[],
	includeMediators: boolean
): Steps<ActorReach> {
	const slotOf = new Map<string, number>();
	const ids: string[] = [];
	const slot = (id: string) => {
		let at = slotOf.get(id);
		if (at === undefined) {
			at = ids.length;
			slotOf.set(id, at);
			ids.push(id);
		}
		return at;
	};
	// Each actor's own reach, worked out the first time it takes part (deduplicated: a bad file
	// may list an ancestor twice).
	const reachOf = new Map<string, number[]>();
	const own = (id: string) => {
		let list = reachOf.get(id);
		if (!list) {
			list = [slot(id)];
			for (const ancestor of hierarchy.ancestors.get(id) ?? []) {
				const at = slot(ancestor);
				if (!list.includes(at)) list.push(at);
			}
			reachOf.set(id, list);
		}
		return list;
	};
	const offsets = new Int32Array(events.length + 1);
	let slots = new Int32Array(Math.max(16, events.length * 4));
	let length = 0;
	// A stamp per slot: an actor reached twice in one event is listed once.
	const stamps: number[] = [];
	const addAll = (participants: readonly string[] | undefined, stamp: number) => {
		if (!participants) return;
		for (const id of participants) {
			for (const at of own(id)) {
				if (stamps[at] === stamp) continue;
				stamps[at] = stamp;
				if (length === slots.length) {
					const grown = new Int32Array(slots.length * 2);
					grown.set(slots);
					slots = grown;
				}
				slots[length++] = at;
			}
		}
	};
	yield* inChunks(events.length, (from, to) => {
		for (let e = from; e < to; e++) {
			const event = events[e]!;
			offsets[e] = length;
			addAll(event.sourceActors, e);
			addAll(event.targetActors, e);
			if (includeMediators) addAll(event.mediators, e);
		}
	});
	offsets[events.length] = length;
	return { ids, offsets, slots: slots.slice(0, length) };
}
