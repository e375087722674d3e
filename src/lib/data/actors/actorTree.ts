/**
 * The actor filter's tree: states and organisations at the top, their people and bodies
 * below, each with how many events involve it. Venues are places, not actors, and are left
 * out, as are actors no event involves.
 */
import type { ActorHierarchy } from './actorHierarchy';
import { actorReach, countReach } from './actorReach';
import { normalizeSearchText } from '../filters/filterEvents';
import type { ActorKind, DiplomaticEvent } from '../schema';

export interface ActorTreeNode {
	id: string;
	name: string;
	kind: ActorKind;
	/** Events involving this actor or any actor below it (mediators included). */
	eventCount: number;
	children: ActorTreeNode[];
}

/**
 * How many events involve each actor, directly or through a member (mediators included), each
 * actor counted once per event: a count over the events' actor reach, kept for the dataset.
 */
export function countActorEvents(
	hierarchy: ActorHierarchy,
	events: readonly DiplomaticEvent[]
): Map<string, number> {
	return countReach(actorReach(hierarchy, events, true));
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
