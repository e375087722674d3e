/**
 * The graph builder's numbers written out as the graph the views read (`Graph`): nodes sorted
 * by id, edges by their pair, basis and kind, mediations by key; each edge's events with their
 * direction and status. A generator: it yields after each slice of edges, so the writing of a
 * graph with a hundred thousand edges is spread over several short tasks. The index over the
 * events (`GraphIndex`) is written on the way, from the positions the builder kept.
 */
import type { Actor, DiplomaticEvent } from '../../data/schema';
import type {
	EdgeContribution,
	Graph,
	GraphEdge,
	GraphNode,
	Mediation,
	NodeKind
} from './buildGraph';
import { EDGE_KINDS } from './contactKinds';
import type { GraphIndex } from './visibleGraph';

/** A node as the builder keeps it: its id, the state it hangs from, its events' positions. */
export interface BuiltNode {
	id: string;
	parentId: string | null;
	events: number[];
	/** The last event added (each is added once). */
	lastEvent: number;
}

/** An edge as the builder keeps it, by node numbers and kind number. */
export interface BuiltEdge {
	kind: number;
	/** 0 events, 1 a relation only, 2 membership. */
	basis: number;
	/** The pair's node numbers, in the order of their ids. */
	a: number;
	b: number;
	/** Each event's share: its position × 4 + its direction (0 none, 1 forward, 2 backward). */
	shares: number[];
	lastEvent: number;
	relationIds: string[];
	/** 0 none, 1 forward, 2 backward, 3 both. */
	relationDirection: number;
	relationUnconditional: boolean;
	/** Positions of the edge's events (shares and relations'), once relations add some. */
	extraEvents: Set<number> | null;
	/** Positions of relations' evidence events that are not shares, in the order added. */
	relationEvents?: number[];
}

export interface BuiltMediation {
	mediator: number;
	/** The parties' node numbers (in either order of their ids). */
	p: number;
	q: number;
	events: number[];
}

/** Edges (each with its events) written per slice, at most: the work of a short step. */
const SLICE_EDGES = 4096;
const SLICE_SHARES = 40_000;

const NODE_KINDS: ReadonlySet<string> = new Set([
	'state',
	'igo',
	'venue',
	'person',
	'org',
	'group'
]);
const DIRECTIONS: readonly EdgeContribution['direction'][] = ['none', 'forward', 'backward'];
const RELATION_DIRECTIONS: readonly GraphEdge['relationDirection'][] = [
	'none',
	'forward',
	'backward',
	'both'
];
const BASES: readonly GraphEdge['basis'][] = ['event', 'relation', 'membership'];
/** Edges of one pair: by basis (0–2), then kind (0–8). */
const PAIR_SLOTS = 3 * 16;

