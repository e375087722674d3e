/**
 * The part of a graph a set of visible events draws: each edge summarised (weight by status,
 * direction, standing relation), the nodes in view, and index arrays that make the same
 * summary quick on every change of the time window.
 */
import type { DiplomaticEvent, EventStatus } from '../../data/schema';
import type { EdgeContribution, Graph, GraphEdge } from './buildGraph';
import { EDGE_STATUS_OF, type EdgeStatus } from './contactKinds';

/** A summary of an edge for a set of visible events: what is drawn. */
export interface EdgeSummary {
	source: string;
	target: string;
	direction: 'forward' | 'both' | 'none';
	/** The status it is mostly drawn with: happened when anything did, else expected, else called off. */
	status: EdgeStatus;
	eventIds: string[];
	/** Every visible contribution (at least 1): what ranks edges when only the heaviest are drawn. */
	weight: number;
	/**
	 * Visible contributions by how they stand: only `happened` (occurred, reported, claimed)
	 * makes the solid width; `expected` (planned, tentative) and `called-off` (postponed,
	 * cancelled) are drawn apart, dashed and dotted.
	 */
	counts: Record<EdgeStatus, number>;
	/** Visible contributions by their own status, for words ("3 held, 1 postponed"). */
	statuses: Partial<Record<EventStatus, number>>;
	/** A standing relation from the dataset backs the edge. */
	standing: boolean;
}

const STATUS_RANK: Record<EdgeStatus, number> = { happened: 0, expected: 1, 'called-off': 2 };

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
					counts: { happened: 1, expected: 0, 'called-off': 0 },
					statuses: {},
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
	const counts: Record<EdgeStatus, number> = { happened: 0, expected: 0, 'called-off': 0 };
	const statuses: Partial<Record<EventStatus, number>> = {};
	for (const c of visible) {
		counts[EDGE_STATUS_OF[c.status]]++;
		statuses[c.status] = (statuses[c.status] ?? 0) + 1;
	}
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
		counts,
		statuses,
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

/**
 * Where each event id of a graph sits in a list of events (the one it was built from): lets
 * `computeVisibleGraphAt` tell visibility from a mask over that list, by index, with no string
 * lookups, on every change of the time window. Built once per graph (by the graph builder on
 * the way, or by `indexGraph`), as flat lists: a few typed arrays, not a few per edge.
 */
export interface GraphIndex {
	/** Node n (graph order)'s event positions: nodeEvents[nodeStart[n] .. nodeStart[n + 1]); -1 for an id not in the list. */
	nodeStart: Int32Array;
	nodeEvents: Int32Array;
	/**
	 * Edge e (graph order)'s event positions, its event ids' (whose first ones are its
	 * contributions', in order): edgeEvents[edgeStart[e] .. edgeStart[e + 1]).
	 */
	edgeStart: Int32Array;
	edgeEvents: Int32Array;
}

/** Each event's position in a list, by id: built once per list, shared by its graphs' indexes. */
export function positionsById(events: readonly DiplomaticEvent[]): Map<string, number> {
	const position = new Map<string, number>();
	for (let i = 0; i < events.length; i++) position.set(events[i]!.id, i);
	return position;
}

/** The index of a graph over a list of events, given their positions (`positionsById`). */
export function indexGraph(graph: Graph, position: ReadonlyMap<string, number>): GraphIndex {
	const flatten = (lists: readonly (readonly string[])[]) => {
		const start = new Int32Array(lists.length + 1);
		for (let k = 0; k < lists.length; k++) start[k + 1] = start[k]! + lists[k]!.length;
		const at = new Int32Array(start[lists.length]!);
		let j = 0;
		for (const ids of lists) for (const id of ids) at[j++] = position.get(id) ?? -1;
		return [start, at] as const;
	};
	const [nodeStart, nodeEvents] = flatten(graph.nodes.map((node) => node.eventIds));
	const [edgeStart, edgeEvents] = flatten(graph.edges.map((edge) => edge.eventIds));
	return { nodeStart, nodeEvents, edgeStart, edgeEvents };
}

/**
 * The index of a part of a graph (`subgraph`: some of its nodes and edges, the same objects in
 * the same order) from the whole graph's index: the same as `indexGraph` of the part.
 */
export function indexSubgraph(whole: Graph, index: GraphIndex, part: Graph): GraphIndex {
	if (part === whole) return index;
	const pick = <T>(all: readonly T[], some: readonly T[], start: Int32Array, at: Int32Array) => {
		const from = new Int32Array(some.length);
		let j = 0;
		for (let k = 0; k < some.length; k++) {
			while (j < all.length && all[j] !== some[k]) j++;
			// Not a part in the same order: found by a lookup instead.
			from[k] = j < all.length ? j++ : all.indexOf(some[k]!);
		}
		const partStart = new Int32Array(some.length + 1);
		for (let k = 0; k < some.length; k++)
			partStart[k + 1] = partStart[k]! + start[from[k]! + 1]! - start[from[k]!]!;
		const partAt = new Int32Array(partStart[some.length]!);
		for (let k = 0; k < some.length; k++)
			partAt.set(at.subarray(start[from[k]!]!, start[from[k]! + 1]!), partStart[k]!);
		return [partStart, partAt] as const;
	};
	const [nodeStart, nodeEvents] = pick(whole.nodes, part.nodes, index.nodeStart, index.nodeEvents);
	const [edgeStart, edgeEvents] = pick(whole.edges, part.edges, index.edgeStart, index.edgeEvents);
	return { nodeStart, nodeEvents, edgeStart, edgeEvents };
}

/**
 * The part of `graph` the visible events draw, told by a mask over the list the index was
 * built from (1 = visible): no set of ids, no string lookups.
 */
export function computeVisibleGraphAt(
	graph: Graph,
	index: GraphIndex,
	visible: Uint8Array
): VisibleGraph {
	const { nodeStart, nodeEvents, edgeStart, edgeEvents } = index;
	const shown = (i: number) => i >= 0 && visible[i] === 1;
	return computeVisibleGraphBy(graph, {
		// The hot loop (every event of every node): tight, over the typed array.
		nodeEvents: (n) => {
			const all = graph.nodes[n]!.eventIds;
			const from = nodeStart[n]!;
			const to = nodeStart[n + 1]!;
			let ids: string[] | null = null;
			for (let j = from; j < to; j++) {
				const i = nodeEvents[j]!;
				if (i >= 0 && visible[i] === 1) (ids ??= []).push(all[j - from]!);
			}
			return ids;
		},
		// An edge's contributions are its first event ids.
		contribution: (e, k) => shown(edgeEvents[edgeStart[e]! + k]!),
		edgeEvent: (e, k) => shown(edgeEvents[edgeStart[e]! + k]!)
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
