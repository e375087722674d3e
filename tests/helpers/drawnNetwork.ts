import { createActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';
import type { Dataset } from '../../src/lib/data/schema';
import type { DrawnNetwork } from '../../src/lib/formats/gexf/networkGexf';
import { buildGraph } from '../../src/lib/layout/network/buildGraph';
import { summarizeEdge } from '../../src/lib/layout/network/summarizeEdge';

/** Every node drawn at a made-up place, every edge drawn: what the chart would hand over. */
export function drawnAll(dataset: Dataset) {
	const hierarchy = createActorHierarchy(dataset.actors);
	const graph = buildGraph(dataset.events, hierarchy, dataset.relations ?? []);
	const visible = new Set(dataset.events.map((e) => e.id));
	const drawn: DrawnNetwork = {
		nodes: graph.nodes.map((node, i) => ({
			id: node.id,
			x: 10 * i,
			y: 5 * i,
			r: 6 + i,
			color: '#1f77b4'
		})),
		edges: graph.edges.flatMap((edge) => {
			const summary = summarizeEdge(edge, visible);
			return summary ? [{ key: edge.key, weight: summary.weight, status: summary.status }] : [];
		})
	};
	return { graph, drawn };
}
