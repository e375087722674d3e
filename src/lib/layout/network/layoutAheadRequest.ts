/**
 * What the network in the page asks the loader's worker to lay a new dataset out with, what the
 * worker gives back (see `layoutAhead`), and whether the page takes it: only where it is the
 * layout the page would have made itself. Light (no layout code), for the page's first load.
 */
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
export function graphSizeOf(graph: Graph): string {
	return `${graph.nodes.length} ${graph.edges.length} ${graph.mediations.length}`;
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
