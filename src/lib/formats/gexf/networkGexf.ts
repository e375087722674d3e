/**
 * The network as drawn, as a GEXF graph: which nodes and edges the chart shows and where comes
 * from the chart itself (`DrawnNetwork`, read from its SVG by the export button); what they are
 * (kind, coordinates, events and their dates, direction) comes from the same pure graph
 * functions the chart uses, so nothing is recomputed differently.
 */
import { eventSpan } from '$lib/data/time/eventSpan';
import type { DiplomaticEvent } from '$lib/data/schema';
import type { Graph } from '$lib/layout/network/graphTypes';
import { summarizeEdge } from '$lib/layout/network/summarizeEdge';
import type { GexfEdge, GexfGraph, GexfNode } from './writeGexf';

/** What the chart draws: positions, radii and fills of nodes; drawn edges with their key. */
export interface DrawnNetwork {
	nodes: { id: string; x: number; y: number; r: number; color?: string }[];
	edges: { key: string; weight: number; status: string }[];
}

export function networkGexf(
	drawn: DrawnNetwork,
	graph: Graph,
	visibleEvents: readonly DiplomaticEvent[],
	meta: { title: string; description?: string; today: string }
): GexfGraph {
	const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
	const edgeByKey = new Map(graph.edges.map((edge) => [edge.key, edge]));
	const eventById = new Map(visibleEvents.map((event) => [event.id, event]));
	const visibleIds = new Set(eventById.keys());
	const nodes: GexfNode[] = [];
	for (const place of drawn.nodes) {
		const node = nodeById.get(place.id);
		if (!node) continue;
		nodes.push({
			id: node.id,
			label: node.name,
			kind: node.kind,
			...(node.coordinates ? { lat: node.coordinates.lat, lon: node.coordinates.lon } : {}),
			x: place.x,
			y: place.y,
			size: place.r,
			...(place.color ? { color: place.color } : {})
		});
	}
	const drawnIds = new Set(nodes.map((node) => node.id));
	const edges: GexfEdge[] = [];
	for (const line of drawn.edges) {
		const edge = edgeByKey.get(line.key);
		if (!edge || !drawnIds.has(edge.a) || !drawnIds.has(edge.b)) continue;
		const summary = summarizeEdge(edge, visibleIds);
		const windows = edge.eventIds
			.map((id) => eventById.get(id))
			.filter((event): event is DiplomaticEvent => event !== undefined)
			.map((event) => {
				const span = eventSpan(event.date);
				return { start: span.first, end: span.last };
			});
		edges.push({
			id: edge.key,
			source: summary?.source ?? edge.a,
			target: summary?.target ?? edge.b,
			kind: edge.kind,
			weight: line.weight,
			status: line.status,
			direction: summary?.direction === 'forward' ? 'directed' : 'undirected',
			windows
		});
	}
	return {
		title: meta.title,
		description: meta.description,
		lastModified: meta.today,
		nodes,
		edges
	};
}
