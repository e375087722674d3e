/**
 * A new dataset's network laid out by the loader worker while the page draws the timeline: the
 * graph, the actors drawn and the force layout the network's model would make, with every label
 * width it was measured with. The page takes it only where its own measure gives the same widths,
 * so the layout is the one it would have made itself.
 */
import { createActorHierarchy } from '../../data/actors/actorHierarchy';
import type { Actor, DiplomaticEvent, Relation } from '../../data/schema';
import { selectNodes, subgraph } from './boundGraph';
import { GraphBuilder } from './graphBuilder';
import { layoutNodes } from './layoutNetwork';
import type { Graph } from './graphTypes';
import type { NodeLayout } from './layoutTypes';

/**
 * Datasets of more events are not laid out ahead: their graph takes the worker seconds to build
 * while the page prepares the timeline on the other core (a busy worker slows the page on a
 * two-core machine), for a layout that is a small part of the page's own work on them.
 */
export const LAY_OUT_AHEAD_MAX_EVENTS = 50_000;

/** What the network in the page lays a new dataset out with (always by forces). */
export interface NetworkLayoutRequest {
	width: number;
	height: number;
	showMembers: boolean;
	/** The labels' CSS font ("12px Arial, sans-serif"). */
	font: string;
	fontSize: number;
	/** Actors drawn at most: the busiest. */
	nodeLimit: number;
}

export interface NetworkLayoutAhead {
	request: NetworkLayoutRequest;
	/** The actors drawn, as the model keys them: null for all of them. */
	selectionKey: string | null;
	/** The graph laid out, in counts: told apart from another of the same actors. */
	graphSize: string;
	layout: NodeLayout;
	/** Every text measured, with its width. */
	widths: [string, number][];
}

/** A label's width from the font's: whole pixels and a pixel of room each side. */
export function labelMeasure(textWidth: (text: string) => number): (text: string) => number {
	return (text) => Math.ceil(textWidth(text)) + 2;
}

/** The actors drawn as one string (an unchanged choice keeps its layout); null for all. */
export function selectionKeyOf(ids: readonly string[] | null): string | null {
	return ids?.join('\n') ?? null;
}

/** Nodes, edges and mediations of a graph, counted. */
function graphSizeOf(graph: Graph): string {
	return `${graph.nodes.length} ${graph.edges.length} ${graph.mediations.length}`;
}

/**
 * The layout of `events` (in time order, as the page holds them) with nothing filtered, as the
 * network's model would make it with `measure` (see `labelMeasure`).
 */
export function layOutAhead(
	dataset: { events: readonly DiplomaticEvent[]; actors: readonly Actor[]; relations?: Relation[] },
	request: NetworkLayoutRequest,
	measure: (text: string) => number
): NetworkLayoutAhead {
	const hierarchy = createActorHierarchy(dataset.actors);
	const { graph } = new GraphBuilder(dataset.events, hierarchy, dataset.relations ?? [], {
		showMembers: request.showMembers
	}).result();
	const { ids } = selectNodes(graph, request.nodeLimit, null);
	const drawn = subgraph(graph, ids);
	const widths = new Map<string, number>();
	const layout = layoutNodes(drawn, {
		width: request.width,
		height: request.height,
		mode: 'force',
		fontSize: request.fontSize,
		measureText: (text) => {
			let width = widths.get(text);
			if (width === undefined) widths.set(text, (width = measure(text)));
			return width;
		}
	});
	return {
		request,
		selectionKey: selectionKeyOf(ids),
		graphSize: graphSizeOf(drawn),
		layout,
		widths: [...widths]
	};
}

/**
 * Whether a layout made ahead is the one the page would make: asked for the same size, members
 * and font, of the same actors and as many edges, and every text as wide by the page's `measure`.
 */
export function takesLayoutAhead(
	made: NetworkLayoutAhead,
	wanted: { request: NetworkLayoutRequest; selectionKey: string | null; graph: Graph },
	measure: (text: string) => number
): boolean {
	const [a, b] = [made.request, wanted.request];
	return (
		a.width === b.width &&
		a.height === b.height &&
		a.showMembers === b.showMembers &&
		a.font === b.font &&
		a.fontSize === b.fontSize &&
		a.nodeLimit === b.nodeLimit &&
		made.selectionKey === wanted.selectionKey &&
		made.graphSize === graphSizeOf(wanted.graph) &&
		made.widths.every(([text, width]) => measure(text) === width)
	);
}
