/**
 * The actor filter's tree: states and organisations at the top, their people and bodies
 * below, each with how many events involve it. Venues are places, not actors, and are left
 * out, as are actors no event involves.
 */
import type { ActorHierarchy } from './actorHierarchy';
import { normalizeSearchText } from './filterEvents';
import type { ActorKind, DiplomaticEvent } from './schema';

export interface ActorTreeNode {
	id: string;
	name: string;
	kind: ActorKind;
	/** Events involving this actor or any actor below it (mediators included). */
	eventCount: number;
	children: ActorTreeNode[];
}

/**
 * How many events involve each actor, directly or through a member (mediators included): one
 * pass over the events, each actor counted once per event. Linear at 100,000 events: each
 * actor gets a slot the first time it is seen, with the slots it reaches (itself and its
 * ancestors) listed once; an event then costs one lookup per participant, and a stamp of the
 * event's number per slot stops an actor from counting twice in one event.
 */
export function countActorEvents(
	hierarchy: ActorHierarchy,
	events: readonly DiplomaticEvent[]
): Map<string, number> {
	const slots = new Map<string, number>();
	const ids: string[] = [];
	const counts: number[] = [];
	const stamps: number[] = [];
	/** The slots an actor reaches, by the actor's slot (filled the first time it takes part). */
	const reaches: (Int32Array | undefined)[] = [];
	const slotOf = (id: string) => {
		let slot = slots.get(id);
		if (slot === undefined) {
			slot = ids.length;
			slots.set(id, slot);
			ids.push(id);
			counts.push(0);
			stamps.push(-1);
			reaches.push(undefined);
		}
		return slot;
	};
	const reachOf = (id: string) => {
		const slot = slotOf(id);
		let reach = reaches[slot];
		if (!reach) {
			// Deduplicated: a bad file may list an ancestor twice.
			const reached = [slot];
			for (const ancestor of hierarchy.ancestors.get(id) ?? []) {
				const at = slotOf(ancestor);
				if (!reached.includes(at)) reached.push(at);
			}
			reach = reaches[slot] = Int32Array.from(reached);
		}
		return reach;
	};
	const addAll = (participants: readonly string[] | undefined, stamp: number) => {
		if (!participants) return;
		for (const id of participants) {
			const reach = reachOf(id);
			for (let r = 0; r < reach.length; r++) {
				const slot = reach[r]!;
				if (stamps[slot] === stamp) continue;
				stamps[slot] = stamp;
				counts[slot]!++;
			}
		}
	};
	for (let e = 0; e < events.length; e++) {
		const event = events[e]!;
		addAll(event.sourceActors, e);
		addAll(event.targetActors, e);
		addAll(event.mediators, e);
	}
	// In the order actors were first reached, as counting one by one would insert them.
	const result = new Map<string, number>();
	for (let slot = 0; slot < ids.length; slot++)
		if (counts[slot]! > 0) result.set(ids[slot]!, counts[slot]!);
	return result;
}

export function buildActorTree(
	hierarchy: ActorHierarchy,
	events: readonly DiplomaticEvent[]
): ActorTreeNode[] {
	const counts = countActorEvents(hierarchy, events);
	const node = (id: string, seen: ReadonlySetLike): ActorTreeNode => {
		const actor = hierarchy.actors.get(id)!;
		const children = (hierarchy.members.get(id) ?? [])
			.filter(
				(child) =>
					!seen.has(child) &&
					(counts.get(child) ?? 0) > 0 &&
					hierarchy.actors.get(child)?.kind !== 'venue'
			)
			.map((child) => node(child, { has: (x) => x === child || seen.has(x) }))
			.sort(byName);
		return { id, name: actor.name, kind: actor.kind, eventCount: counts.get(id) ?? 0, children };
	};
	const roots = [...hierarchy.actors.values()].filter(
		(actor) =>
			actor.kind !== 'venue' &&
			(counts.get(actor.id) ?? 0) > 0 &&
			!(actor.memberOf ?? []).some((parent) => hierarchy.actors.has(parent))
	);
	// Actors no event involves (say, outlets that only relay news) cannot narrow anything.
	return roots.map((actor) => node(actor.id, { has: (x) => x === actor.id })).sort(byName);
}

interface ReadonlySetLike {
	has(id: string): boolean;
}

function byName(a: ActorTreeNode, b: ActorTreeNode): number {
	const aTop = a.kind === 'state' || a.kind === 'igo' ? 0 : 1;
	const bTop = b.kind === 'state' || b.kind === 'igo' ? 0 : 1;
	return aTop - bTop || NAME_COLLATOR.compare(a.name, b.name);
}

const NAME_COLLATOR = new Intl.Collator(undefined, { sensitivity: 'base' });

/** The rows the panel draws: a bounded part of the tree, and what it leaves out. */
export interface ActorTreeView {
	/** Nodes to draw (children already bounded). With a search, matching actors as a flat list. */
	nodes: ActorTreeNode[];
	/** Actors in the tree (or matching the search) that are not drawn. */
	hidden: number;
	/** Actors in the tree (or matching the search) in all. */
	total: number;
}

/**
 * At most `limit` rows per level: the actors with the most events (always including selected
 * ones), in the tree's own order; a level within the limit is drawn whole. With a search, the
 * actors whose name matches (accents and case ignored), busiest first, flat. So 100,000 actors
 * never become 100,000 rows, and any actor is one search away.
 */
export function actorTreeView(
	tree: readonly ActorTreeNode[],
	{
		query = '',
		limit = 60,
		selected = new Set<string>()
	}: { query?: string; limit?: number; selected?: ReadonlySet<string> } = {}
): ActorTreeView {
	const terms = normalizeSearchText(query).split(' ').filter(Boolean);
	if (terms.length > 0) {
		const matches: ActorTreeNode[] = [];
		const visit = (nodes: readonly ActorTreeNode[]) => {
			for (const node of nodes) {
				const name = normalizeSearchText(node.name);
				if (terms.every((term) => name.includes(term))) matches.push({ ...node, children: [] });
				visit(node.children);
			}
		};
		visit(tree);
		const shown = busiest(matches, limit, selected);
		return { nodes: shown, hidden: matches.length - shown.length, total: matches.length };
	}
	const bound = (nodes: readonly ActorTreeNode[]): ActorTreeNode[] =>
		busiest(nodes, limit, selected).map((node) =>
			node.children.length === 0 ? node : { ...node, children: bound(node.children) }
		);
	const nodes = bound(tree);
	const total = countNodes(tree);
	return { nodes, hidden: total - countNodes(nodes), total };
}

function countNodes(nodes: readonly ActorTreeNode[]): number {
	let count = 0;
	for (const node of nodes) count += 1 + countNodes(node.children);
	return count;
}

/** The `limit` nodes with the most events (selected ones kept), in their original order. */
function busiest(
	nodes: readonly ActorTreeNode[],
	limit: number,
	selected: ReadonlySet<string>
): ActorTreeNode[] {
	if (nodes.length <= limit) return [...nodes];
	const ranked = nodes
		.map((node, i) => ({ node, i }))
		.sort((p, q) => q.node.eventCount - p.node.eventCount || p.i - q.i);
	const keep = new Set(ranked.slice(0, limit).map(({ i }) => i));
	nodes.forEach((node, i) => {
		if (selected.has(node.id)) keep.add(i);
	});
	return nodes.filter((_, i) => keep.has(i));
}
