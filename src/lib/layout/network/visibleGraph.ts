/**
 * The part of a graph a set of visible events draws: the nodes in view and each edge summarised
 * (`summarizeEdge`), told by a mask over the events through the graph's index (`graphIndex`).
 */
import type { Graph } from './graphTypes';
import type { GraphIndex } from './graphIndex';
import { summarizeEdgeBy, type EdgeSummary } from './summarizeEdge';
import { runToEnd, type Steps } from '../../data/steps';

/** The part of a graph the visible events draw: active nodes and summarised edges. */
export interface VisibleGraph {
	/** Visible events of each active node. */
	nodes: Map<string, string[]>;
	edges: Map<string, EdgeSummary>;
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
	return runToEnd(visibleGraphSteps(graph, index, visible));
}

/** `computeVisibleGraphAt` in steps: yields after about `stepWork` event visits. */
export function visibleGraphSteps(
	graph: Graph,
	index: GraphIndex,
	visible: Uint8Array,
	stepWork = STEP_WORK
): Steps<VisibleGraph> {
	const { nodeStart, nodeEvents, edgeStart, edgeEvents } = index;
	const shown = (i: number) => i >= 0 && visible[i] === 1;
	return computeVisibleGraphBy(graph, stepWork, {
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

/** Event visits (a node's or an edge's events looked at) between two steps: about 30 ms. */
export const STEP_WORK = 100_000;

function* computeVisibleGraphBy(
	graph: Graph,
	stepWork: number,
	is: Visibility
): Steps<VisibleGraph> {
	const nodes = new Map<string, string[]>();
	let work = 0;
	for (let n = 0; n < graph.nodes.length; n++) {
		const ids = is.nodeEvents(n);
		if (ids) nodes.set(graph.nodes[n]!.id, ids);
		work += graph.nodes[n]!.eventIds.length;
		if (work >= stepWork) {
			work = 0;
			yield;
		}
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
		const edge = graph.edges[e]!;
		if (edge.basis === 'membership') continue;
		const summary = summarize(e);
		if (summary) edges.set(edge.key, summary);
		work += edge.contributions.length + edge.eventIds.length;
		if (work >= stepWork) {
			work = 0;
			yield;
		}
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
