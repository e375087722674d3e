/**
 * Who brokers: betweenness centrality (graphology-metrics) on the contact graph, where a
 * contact carried through a go-between runs through it (party – mediator – party) rather than
 * straight between the parties, and degree (how many actors one is in contact with). Loaded
 * on demand: graphology stays out of the page's first scripts.
 */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { Graph } from './buildGraph';

/** The pairs in direct contact: every pair with an edge, except contacts made only through a go-between. */
export function contactPairs(graph: Graph): [string, string][] {
	const mediated = new Map<string, Set<string>>();
	for (const m of graph.mediations) {
		const key = `${m.a}|${m.b}`;
		let ids = mediated.get(key);
		if (!ids) mediated.set(key, (ids = new Set()));
		for (const id of m.eventIds) ids.add(id);
	}
	const pairs = new Map<string, [string, string]>();
	for (const edge of graph.edges) {
		if (edge.basis === 'membership') continue;
		const key = `${edge.a}|${edge.b}`;
		if (pairs.has(key)) continue;
		const through = mediated.get(key);
		const direct =
			edge.relationIds.length > 0 || edge.contributions.some((c) => !through?.has(c.eventId));
		if (direct) pairs.set(key, [edge.a, edge.b]);
	}
	return [...pairs.values()];
}

/**
 * Betweenness of every node of the graph (normalised: the share of shortest paths between
 * other pairs that run through it, 0–1), on its contact pairs.
 */
export function computeBrokerage(graph: Graph): Map<string, number> {
	const g = new UndirectedGraph();
	for (const node of graph.nodes) g.addNode(node.id);
	for (const [a, b] of contactPairs(graph)) g.mergeEdge(a, b);
	const scores = betweennessCentrality(g, { normalized: true });
	return new Map(graph.nodes.map((node) => [node.id, scores[node.id] ?? 0]));
}

/** How many actors each node is in direct contact with (`contactPairs`). */
export function computeDegree(graph: Graph): Map<string, number> {
	const degree = new Map(graph.nodes.map((node) => [node.id, 0]));
	for (const [a, b] of contactPairs(graph)) {
		degree.set(a, degree.get(a)! + 1);
		degree.set(b, degree.get(b)! + 1);
	}
	return degree;
}

/** The `count` highest scores above zero, highest first (ties by id). */
export function topScores(
	scores: ReadonlyMap<string, number>,
	count: number
): { id: string; score: number }[] {
	return [...scores]
		.filter(([, score]) => score > 0)
		.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1))
		.slice(0, count)
		.map(([id, score]) => ({ id, score }));
}