export function* writeGraph(
	events: readonly DiplomaticEvent[],
	built: readonly BuiltNode[],
	builtEdges: readonly BuiltEdge[],
	builtMediations: readonly BuiltMediation[],
	{ actors, showMembers }: { actors: ReadonlyMap<string, Actor>; showMembers: boolean }
): Generator<void, { graph: Graph; index: GraphIndex }> {
	// Nodes by id: their rank orders the edges too.
	const order = Array.from(built.keys()).sort((p, q) => compare(built[p]!.id, built[q]!.id));
	const rank = new Int32Array(built.length);
	order.forEach((n, r) => (rank[n] = r));
	const nodes: GraphNode[] = [];
	const nodeStart = new Int32Array(order.length + 1);
	for (let r = 0; r < order.length; r++)
		nodeStart[r + 1] = nodeStart[r]! + built[order[r]!]!.events.length;
	const nodeEvents = new Int32Array(nodeStart[order.length]!);
	// Each node (and edge below) is written by a plain function: V8 optimises a loop written
	// inside a generator late, and these loops run over every event.
	const writeNode = (r: number) => {
		const node = built[order[r]!]!;
		const actor = actors.get(node.id);
		const eventIds: string[] = new Array(node.events.length);
		for (let k = 0; k < node.events.length; k++) eventIds[k] = events[node.events[k]!]!.id;
		nodes.push({
			id: node.id,
			kind: actor && NODE_KINDS.has(actor.kind) ? (actor.kind as NodeKind) : 'group',
			label: labelOf(actor, actors) ?? node.id,
			name: actor?.name ?? node.id,
			parentId: showMembers ? node.parentId : null,
			coordinates: coordinatesOf(actor, actors),
			eventIds
		});
		nodeEvents.set(node.events, nodeStart[r]!);
		return node.events.length;
	};
	let sliceShares = 0;
	for (let r = 0; r < order.length; r++) {
		sliceShares += writeNode(r);
		if (sliceShares >= SLICE_SHARES) {
			sliceShares = 0;
			yield;
		}
	}
	yield;

	// Edges by pair (ranks), basis and kind: one number each, sorted as numbers.
	const count = built.length;
	const sortKey = new Float64Array(builtEdges.length);
	for (let e = 0; e < builtEdges.length; e++) {
		const edge = builtEdges[e]!;
		sortKey[e] = (rank[edge.a]! * count + rank[edge.b]!) * PAIR_SLOTS + edge.basis * 16 + edge.kind;
	}
	const edgeOrder = orderByKey(sortKey, count * count * PAIR_SLOTS);
	yield;

	const edges: GraphEdge[] = new Array(builtEdges.length);
	// Each edge's events (its shares', then its relations' own), one flat list.
	const edgeStart = new Int32Array(builtEdges.length + 1);
	for (let at = 0; at < edgeOrder.length; at++) {
		const edge = builtEdges[edgeOrder[at]!]!;
		edgeStart[at + 1] = edgeStart[at]! + edge.shares.length + (edge.relationEvents?.length ?? 0);
	}
	const edgeEvents = new Int32Array(edgeStart[builtEdges.length]!);
	const writeEdge = (at: number) => {
		const edge = builtEdges[edgeOrder[at]!]!;
		const a = built[edge.a]!.id;
		const b = built[edge.b]!.id;
		const kind = EDGE_KINDS[edge.kind]!;
		const shares = edge.shares;
		const contributions: EdgeContribution[] = new Array(shares.length);
		const eventIds: string[] = new Array(shares.length);
		const first = edgeStart[at]!;
		for (let k = 0; k < shares.length; k++) {
			const share = shares[k]!;
			const i = share >> 2;
			const event = events[i]!;
			edgeEvents[first + k] = i;
			eventIds[k] = event.id;
			contributions[k] = {
				eventId: event.id,
				direction: DIRECTIONS[share & 3]!,
				status: event.status
			};
		}
		if (edge.relationEvents) {
			edgeEvents.set(edge.relationEvents, first + shares.length);
			for (const i of edge.relationEvents) eventIds.push(events[i]!.id);
		}
		edges[at] = {
			key: `${kind}:${a}|${b}`,
			kind,
			basis: BASES[edge.basis]!,
			a,
			b,
			contributions,
			relationIds: edge.relationIds,
			relationDirection: RELATION_DIRECTIONS[edge.relationDirection]!,
			relationUnconditional: edge.relationUnconditional,
			eventIds
		};
		return shares.length;
	};
	let sliceEdges = 0;
	sliceShares = 0;
	for (let at = 0; at < edgeOrder.length; at++) {
		sliceShares += writeEdge(at);
		if (++sliceEdges >= SLICE_EDGES || sliceShares >= SLICE_SHARES) {
			sliceEdges = 0;
			sliceShares = 0;
			yield;
		}
	}

	const mediations: Mediation[] = builtMediations.map((m) => {
		const mediator = built[m.mediator]!.id;
		const p = built[m.p]!.id;
		const q = built[m.q]!.id;
		const [a, b] = p < q ? [p, q] : [q, p];
		return {
			key: `${mediator}|${a}|${b}`,
			mediator,
			a,
			b,
			eventIds: m.events.map((i) => events[i]!.id)
		};
	});
	mediations.sort((p, q) => compare(p.key, q.key));
	return {
		graph: { nodes, edges, mediations },
		index: { nodeStart, nodeEvents, edgeStart, edgeEvents }
	};
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

/**
 * Positions 0..n-1 in the order of their keys (integers below `keyBound`). Each key and its
 * position packed in one float and sorted as numbers, without a comparator call per pair (at
 * 200,000 edges, a comparator sort was a 200 ms task); a comparator only when they cannot fit.
 */
export function orderByKey(keys: Float64Array, keyBound: number): Int32Array {
	const n = keys.length;
	const order = new Int32Array(n);
	if (keyBound * n > Number.MAX_SAFE_INTEGER) {
		for (let i = 0; i < n; i++) order[i] = i;
		return order.sort((p, q) => keys[p]! - keys[q]! || p - q);
	}
	const packed = new Float64Array(n);
	for (let i = 0; i < n; i++) packed[i] = keys[i]! * n + i;
	packed.sort();
	for (let at = 0; at < n; at++) order[at] = packed[at]! % n;
	return order;
}

function compare(p: string, q: string): number {
	return p < q ? -1 : p > q ? 1 : 0;
}
