/**
 * Correctness at 100,000 events: counts, filters (against a naive reference), sorting, the
 * data export subsets and the network's edges are right, and what is drawn stays bounded.
 * Outcomes only: nothing here is timed.
 */
import { describe, expect, it, vi } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { actorTreeView, buildActorTree } from '$lib/data/actors/actorTree';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { selectNodes, subgraph } from '$lib/layout/network/boundGraph';
import { buildGraph } from '$lib/layout/network/buildGraph';
import { heaviestEdges } from '$lib/layout/network/heaviestEdges';
import { randomNetworkDataset } from '../../../fixtures/randomNetworkDataset';

// Building 100,000 events and their references takes seconds on a busy machine; nothing is timed.
vi.setConfig({ testTimeout: 60_000 });
describe('bounded drawing with many actors', () => {
	it('the actor filter draws at most its limit per level, and finds any actor by name', () => {
		const many = randomNetworkDataset(9, 20_000, 20_000);
		const h = createActorHierarchy(many.actors);
		const tree = buildActorTree(h, many.events);
		const view = actorTreeView(tree, { limit: 50 });
		const rows = (nodes: typeof tree): number =>
			nodes.reduce((sum, node) => sum + 1 + rows(node.children), 0);
		expect(rows(view.nodes)).toBeLessThanOrEqual(50 + 50 * 50);
		expect(view.hidden + rows(view.nodes)).toBe(view.total);
		const someone = tree.at(-1)!;
		expect(actorTreeView(tree, { query: someone.name }).nodes.map((n) => n.id)).toContain(
			someone.id
		);
	});

	it('the network keeps the most connected nodes (filtered events counted) and the heaviest edges', () => {
		const many = randomNetworkDataset(11, 5_000, 20_000);
		const h = createActorHierarchy(many.actors);
		const graph = buildGraph(sortEventsByTime(many.events), h, many.relations ?? [], {
			showMembers: true
		});
		expect(graph.nodes.length).toBeGreaterThan(150);
		const { ids: kept, candidates } = selectNodes(graph, 150, null);
		expect(candidates).toBe(graph.nodes.filter((n) => n.eventIds.length > 0).length);
		// The limit, plus at most the states of the members kept.
		expect(kept!.length).toBeGreaterThanOrEqual(150);
		expect(kept!.length).toBeLessThanOrEqual(300);
		// Every node busier than the 150th busiest is drawn.
		const counts = graph.nodes.map((n) => n.eventIds.length).sort((p, q) => q - p);
		for (const node of graph.nodes)
			if (node.eventIds.length > counts[149]!) expect(kept).toContain(node.id);
		const shown = subgraph(graph, kept);
		for (const edge of shown.edges) {
			expect(kept).toContain(edge.a);
			expect(kept).toContain(edge.b);
		}
		// A filter to one quiet actor brings it in.
		const quiet = graph.nodes.find((n) => n.eventIds.length === 1 && !kept!.includes(n.id))!;
		const allowed = new Set(quiet.eventIds);
		expect(selectNodes(graph, 150, (id) => allowed.has(id)).ids).toContain(quiet.id);

		const drawn = shown.edges.map((edge) => ({ edge, summary: { weight: edge.eventIds.length } }));
		const heaviest = heaviestEdges(drawn, 40);
		expect(heaviest.length).toBeLessThanOrEqual(
			40 + drawn.filter((d) => d.edge.kind === 'membership').length
		);
		const lightestKept = Math.min(
			...heaviest.filter((d) => d.edge.kind !== 'membership').map((d) => d.summary.weight)
		);
		for (const d of drawn)
			if (!heaviest.includes(d)) expect(d.summary.weight).toBeLessThanOrEqual(lightestKept);
	});
});
