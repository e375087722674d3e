/**
 * Events, actors and relations become a graph: one node per state or international
 * organisation (people and bodies rolled up, or attached as their own nodes), venues as their
 * own kind, and one edge per pair of nodes and kind of contact that keeps its events.
 */
import { rollUpActor, type ActorHierarchy } from '../../data/actorHierarchy';
import type { Actor, DiplomaticEvent, EventStatus, Relation } from '../../data/schema';
import {
	contactKindOf,
	EDGE_KINDS,
	EDGE_STATUS_OF,
	HOSTABLE_KINDS,
	RELATION_KINDS,
	type ContactKind,
	type EdgeKind,
	type EdgeStatus
} from './contactKinds';

export type NodeKind = 'state' | 'igo' | 'venue' | 'person' | 'org' | 'group';

export interface GraphNode {
	/** The actor the node stands for (a state for its rolled-up people). */
	id: string;
	kind: NodeKind;
	/** What is written next to the node: a state's seat (its capital), else the actor's name. */
	label: string;
	/** The actor's own name ("Iran"). */
	name: string;
	/** The state a member node is attached to (members shown), else null. */
	parentId: string | null;
	/** Where the node sits on a map, from its own coordinates or its seat's; null when unknown. */
	coordinates: { lat: number; lon: number } | null;
	/** Events the node takes part in (rolled up), in input order. */
	eventIds: string[];
}

/** One event's share of an edge, with its direction relative to the edge's `a` → `b`. */
export interface EdgeContribution {
	eventId: string;
	direction: 'forward' | 'backward' | 'none';
	status: EventStatus;
}

export interface GraphEdge {
	/** Stable across filters: kind, basis and the (sorted) pair. */
	key: string;
	kind: EdgeKind;
	/** Where the edge comes from: events (perhaps also a relation), only a standing relation, or membership. */
	basis: 'event' | 'relation' | 'membership';
	/** The pair, sorted: a < b. */
	a: string;
	b: string;
	contributions: EdgeContribution[];
	/** Relations behind the edge (a standing tie), and their direction relative to a → b. */
	relationIds: string[];
	relationDirection: 'forward' | 'backward' | 'both' | 'none';
	/** Whether a relation with no events of its own backs the edge: it stands whatever the filters. */
	relationUnconditional: boolean;
	/** Events of the edge, in input order: its contributions, or the relation's evidence events. */
	eventIds: string[];
}

export interface Graph {
	nodes: GraphNode[];
	edges: GraphEdge[];
}

export interface BuildGraphOptions {
	/** People and bodies as their own nodes, attached to their state (default false). */
	showMembers?: boolean;
}

/** A summary of an edge for a set of visible events: what is drawn. */
export interface EdgeSummary {
	source: string;
	target: string;
	direction: 'forward' | 'both' | 'none';
	status: EdgeStatus;
	eventIds: string[];
	weight: number;
	/** A standing relation from the dataset backs the edge. */
	standing: boolean;
}

const NODE_KINDS: ReadonlySet<string> = new Set([
	'state',
	'igo',
	'venue',
	'person',
	'org',
	'group'
]);
const STATUS_RANK: Record<EdgeStatus, number> = { happened: 0, expected: 1, 'called-off': 2 };

