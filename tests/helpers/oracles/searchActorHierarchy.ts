/**
 * The actor hierarchy as first written: a breadth-first search up `memberOf` for every actor.
 * The oracle for `createActorHierarchy`, which reuses a parent's ancestors.
 */
import type { ActorHierarchy } from '../../../src/lib/data/actors/actorHierarchy';
import type { Actor } from '../../../src/lib/data/schema';

const TOP_LEVEL_KINDS = new Set(['state', 'igo']);

export function searchActorHierarchy(actors: readonly Actor[]): ActorHierarchy {
	const byId = new Map(actors.map((actor) => [actor.id, actor]));
	const ancestors = new Map<string, string[]>();
	const rollUp = new Map<string, string>();
	const members = new Map<string, string[]>();

	for (const actor of actors) {
		// Breadth-first up the memberOf links; `seen` keeps a bad file's cycle from looping.
		const seen = new Set([actor.id]);
		const order: string[] = [];
		let frontier = actor.memberOf ?? [];
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
