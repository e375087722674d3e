/**
 * Where every node and label of a graph goes in a box: forces or a map, nodes kept apart, labels
 * placed away from lines. Deterministic, so a filter only shows and hides and an export matches.
 */
import type { Graph, GraphNode } from './graphTypes';
import { layoutForceSteps } from './forceLayout';
import { nthHeaviest } from './heaviestEdges';
import { layoutGeo, STRIP_TITLE_HEIGHT, STRIP_TITLE_WIDTH } from './geoLayout';
import {
	MAX_RADIUS,
	MIN_RADIUS,
	NODE_GAP,
	PADDING,
	type Bounds,
	type LayoutMode,
	type NodeLayout
} from './layoutTypes';
import { placeNodeLabels, shortenLabel, type Box, type LabelObstacleLine } from './placeNodeLabels';
import { estimateTextWidth } from '../text/estimateTextWidth';
import { runToEnd, type Steps } from '../../data/steps';

export interface LayoutOptions {
	width: number;
	height: number;
	mode: LayoutMode;
	/** Width in px of a label's text; a character-count estimate when not given. */
	measureText?: (text: string) => number;
	/** Label font size in px. */
	fontSize?: number;
	/** What sizes a node (its events, brokerage, degree …); its number of events when not given. */
	sizeBy?: ReadonlyMap<string, number>;
}

/** Lines labels keep clear of, at most: the heaviest pairs (the ones drawn). */
const LABEL_OBSTACLES = 150;

/**
 * Node radius by a score (its events unless told): area grows with the score, relative to the
 * highest, from MIN_RADIUS for nothing to MAX_RADIUS.
 */
export function nodeRadii(
	nodes: readonly GraphNode[],
	scores?: ReadonlyMap<string, number>
): Map<string, number> {
	const score = (node: GraphNode) =>
		Math.max(0, scores?.get(node.id) ?? (scores ? 0 : node.eventIds.length));
	const most = nodes.reduce((max, node) => Math.max(max, score(node)), 0) || 1;
	return new Map(
		nodes.map((node) => [
			node.id,
			MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(score(node) / most)
		])
	);
}

/** Pairs of the graph, heaviest first, at most `limit`: the lines labels keep clear of. */
function heaviestPairs(graph: Graph, limit: number): LabelObstacleLine[] {
	// Pairs told apart by their nodes' positions (a number), not a string per edge.
	const at = new Map(graph.nodes.map((node, i) => [node.id, i]));
	const n = graph.nodes.length;
	const weight = new Map<number, { a: string; b: string; w: number }>();
	for (const edge of graph.edges) {
		const key = at.get(edge.a)! * n + at.get(edge.b)!;
		let pair = weight.get(key);
		if (!pair) weight.set(key, (pair = { a: edge.a, b: edge.b, w: 0 }));
		pair.w += Math.max(1, edge.eventIds.length);
	}
	const pairs = [...weight.values()];
	if (pairs.length <= limit) return pairs;
	// The heaviest (equals in order) picked apart from thousands, then only they are sorted.
	const { threshold, above } = nthHeaviest(
		pairs.map((pair) => pair.w),
		limit
	);
	let atThreshold = limit - above;
	return pairs
		.filter((pair) => pair.w > threshold || (pair.w === threshold && atThreshold-- > 0))
		.sort((p, q) => q.w - p.w);
}

/**
 * The nodes' and labels' places, without the edges' geometry: a view that draws only some of
 * thousands of edges computes the geometry of those (`computeEdgeGeometry` with the graph's
 * `parallelOffsets`).
 */
export function layoutNodes(graph: Graph, options: LayoutOptions): NodeLayout {
	return runToEnd(layoutNodesSteps(graph, options));
}

/**
 * `layoutNodes` in steps, for a caller that spreads it over tasks: a few ticks of the forces
 * at a time, then the nodes kept apart, then the labels placed, each a step of its own.
 */
export function* layoutNodesSteps(graph: Graph, options: LayoutOptions): Steps<NodeLayout> {
	const { width, height, mode } = options;
	const fontSize = options.fontSize ?? 12;
	const measure =
		options.measureText ?? ((text: string) => estimateTextWidth(text, fontSize, 'glyphs'));
	const radii = nodeRadii(graph.nodes, options.sizeBy);
	const maxLabelWidth = Math.max(80, Math.min(170, width * 0.3));
	const texts = new Map(
		graph.nodes.map((node) => [node.id, shortenLabel(node.label, maxLabelWidth, measure)])
	);
	const labelWidths = new Map(graph.nodes.map((node) => [node.id, measure(texts.get(node.id)!)]));
	const bounds: Bounds = { x0: PADDING, y0: PADDING, x1: width - PADDING, y1: height - PADDING };

	let projection: NodeLayout['projection'];
	let placed;
	/** The strip's title, under the map: no label over it. */
	const reserved: Box[] = [];
	if (mode === 'geo') {
		const geo = layoutGeo(graph, radii, bounds);
		placed = geo.nodes;
		projection = geo.fit;
		if (geo.strip) {
			reserved.push({
				x: 0,
				y: geo.strip.y0,
				width: geo.strip.x0 + STRIP_TITLE_WIDTH - NODE_GAP,
				height: STRIP_TITLE_HEIGHT
			});
		}
	} else {
		placed = yield* layoutForceSteps(graph, radii, labelWidths, bounds);
	}
	yield;
	const priority = new Map(
		graph.nodes.map((node) => [node.id, options.sizeBy?.get(node.id) ?? node.eventIds.length])
	);
	const labels = placeNodeLabels(
		placed,
		labelWidths,
		fontSize,
		{ width, height },
		priority,
		heaviestPairs(graph, LABEL_OBSTACLES),
		reserved
	).map((label) => ({ ...label, text: texts.get(label.id)! }));
	return { width, height, nodes: placed, labels, ...(projection ? { projection } : {}) };
}