export function buildGraph(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	relations: readonly Relation[] = [],
	{ showMembers = false }: BuildGraphOptions = {}
): Graph {
	const actors = hierarchy.actors;
	// A venue that is a state's seat stands for that state: Abu Dhabi hosting is the UAE hosting.
	const seatOf = new Map<string, string>();
	for (const actor of actors.values()) {
		if (actor.seat && !seatOf.has(actor.seat)) seatOf.set(actor.seat, actor.id);
	}

	const nodes = new Map<string, GraphNode>();
	const edges = new Map<string, GraphEdge>();
	const edgeIndex = new Map<string, Map<string, Map<EdgeKind, GraphEdge>>>();

	const nodeIdOf = (actorId: string): string => {
		const seated = seatOf.get(actorId);
		if (seated) return showMembers ? seated : rollUpActor(hierarchy, seated);
		return showMembers ? actorId : rollUpActor(hierarchy, actorId);
	};

	const ensureNode = (id: string): GraphNode => {
		let node = nodes.get(id);
		if (node) return node;
		const actor = actors.get(id);
		const top = rollUpActor(hierarchy, id);
		node = {
			id,
			kind: actor && NODE_KINDS.has(actor.kind) ? (actor.kind as NodeKind) : 'group',
			label: labelOf(actor, actors) ?? id,
			name: actor?.name ?? id,
			parentId: showMembers && top !== id ? top : null,
			coordinates: coordinatesOf(actor, actors),
			eventIds: []
		};
		nodes.set(id, node);
		if (node.parentId) {
			ensureNode(node.parentId);
			edgeFor('membership', 'membership', id, node.parentId);
		}
		return node;
	};

	const edgeFor = (
		kind: EdgeKind,
		basis: GraphEdge['basis'],
		from: string,
		to: string
	): { edge: GraphEdge; forward: boolean } => {
		const forward = from < to;
		const a = forward ? from : to;
		const b = forward ? to : from;
		// A standing relation of the same kind as some events joins their edge, not a parallel one.
		// Looked up by the ids themselves (nested maps): building a key string for every
		// contribution was most of the cost at 100,000 events.
		let byB = edgeIndex.get(a);
		if (!byB) edgeIndex.set(a, (byB = new Map()));
		let byKind = byB.get(b);
		if (!byKind) byB.set(b, (byKind = new Map()));
		let edge = byKind.get(kind);
		if (!edge) {
			const key = `${kind}:${a}|${b}`;
			edge = {
				key,
				kind,
				basis,
				a,
				b,
				contributions: [],
				relationIds: [],
				relationDirection: 'none',
				relationUnconditional: false,
				eventIds: []
			};
			edges.set(key, edge);
			byKind.set(kind, edge);
		}
		if (basis === 'event' && edge.basis === 'relation') edge.basis = 'event';
		return { edge, forward };
	};

	const contribute = (
		kind: EdgeKind,
		from: string,
		to: string,
		directed: boolean,
		event: DiplomaticEvent
	) => {
		if (from === to) return;
		const { edge, forward } = edgeFor(kind, 'event', from, to);
		// An event's contributions are added together, so a repeat can only be the last one.
		if (edge.contributions.at(-1)?.eventId === event.id) return;
		edge.contributions.push({
			eventId: event.id,
			direction: directed ? (forward ? 'forward' : 'backward') : 'none',
			status: event.status
		});
		edge.eventIds.push(event.id);
	};

	// A dataset uses a handful of codes: look each one up in the table once.
	const kindByCode = new Map<string, Map<string | null, ContactKind>>();
	const kindOf = (type: DiplomaticEvent['type']): ContactKind => {
		let byPlover = kindByCode.get(type.cameo);
		if (!byPlover) kindByCode.set(type.cameo, (byPlover = new Map()));
		let kind = byPlover.get(type.plover);
		if (kind === undefined) byPlover.set(type.plover, (kind = contactKindOf(type)));
		return kind;
	};

	const NONE: readonly string[] = [];
	const takePart = (id: string, event: DiplomaticEvent) => {
		const node = ensureNode(id);
		// Once per event, however many roles the node has in it.
		if (node.eventIds.at(-1) !== event.id) node.eventIds.push(event.id);
	};
	for (const event of events) {
		const kind = kindOf(event.type);
		const sources = uniqueNodeIds(event.sourceActors, nodeIdOf);
		const targets = uniqueNodeIds(event.targetActors, nodeIdOf);
		const mediators = event.mediators?.length ? uniqueNodeIds(event.mediators, nodeIdOf) : NONE;
		const parties = targets.length === 0 ? sources : unique([...sources, ...targets]);
		const location = event.location ? actors.get(event.location.actorId) : undefined;
		// Only a venue (or a seat) hosts; a state given as location only says where it happened.
		const host =
			location && (location.kind === 'venue' || seatOf.has(location.id)) && HOSTABLE_KINDS.has(kind)
				? nodeIdOf(location.id)
				: null;

		for (const id of parties) takePart(id, event);
		for (const id of mediators) takePart(id, event);
		if (host) takePart(host, event);

		if (targets.length > 0) {
			for (const s of sources) for (const t of targets) contribute(kind, s, t, true, event);
		} else {
			// A reciprocal meeting: every pair of sources, with no initiator.
			for (const [i, s] of sources.entries())
				for (const t of sources.slice(i + 1)) contribute(kind, s, t, false, event);
		}
		// Party – mediator – party: the go-between links to each party, not the parties to each other through it.
		for (const m of mediators) {
			if (parties.includes(m)) continue;
			const mediatorKind: EdgeKind = m === host ? 'hosting' : 'mediation';
			for (const p of parties) contribute(mediatorKind, m, p, true, event);
		}
		if (host && !parties.includes(host) && !mediators.includes(host)) {
			for (const p of parties) contribute('hosting', host, p, true, event);
		}
	}

	const knownEvents = new Set(events.map((event) => event.id));
	// Event ids already on an edge, for the few edges relations touch (not a scan per id).
	const edgeEventIds = new Map<GraphEdge, Set<string>>();
	for (const relation of relations) {
		const from = nodeIdOf(relation.from);
		const kind = RELATION_KINDS[relation.type];
		for (const toActor of relation.to) {
			const to = nodeIdOf(toActor);
			if (from === to) continue;
			ensureNode(from);
			ensureNode(to);
			const { edge, forward } = edgeFor(kind, 'relation', from, to);
			if (!edge.relationIds.includes(relation.id)) edge.relationIds.push(relation.id);
			const direction = forward ? 'forward' : 'backward';
			edge.relationDirection =
				edge.relationDirection === 'none' || edge.relationDirection === direction
					? direction
					: 'both';
			if (!relation.eventIds?.length) edge.relationUnconditional = true;
			for (const id of relation.eventIds ?? []) {
				if (!knownEvents.has(id)) continue;
				let ids = edgeEventIds.get(edge);
				if (!ids) {
					ids = new Set(edge.eventIds);
					edgeEventIds.set(edge, ids);
				}
				if (!ids.has(id)) {
					ids.add(id);
					edge.eventIds.push(id);
				}
			}
		}
	}

	// Sorted output, so layouts do not depend on the order of the file.
	const kindOrder = new Map(EDGE_KINDS.map((kind, i) => [kind, i]));
	const basisOrder = { event: 0, relation: 1, membership: 2 };
	return {
		nodes: [...nodes.values()].sort((p, q) => compare(p.id, q.id)),
		edges: [...edges.values()].sort(
			(p, q) =>
				compare(p.a, q.a) ||
				compare(p.b, q.b) ||
				basisOrder[p.basis] - basisOrder[q.basis] ||
				kindOrder.get(p.kind)! - kindOrder.get(q.kind)!
		)
	};
}

