import { createActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';
import type { Dataset } from '../../src/lib/data/schema';
import { buildGraph } from '../../src/lib/layout/network/buildGraph';
import { drawnEdges } from '../../src/lib/layout/network/pairEdges';
import { computeVisibleGraph } from './oracles/computeVisibleGraph';

export function visibleLines(dataset: Dataset, split: boolean) {
	const graph = buildGraph(dataset.events, createActorHierarchy(dataset.actors), dataset.relations);
	const visible = computeVisibleGraph(graph, new Set(dataset.events.map((e) => e.id)));
	const items = graph.edges.flatMap((edge) => {
		const summary = visible.edges.get(edge.key);
		return summary ? [{ edge, summary }] : [];
	});
	return { graph, items, lines: drawnEdges(items, split) };
}
