/**
 * The actor filter's tree: states and organisations at the top, their people and bodies
 * below, each with how many events involve it. Venues are places, not actors, and are left
 * out, as are actors no event involves.
 */
import { eventParticipants, selfAndAncestors, type ActorHierarchy } from './actorHierarchy';
import type { ActorKind, DiplomaticEvent } from './schema';

export interface ActorTreeNode {
	id: string;
	name: string;
	kind: ActorKind;
	/** Events involving this actor or any actor below it (mediators included). */
	eventCount: number;
	children: ActorTreeNode[];
}

export function buildActorTree(
	hierarchy: ActorHierarchy,
	events: readonly DiplomaticEvent[]
): ActorTreeNode[] {
	const counts = new Map<string, number>();
	for (const event of events) {
		const involved = new Set(
			eventParticipants(event).flatMap((id) => selfAndAncestors(hierarchy, id))
		);
		for (const id of involved) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	const node = (id: string, seen: Set<string>): ActorTreeNode => {
		const actor = hierarchy.actors.get(id)!;
		const children = (hierarchy.members.get(id) ?? [])
			.filter((child) => !seen.has(child) && hierarchy.actors.get(child)?.kind !== 'venue')
			.map((child) => node(child, new Set([...seen, child])))
			.filter((child) => child.eventCount > 0)
			.sort(byName);
		return { id, name: actor.name, kind: actor.kind, eventCount: counts.get(id) ?? 0, children };
	};
	const roots = [...hierarchy.actors.values()].filter(
		(actor) =>
			actor.kind !== 'venue' &&
			!(actor.memberOf ?? []).some((parent) => hierarchy.actors.has(parent))
	);
	// Actors no event involves (say, outlets that only relay news) cannot narrow anything.
	return roots
		.map((actor) => node(actor.id, new Set([actor.id])))
		.filter((root) => root.eventCount > 0)
		.sort(byName);
}

function byName(a: ActorTreeNode, b: ActorTreeNode): number {
	const aTop = a.kind === 'state' || a.kind === 'igo' ? 0 : 1;
	const bTop = b.kind === 'state' || b.kind === 'igo' ? 0 : 1;
	return aTop - bTop || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
}