/**
 * What an edge shows for the visible events: weight, direction, status, and whether a standing
 * relation backs it. Null when nothing of it is visible. A relation shows while one of its
 * events is visible, or (with no events of its own) while both its ends are visible.
 */
export function summarizeEdge(
	edge: GraphEdge,
	visibleEventIds: ReadonlySet<string>,
	endsVisible = true
): EdgeSummary | null {
	return summarizeEdgeBy(
		edge,
		(k) => visibleEventIds.has(edge.contributions[k]!.eventId),
		(k) => visibleEventIds.has(edge.eventIds[k]!),
		endsVisible
	);
}

/**
 * `summarizeEdge` with visibility told by position: whether the edge's k-th contribution, and
 * its k-th event id, are visible.
 */
function summarizeEdgeBy(
	edge: GraphEdge,
	contributionVisible: (k: number) => boolean,
	eventVisible: (k: number) => boolean,
	endsVisible: boolean
): EdgeSummary | null {
	if (edge.basis === 'membership') {
		return endsVisible
			? {
					source: edge.a,
					target: edge.b,
					direction: 'none',
					status: 'happened',
					eventIds: [],
					weight: 1,
					standing: false
				}
			: null;
	}
	const visible: EdgeContribution[] = [];
	for (let k = 0; k < edge.contributions.length; k++)
		if (contributionVisible(k)) visible.push(edge.contributions[k]!);
	const eventIds: string[] = [];
	for (let k = 0; k < edge.eventIds.length; k++)
		if (eventVisible(k)) eventIds.push(edge.eventIds[k]!);
	const standing =
		edge.relationIds.length > 0 &&
		((edge.relationUnconditional && endsVisible) ||
			// A visible event of the relation's own, not one of the contributions (which are
			// all in eventIds, once each): linear, not a scan per id.
			eventIds.length > visible.length ||
			visible.length > 0);
	if (visible.length === 0 && !standing) return null;
	let forward = false;
	let backward = false;
	for (const c of visible) {
		if (c.direction === 'forward') forward = true;
		else if (c.direction === 'backward') backward = true;
	}
	const status = visible.length === 0 ? 'happened' : bestStatus(visible);
	if (visible.length === 0) {
		forward = edge.relationDirection === 'forward' || edge.relationDirection === 'both';
		backward = edge.relationDirection === 'backward' || edge.relationDirection === 'both';
	}
	const swap = backward && !forward;
	return {
		source: swap ? edge.b : edge.a,
		target: swap ? edge.a : edge.b,
		direction: forward && backward ? 'both' : forward || backward ? 'forward' : 'none',
		status,
		eventIds,
		weight: Math.max(1, visible.length),
		standing
	};
}

