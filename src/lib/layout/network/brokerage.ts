/**
 * Who brokers: betweenness centrality (on graphology's shortest paths) on the contact graph,
 * where a contact carried through a go-between runs through it (party – mediator – party)
 * rather than straight between the parties, and degree (how many actors one is in contact
 * with). Loaded on demand: graphology stays out of the page's first scripts.
 */
import { UndirectedGraph } from 'graphology';
import { createDijkstraIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';
import type { Graph } from './graphTypes';
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
 * Betweenness of every node, 0–1, on its contact pairs (length 1 / events: the busy channel is
 * the short way). A pair a go-between carried contacts between counts once more per such event,
 * so standing between parties that deal only through one counts as often as they did (Brandes'
 * accumulation, weighted, on graphology's shortest paths); with no mediations, graphology-metrics'
 * normalised betweenness.
 */
export function computeBrokerage(graph: Graph): Map<string, number> {
	const g = new UndirectedGraph();
	for (const node of graph.nodes) g.addNode(node.id);
	for (const [a, b, events] of contactPairs(graph)) g.mergeEdge(a, b, { length: 1 / events });
	const n = graph.nodes.length;
	// graphology indexes nodes in the order they were added: the graph's.
	const at = new Map(graph.nodes.map((node, i) => [node.id, i]));
	const pairWeight = new Float64Array(n * n).fill(1);
	for (let i = 0; i < n; i++) pairWeight[i * n + i] = 0;
	const carried = new Map<number, Set<string>>();
	for (const m of graph.mediations) {
		const key = at.get(m.a)! * n + at.get(m.b)!;
		let ids = carried.get(key);
		if (!ids) carried.set(key, (ids = new Set()));
		for (const id of m.eventIds) ids.add(id);
	}
	for (const [key, ids] of carried) {
		const a = Math.floor(key / n);
		const b = key % n;
		pairWeight[a * n + b] = pairWeight[b * n + a] = 1 + ids.size;
	}
	const brandes = createDijkstraIndexedBrandes(g, 'length');
	const delta = new Float64Array(n);
	const through = new Float64Array(n);
	for (let s = 0; s < n; s++) {
		const [stack, predecessors, sigma] = brandes(s);
		delta.fill(0);
		while (stack.size !== 0) {
			const w = stack.pop()!;
			const share = (pairWeight[s * n + w]! + delta[w]!) / sigma[w]!;
			for (const v of predecessors[w]!) delta[v]! += sigma[v]! * share;
			if (w !== s) through[w]! += delta[w]!;
		}
	}
	// Each score as a share of the weight of the ordered pairs it could stand between.
	let total = 0;
	const row = new Float64Array(n);
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) {
			total += pairWeight[i * n + j]!;
			row[i]! += pairWeight[i * n + j]!;
		}
	return new Map(
		graph.nodes.map((node, v) => {
			const possible = total - 2 * row[v]!;
			return [node.id, possible > 0 ? through[v]! / possible : 0];
		})
	);
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
