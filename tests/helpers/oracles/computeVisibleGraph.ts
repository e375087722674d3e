/**
 * The part of a graph a set of visible event ids draws, the straightforward way: each edge
 * summarised by id (`summarizeEdge`), then the nodes in view. The app computes it from a mask
 * over an index (`computeVisibleGraphAt`); kept as the oracle that is checked against.
 */
import type { Graph } from '../../../src/lib/layout/network/graphTypes';
import { summarizeEdge, type EdgeSummary } from '../../../src/lib/layout/network/summarizeEdge';
import { type VisibleGraph } from '../../../src/lib/layout/network/visibleGraph';

export function computeVisibleGraph(
	graph: Graph,
	visibleEventIds: ReadonlySet<string>
): VisibleGraph {
	const nodes = new Map<string, string[]>();
	for (const node of graph.nodes) {
		const ids = node.eventIds.filter((id) => visibleEventIds.has(id));
		if (ids.length > 0) nodes.set(node.id, ids);
	}
	const edges = new Map<string, EdgeSummary>();
	const summarize = (membership: boolean) => {
		for (const edge of graph.edges) {
			if ((edge.basis === 'membership') !== membership) continue;
			const summary = summarizeEdge(edge, visibleEventIds, nodes.has(edge.a) && nodes.has(edge.b));
			if (summary) edges.set(edge.key, summary);
		}
	};
	summarize(false);
	// A relation may bring in a node with no visible events of its own.
	for (const summary of edges.values()) {
		if (!nodes.has(summary.source)) nodes.set(summary.source, []);
		if (!nodes.has(summary.target)) nodes.set(summary.target, []);
	}
	// A state is in view when one of its members is; membership lines come last.
	for (const node of graph.nodes) {
		if (node.parentId && nodes.has(node.id) && !nodes.has(node.parentId))
			nodes.set(node.parentId, []);
	}
	summarize(true);
	return { nodes, edges };
}