/** The lowest-ranked status of some contributions (as a reduce from the first would give). */
function bestStatus(visible: readonly EdgeContribution[]): EdgeStatus {
	let best = EDGE_STATUS_OF[visible[0]!.status];
	for (let k = 1; k < visible.length; k++) {
		const s = EDGE_STATUS_OF[visible[k]!.status];
		if (STATUS_RANK[s] < STATUS_RANK[best]) best = s;
	}
	return best;
}

/** The part of a graph the visible events draw: active nodes and summarised edges. */
export interface VisibleGraph {
	/** Visible events of each active node. */
	nodes: Map<string, string[]>;
	edges: Map<string, EdgeSummary>;
}

export function computeVisibleGraph(
	graph: Graph,
	visibleEventIds: ReadonlySet<string>
): VisibleGraph {
	return computeVisibleGraphBy(graph, {
		nodeEvents: (n) => {
			const ids = graph.nodes[n]!.eventIds.filter((id) => visibleEventIds.has(id));
			return ids.length > 0 ? ids : null;
		},
		contribution: (e, k) => visibleEventIds.has(graph.edges[e]!.contributions[k]!.eventId),
		edgeEvent: (e, k) => visibleEventIds.has(graph.edges[e]!.eventIds[k]!)
	});
}

/**
 * Where each event id of a graph sits in a list of events (the one it was built from): lets
 * `computeVisibleGraphAt` tell visibility from a mask over that list, by index, with no string
 * lookups, on every change of the time window. Built once per graph.
 */
export interface GraphIndex {
	/** Per node (graph order): the positions of its event ids; -1 for an id not in the list. */
	nodeEvents: Int32Array[];
	/** Per edge (graph order): the positions of its contributions' events, and of its event ids. */
	edgeContributions: Int32Array[];
	edgeEvents: Int32Array[];
}

/** Each event's position in a list, by id: built once per list, shared by its graphs' indexes. */
export function positionsById(events: readonly DiplomaticEvent[]): Map<string, number> {
	const position = new Map<string, number>();
	for (let i = 0; i < events.length; i++) position.set(events[i]!.id, i);
	return position;
}

/** The index of a graph over a list of events, given their positions (`positionsById`). */
export function indexGraph(graph: Graph, position: ReadonlyMap<string, number>): GraphIndex {
	const positionsOf = (ids: readonly string[]) => {
		const at = new Int32Array(ids.length);
		for (let k = 0; k < ids.length; k++) at[k] = position.get(ids[k]!) ?? -1;
		return at;
	};
	return {
		nodeEvents: graph.nodes.map((node) => positionsOf(node.eventIds)),
		edgeContributions: graph.edges.map((edge) => {
			const at = new Int32Array(edge.contributions.length);
			for (let k = 0; k < at.length; k++)
				at[k] = position.get(edge.contributions[k]!.eventId) ?? -1;
			return at;
		}),
		edgeEvents: graph.edges.map((edge) => positionsOf(edge.eventIds))
	};
}

/**
 * `computeVisibleGraph` with the visible events as a mask over the list the index was built
 * from (1 = visible): the same result, without a set of ids.
 */
