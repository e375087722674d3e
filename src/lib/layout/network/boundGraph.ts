/**
 * A bounded part of a graph for drawing: with more nodes than can be read (thousands of
 * actors), the `limit` most connected, counting only the events a filter lets through, so a
 * filter reaches any actor. Below the limit the graph is drawn whole, unchanged.
 */
import type { Graph, GraphNode } from './graphTypes';

/**
 * Ids of the nodes to draw, sorted, or null for "all of them". `eventAllowed` says which
 * events count (null: every event); nodes with no such event are left out once the graph is
 * over the limit. A member's state is kept with it (beyond the limit), so people never hang
 * from nothing.
 */
export function selectNodes(
	graph: Graph,
	limit: number,
	eventAllowed: ((id: string) => boolean) | null
): { ids: string[] | null; candidates: number } {
	if (graph.nodes.length <= limit) return { ids: null, candidates: graph.nodes.length };
	const scored: { node: GraphNode; score: number }[] = [];
	for (const node of graph.nodes) {
		let score = node.eventIds.length;
		if (eventAllowed) {
			score = 0;
			for (const id of node.eventIds) if (eventAllowed(id)) score++;
		}
		if (score > 0) scored.push({ node, score });
	}
	scored.sort((p, q) => q.score - p.score || (p.node.id < q.node.id ? -1 : 1));
	// The `limit` busiest, and (beyond the limit) the states their members hang from.
	const kept = new Set<string>();
	for (const { node } of scored.slice(0, limit)) {
		kept.add(node.id);
		if (node.parentId) kept.add(node.parentId);
	}
	return { ids: [...kept].sort(), candidates: scored.length };
}

/** The graph with only the given nodes and the edges between them (same objects, same order). */
export function subgraph(graph: Graph, ids: readonly string[] | null): Graph {
	if (ids === null) return graph;
	const keep = new Set(ids);
	return {
		nodes: graph.nodes.filter((node) => keep.has(node.id)),
		edges: graph.edges.filter((edge) => keep.has(edge.a) && keep.has(edge.b)),
		mediations: graph.mediations.filter(
			(m) => keep.has(m.mediator) && keep.has(m.a) && keep.has(m.b)
		)
	};
}
