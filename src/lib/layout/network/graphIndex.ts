/** Where a graph's event ids sit in the list of events it was built from, as flat typed arrays. */
import type { DiplomaticEvent } from '../../data/schema';
import type { Graph } from './graphTypes';

/**
 * Each node's and edge's event positions in the list the graph was built from, so that
 * `computeVisibleGraphAt` reads a mask by index on every window change, with no string lookups.
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