export function computeVisibleGraphAt(
	graph: Graph,
	index: GraphIndex,
	visible: Uint8Array
): VisibleGraph {
	const shown = (i: number) => i >= 0 && visible[i] === 1;
	return computeVisibleGraphBy(graph, {
		// The hot loop (every event of every node): tight, over the typed array.
		nodeEvents: (n) => {
			const at = index.nodeEvents[n]!;
			const all = graph.nodes[n]!.eventIds;
			let ids: string[] | null = null;
			for (let k = 0; k < at.length; k++) {
				const i = at[k]!;
				if (i >= 0 && visible[i] === 1) (ids ??= []).push(all[k]!);
			}
			return ids;
		},
		contribution: (e, k) => shown(index.edgeContributions[e]![k]!),
		edgeEvent: (e, k) => shown(index.edgeEvents[e]![k]!)
	});
}

interface Visibility {
	/** The visible event ids of node n (graph order), in order; null when none is. */
	nodeEvents: (n: number) => string[] | null;
	/** Whether the k-th contribution, and the k-th event id, of edge e are visible. */
	contribution: (e: number, k: number) => boolean;
	edgeEvent: (e: number, k: number) => boolean;
}

function computeVisibleGraphBy(graph: Graph, is: Visibility): VisibleGraph {
	const nodes = new Map<string, string[]>();
	for (let n = 0; n < graph.nodes.length; n++) {
		const ids = is.nodeEvents(n);
		if (ids) nodes.set(graph.nodes[n]!.id, ids);
	}
	const summarize = (e: number) => {
		const edge = graph.edges[e]!;
		return summarizeEdgeBy(
			edge,
			(k) => is.contribution(e, k),
			(k) => is.edgeEvent(e, k),
			nodes.has(edge.a) && nodes.has(edge.b)
		);
	};
	const edges = new Map<string, EdgeSummary>();
	for (let e = 0; e < graph.edges.length; e++) {
		if (graph.edges[e]!.basis === 'membership') continue;
		const summary = summarize(e);
		if (summary) edges.set(graph.edges[e]!.key, summary);
	}
	// A relation may bring in a node with no visible events of its own; membership lines come last.
	for (const summary of edges.values()) {
		if (!nodes.has(summary.source)) nodes.set(summary.source, []);
		if (!nodes.has(summary.target)) nodes.set(summary.target, []);
	}
	// A state is in view when one of its members is, so its people hang from it.
	for (const node of graph.nodes) {
		if (node.parentId && nodes.has(node.id) && !nodes.has(node.parentId))
			nodes.set(node.parentId, []);
	}
	for (let e = 0; e < graph.edges.length; e++) {
		if (graph.edges[e]!.basis !== 'membership') continue;
		const summary = summarize(e);
		if (summary) edges.set(graph.edges[e]!.key, summary);
	}
	return { nodes, edges };
}

function labelOf(actor: Actor | undefined, actors: ReadonlyMap<string, Actor>): string | null {
	if (!actor) return null;
	const seat = actor.seat ? actors.get(actor.seat) : undefined;
	return seat?.name ?? actor.name;
}

function coordinatesOf(
	actor: Actor | undefined,
	actors: ReadonlyMap<string, Actor>
): GraphNode['coordinates'] {
	if (!actor) return null;
	const place = actor.lat !== undefined ? actor : actor.seat ? actors.get(actor.seat) : undefined;
	return place?.lat !== undefined && place.lon !== undefined
		? { lat: place.lat, lon: place.lon }
		: null;
}

/** The node ids of some actors, once each, in order (`unique(ids.map(nodeIdOf))`). */
function uniqueNodeIds(ids: readonly string[], nodeIdOf: (id: string) => string): string[] {
	if (ids.length === 1) return [nodeIdOf(ids[0]!)];
	return unique(ids.map(nodeIdOf));
}

function unique<T>(items: readonly T[]): T[] {
	if (items.length < 2) return items.slice();
	if (items.length === 2) return items[0] === items[1] ? [items[0]!] : items.slice();
	return [...new Set(items)];
}

function compare(p: string, q: string): number {
	return p < q ? -1 : p > q ? 1 : 0;
}
