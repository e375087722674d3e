/**
 * Who brokers: betweenness centrality (graphology-metrics) on the contact graph, where a
 * contact carried through a go-between runs through it (party – mediator – party) rather than
 * straight between the parties, and degree (how many actors one is in contact with). Loaded
 * on demand: graphology stays out of the page's first scripts.
 */
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { Graph } from './buildGraph';
import type { EdgeKind } from './contactKinds';

/**
 * Kinds that put two actors in contact; statements aimed at one another and military
 * pressure are not a channel between them (and membership is not a contact).
 */
const CONTACT: ReadonlySet<EdgeKind> = new Set([
	'meeting',
	'consultation',
	'visit',
	'mediation',
	'other',
	'hosting'
]);

/**
 * The pairs in direct contact, with their events not made through a go-between (at least 1
 * for a standing relation): every pair with an edge, except contacts made only through a
 * go-between.
 */
export function contactPairs(graph: Graph): [string, string, number][] {
	const mediated = new Map<string, Set<string>>();
	for (const m of graph.mediations) {
		const key = `${m.a}|${m.b}`;
		let ids = mediated.get(key);
		if (!ids) mediated.set(key, (ids = new Set()));
		for (const id of m.eventIds) ids.add(id);
	}
	const pairs = new Map<string, [string, string, number]>();
	// Places are not go-betweens: a venue's hosting links are left out (its actors' meeting
	// there is a contact of its own).
	const venue = new Set(graph.nodes.filter((node) => node.kind === 'venue').map((node) => node.id));
	for (const edge of graph.edges) {
		if (!CONTACT.has(edge.kind) || venue.has(edge.a) || venue.has(edge.b)) continue;
		const key = `${edge.a}|${edge.b}`;
		const through = mediated.get(key);
		let events = 0;
		for (const c of edge.contributions) if (!through?.has(c.eventId)) events++;
		if (events === 0 && edge.relationIds.length > 0) events = 1;
		if (events === 0) continue;
		const pair = pairs.get(key);
		if (pair) pair[2] += events;
		else pairs.set(key, [edge.a, edge.b, events]);
	}
	return [...pairs.values()];
}

/**
 * Betweenness of every node of the graph (normalised: the share of shortest paths between
 * other pairs that run through it, 0–1), on its contact pairs, a pair as near as it is busy
 * (length 1 / its events): the channel most of the contacts go through is the short way.
 */
export function computeBrokerage(graph: Graph): Map<string, number> {
	const g = new UndirectedGraph();
	for (const node of graph.nodes) g.addNode(node.id);
	for (const [a, b, events] of contactPairs(graph)) g.mergeEdge(a, b, { length: 1 / events });
	const scores = betweennessCentrality(g, { normalized: true, getEdgeWeight: 'length' });
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
