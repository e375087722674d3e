/**
 * Where every node, label and edge of a graph goes in a box of a given size: a force layout
 * or a geographic one. Pure and deterministic: the same graph and size always give the same
 * picture, so a filter only shows and hides, and an export matches the screen.
 */
import { placeEdgeGlyph } from './edgeGlyphs';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { Graph, GraphEdge, GraphNode } from './buildGraph';
import { projectMercator } from './projectMercator';
import { settleForce } from './settleForce';

export type LayoutMode = 'force' | 'geo';

export interface LayoutOptions {
	width: number;
	height: number;
	mode: LayoutMode;
	/** Width in px of a label's text; a character-count estimate when not given. */
	measureText?: (text: string) => number;
	/** Label font size in px. */
	fontSize?: number;
}

export interface NodePlacement {
	id: string;
	x: number;
	y: number;
	r: number;
	/** Geographic layout: whether the node sits at its own coordinates (not inferred). */
	located: boolean;
}

export interface LabelPlacement {
	id: string;
	/** The label as drawn: shortened with an ellipsis when too long. */
	text: string;
	/** Box of the label's text, top-left corner. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** Text anchor point and alignment for SVG <text>. */
	textX: number;
	textY: number;
	anchor: 'start' | 'middle' | 'end';
	/** False when no free place was found: the label shows only on hover or focus. */
	placed: boolean;
}

export interface EdgeGeometry {
	key: string;
	/** SVG path from a to b (a < b), trimmed to the node rims. */
	path: string;
	/** The same curve from b to a. */
	reversePath: string;
	/** Midpoint of the curve, for hit targets and tooltips. */
	mid: { x: number; y: number };
	/** Where the kind's glyph goes (the midpoint), or null when the line is too short for it. */
	glyphAt: { x: number; y: number } | null;
}

export interface NetworkLayout {
	width: number;
	height: number;
	nodes: NodePlacement[];
	labels: LabelPlacement[];
	edges: EdgeGeometry[];
}

/** A layout's nodes and labels: its edges' geometry follows from them (`computeEdgeGeometry`). */
export type NodeLayout = Omit<NetworkLayout, 'edges'>;

export const MIN_RADIUS = 6;
export const MAX_RADIUS = 17;
/** Empty space kept between two nodes. */
export const NODE_GAP = 4;
const PADDING = 12;
const LABEL_GAP = 3;
/** Room between parallel edges of one pair. */
const PARALLEL_SPACING = 9;

/** Average glyph width of the system sans-serif as a fraction of the font size (a little generous). */
export function estimateTextWidth(text: string, fontSize = 12): number {
	let units = 0;
	for (const ch of text) {
		if (/[ilj.,'’:;|!]/.test(ch)) units += 0.3;
		else if (/[mwMW@]/.test(ch)) units += 0.9;
		else if (/[A-Z]/.test(ch)) units += 0.68;
		else if (ch === ' ') units += 0.3;
		else units += 0.56;
	}
	return Math.ceil(units * fontSize) + 2;
}

/** Node radius by involvement: area grows with the number of events, relative to the busiest node. */
export function nodeRadii(nodes: readonly GraphNode[]): Map<string, number> {
	const most = nodes.reduce((max, node) => Math.max(max, node.eventIds.length), 1);
	return new Map(
		nodes.map((node) => [
			node.id,
			MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(node.eventIds.length / most)
		])
	);
}

export function layoutNetwork(graph: Graph, options: LayoutOptions): NetworkLayout {
	const layout = layoutNodes(graph, options);
	return { ...layout, edges: computeEdgeGeometry(graph.edges, layout.nodes) };
}

/**
 * `layoutNetwork` without the edges' geometry: a view that draws only some of thousands of
 * edges computes the geometry of those (`computeEdgeGeometry` with the graph's `parallelOffsets`).
 */
export function layoutNodes(graph: Graph, options: LayoutOptions): NodeLayout {
	const { width, height, mode } = options;
	const fontSize = options.fontSize ?? 12;
	const measure = options.measureText ?? ((text: string) => estimateTextWidth(text, fontSize));
	const radii = nodeRadii(graph.nodes);
	const maxLabelWidth = Math.max(80, Math.min(170, width * 0.3));
	const texts = new Map(
		graph.nodes.map((node) => [node.id, shortenLabel(node.label, maxLabelWidth, measure)])
	);
	const labelWidths = new Map(graph.nodes.map((node) => [node.id, measure(texts.get(node.id)!)]));
	const bounds = { x0: PADDING, y0: PADDING, x1: width - PADDING, y1: height - PADDING };

	const placed =
		mode === 'geo'
			? layoutGeo(graph, radii, bounds)
			: layoutForce(graph, radii, labelWidths, bounds);
	separateNodes(placed, bounds);

	const labels = placeLabels(placed, labelWidths, fontSize, { width, height }, graph).map(
		(label) => ({ ...label, text: texts.get(label.id)! })
	);
	return { width, height, nodes: placed, labels };
}

interface SimNode extends SimulationNodeDatum {
	id: string;
	r: number;
	labelWidth: number;
	anchorX?: number;
	anchorY?: number;
}

type Bounds = { x0: number; y0: number; x1: number; y1: number };

/** Node-and-link updates a force layout may spend in all (ticks × (nodes + links)). */
const TICK_BUDGET = 600_000;
/** Up to this many nodes, a graph over the budget is settled exactly (`settleForce`, O(n²) a tick). */
const EXACT_UP_TO_NODES = 400;
/** Pair and link updates the exact settling may spend in all (ticks × (nodes² + links)). */
const EXACT_TICK_BUDGET = 4_000_000;

/** Ticks for alpha to decay from 1 to alphaMin: d3's own schedule, run to the end. */
function settleTicks(simulation: { alphaMin(): number; alphaDecay(): number }): number {
	return Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
}

function layoutForce(
	graph: Graph,
	radii: ReadonlyMap<string, number>,
	labelWidths: ReadonlyMap<string, number>,
	bounds: Bounds
): NodePlacement[] {
	const width = bounds.x1 - bounds.x0;
	const height = bounds.y1 - bounds.y0;
	const n = Math.max(1, graph.nodes.length);
	// The room each node would have if they were spread evenly: the scale of every force.
	const spacing = Math.max(24, Math.min(140, Math.sqrt((width * height) / n) * 0.8));
	const nodes: SimNode[] = graph.nodes.map((node) => ({
		id: node.id,
		r: radii.get(node.id)!,
		labelWidth: labelWidths.get(node.id)!
	}));
	// One link per pair, however many kinds of contact it has; its pull grows with the events.
	// Pairs are told apart by their nodes' positions (a number), not a string per edge.
	const at = new Map(nodes.map((d, i) => [d.id, i]));
	const pairs = new Map<
		number,
		SimulationLinkDatum<SimNode> & { weight: number; member: boolean }
	>();
	const linked = new Set<string>();
	for (const edge of graph.edges) {
		const key = at.get(edge.a)! * nodes.length + at.get(edge.b)!;
		linked.add(edge.a).add(edge.b);
		const link = pairs.get(key) ?? {
			source: edge.a,
			target: edge.b,
			weight: 0,
			member: false
		};
		link.weight += Math.max(1, edge.eventIds.length);
		link.member ||= edge.basis === 'membership';
		pairs.set(key, link);
	}
	const links = [...pairs.values()];
	const aspect = width / Math.max(1, height);
	const linkDistance = (l: (typeof links)[number]) => (l.member ? 0.45 : 0.9) * spacing;
	const linkStrength = (l: (typeof links)[number]) =>
		Math.min(1, 0.25 + 0.15 * Math.log1p(l.weight));
	const pullX = (d: SimNode) => (linked.has(d.id) ? 0.05 / Math.max(1, aspect) + 0.02 : 0.25);
	const pullY = (d: SimNode) => (linked.has(d.id) ? 0.05 * Math.max(1, aspect) + 0.02 : 0.25);
	const collideRadius = (d: SimNode) => d.r + NODE_GAP + Math.min(d.labelWidth / 2, spacing / 3);
	const simulation = forceSimulation(nodes).stop();
	const fullTicks = settleTicks(simulation);
	if (
		nodes.length <= EXACT_UP_TO_NODES &&
		fullTicks * (nodes.length + links.length) > TICK_BUDGET
	) {
		// Past the budget d3-force would have to cool faster; the same model summed exactly on
		// typed arrays settles in a fraction of the time, with up to d3's full schedule.
		const ticks = Math.max(
			100,
			Math.min(
				fullTicks,
				Math.round(EXACT_TICK_BUDGET / (nodes.length * nodes.length + links.length))
			)
		);
		const [xs, ys] = settleForce(
			nodes.length,
			{
				collideRadius: Float64Array.from(nodes, collideRadius),
				strengthX: Float64Array.from(nodes, pullX),
				strengthY: Float64Array.from(nodes, pullY),
				charge: -spacing * 2.2,
				source: Int32Array.from(links, (l) => at.get(l.source as string)!),
				target: Int32Array.from(links, (l) => at.get(l.target as string)!),
				distance: Float64Array.from(links, linkDistance),
				strength: Float64Array.from(links, linkStrength),
				collideIterations: 2
			},
			ticks,
			1 - Math.pow(simulation.alphaMin(), 1 / ticks)
		);
		nodes.forEach((d, i) => {
			d.x = xs[i];
			d.y = ys[i];
		});
	} else {
		simulation
			.force(
				'link',
				forceLink<SimNode, (typeof links)[number]>(links)
					.id((d) => d.id)
					.distance(linkDistance)
					.strength(linkStrength)
			)
			.force('charge', forceManyBody<SimNode>().strength(-spacing * 2.2))
			// Pull towards the centre, harder across the short side, so the cloud takes the box's
			// shape; nodes with no links are pulled hard, or they drift to the edge and squeeze the rest.
			.force('x', forceX<SimNode>(0).strength(pullX))
			.force('y', forceY<SimNode>(0).strength(pullY))
			.force('collide', forceCollide<SimNode>(collideRadius).iterations(2));
		// A tick costs about one unit per node and per link: past ~1,000 of them, fewer ticks (the
		// simulation cooling faster to the same end) keep the layout within a few hundred ms.
		// Small graphs keep d3's full schedule, so their pictures do not change.
		const ticks = Math.max(
			100,
			Math.min(fullTicks, Math.round(TICK_BUDGET / (nodes.length + links.length)))
		);
		simulation.alphaDecay(1 - Math.pow(simulation.alphaMin(), 1 / ticks));
		for (let i = 0; i < ticks; i++) simulation.tick();
	}
	fitInto(nodes, bounds);
	return nodes.map((d) => ({ id: d.id, x: d.x!, y: d.y!, r: d.r, located: false }));
}

/** Scales and shifts nodes (each axis on its own) to fill the box, leaving room for the radii. */
function fitInto(nodes: SimNode[], bounds: Bounds, uniform = false) {
	if (nodes.length === 0) return;
	const rMax = Math.max(...nodes.map((d) => d.r));
	const box = {
		x0: bounds.x0 + rMax,
		y0: bounds.y0 + rMax,
		x1: bounds.x1 - rMax,
		y1: bounds.y1 - rMax
	};
	const xs = nodes.map((d) => d.x!);
	const ys = nodes.map((d) => d.y!);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys)
	];
	let kx = maxX > minX ? (box.x1 - box.x0) / (maxX - minX) : 0;
	let ky = maxY > minY ? (box.y1 - box.y0) / (maxY - minY) : 0;
	// "Uniform" keeps a map's proportions, but lets one axis stretch up to 1.8 times the other
	// so a wide region still fills a phone's tall box.
	if (uniform) {
		const k = Math.min(kx || ky, ky || kx);
		kx = Math.min(kx || k, k * 1.8);
		ky = Math.min(ky || k, k * 1.8);
	}
	const cx = (box.x0 + box.x1) / 2;
	const cy = (box.y0 + box.y1) / 2;
	for (const d of nodes) {
		d.x = cx + (d.x! - (minX + maxX) / 2) * kx;
		d.y = cy + (d.y! - (minY + maxY) / 2) * ky;
	}
}

/**
 * Each node near its seat on a Mercator map, with distances from the centre of the data
 * compressed (a square-root fisheye) so one far capital does not squeeze a whole region,
 * then pushed apart just enough that nothing overlaps. Nodes with no coordinates sit by
 * their contacts; nodes with neither go on a row at the bottom.
 */
function layoutGeo(
	graph: Graph,
	radii: ReadonlyMap<string, number>,
	bounds: Bounds
): NodePlacement[] {
	const anchors = new Map<string, [number, number]>();
	for (const node of graph.nodes) {
		if (!node.coordinates) continue;
		const lat = Math.max(-80, Math.min(80, node.coordinates.lat));
		anchors.set(node.id, projectMercator(node.coordinates.lon, lat));
	}
	const located = new Set(anchors.keys());
	const points = [...anchors.values()];
	if (points.length > 0) {
		const cx = median(points.map((p) => p[0]));
		const cy = median(points.map((p) => p[1]));
		const distances = points.map((p) => Math.hypot(p[0] - cx, p[1] - cy));
		const scale = Math.max(...distances) || 1;
		for (const [id, [x, y]] of anchors) {
			const d = Math.hypot(x - cx, y - cy);
			const k = d === 0 ? 0 : Math.sqrt(d / scale) / (d / scale);
			anchors.set(id, [(x - cx) * k, (y - cy) * k]);
		}
	}

	// Members sit by their state; the rest by the mean of their located contacts (twice, so
	// a contact of a contact is placed too).
	const neighbours = new Map<string, string[]>(graph.nodes.map((node) => [node.id, []]));
	for (const edge of graph.edges) {
		neighbours.get(edge.a)?.push(edge.b);
		neighbours.get(edge.b)?.push(edge.a);
	}
	for (const node of graph.nodes) {
		const parent = node.parentId ? anchors.get(node.parentId) : undefined;
		if (!anchors.has(node.id) && parent) anchors.set(node.id, parent);
	}
	for (let pass = 0; pass < 2; pass++) {
		for (const node of graph.nodes) {
			if (anchors.has(node.id)) continue;
			const near = neighbours.get(node.id)!.flatMap((id) => {
				const point = anchors.get(id);
				return point ? [point] : [];
			});
			if (near.length > 0)
				anchors.set(node.id, [mean(near.map((p) => p[0])), mean(near.map((p) => p[1]))]);
		}
	}

	const unplaced = graph.nodes.filter((node) => !anchors.has(node.id));
	const shelfHeight = unplaced.length > 0 ? 2 * MAX_RADIUS + 2 * NODE_GAP + 16 : 0;
	const mapBounds = { ...bounds, y1: bounds.y1 - shelfHeight };
	const nodes: SimNode[] = graph.nodes
		.filter((node) => anchors.has(node.id))
		.map((node) => {
			const [x, y] = anchors.get(node.id)!;
			return { id: node.id, r: radii.get(node.id)!, labelWidth: 0, x, y };
		});
	// Anchors scaled into the box once, keeping the map's proportions.
	fitInto(nodes, mapBounds, true);
	for (const d of nodes) {
		d.anchorX = d.x;
		d.anchorY = d.y;
	}
	if (nodes.length > 1) {
		const simulation = forceSimulation(nodes)
			.stop()
			.force('x', forceX<SimNode>((d) => d.anchorX!).strength(0.4))
			.force('y', forceY<SimNode>((d) => d.anchorY!).strength(0.4))
			.force('collide', forceCollide<SimNode>((d) => d.r + NODE_GAP + 6).iterations(3));
		const ticks = settleTicks(simulation);
		for (let i = 0; i < ticks; i++) simulation.tick();
		clampInto(nodes, mapBounds);
	}

	const step = (bounds.x1 - bounds.x0) / Math.max(1, unplaced.length);
	const shelf = unplaced.map((node, i) => ({
		id: node.id,
		r: radii.get(node.id)!,
		labelWidth: 0,
		x: bounds.x0 + step * (i + 0.5),
		y: bounds.y1 - shelfHeight / 2
	}));
	const byId = new Map([...nodes, ...shelf].map((d) => [d.id, d]));
	return graph.nodes.map((node) => {
		const d = byId.get(node.id)!;
		return { id: d.id, x: d.x!, y: d.y!, r: d.r, located: located.has(node.id) };
	});
}

function clampInto(nodes: { x?: number; y?: number; r: number }[], bounds: Bounds) {
	for (const d of nodes) {
		d.x = Math.max(bounds.x0 + d.r, Math.min(bounds.x1 - d.r, d.x!));
		d.y = Math.max(bounds.y0 + d.r, Math.min(bounds.y1 - d.r, d.y!));
	}
}

/**
 * Pushes overlapping nodes apart (pairs by half their overlap each, deterministically) and
 * keeps them inside the box, until no two nodes come closer than NODE_GAP.
 */
export function separateNodes(nodes: NodePlacement[], bounds: Bounds, maxRounds = 400): void {
	clampInto(nodes, bounds);
	for (let round = 0; round < maxRounds; round++) {
		let moved = false;
		for (let i = 0; i < nodes.length; i++) {
			for (let j = i + 1; j < nodes.length; j++) {
				const p = nodes[i]!;
				const q = nodes[j]!;
				const min = p.r + q.r + NODE_GAP;
				let dx = q.x - p.x;
				let dy = q.y - p.y;
				const d = Math.hypot(dx, dy);
				if (d >= min - 1e-6) continue;
				if (d < 1e-6) {
					// Coincident: separate along a direction fixed by the pair's indices.
					const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
					dx = Math.cos(angle);
					dy = Math.sin(angle);
				} else {
					dx /= d;
					dy /= d;
				}
				const push = (min - d) / 2 + 0.01;
				p.x -= dx * push;
				p.y -= dy * push;
				q.x += dx * push;
				q.y += dy * push;
				moved = true;
			}
		}
		clampInto(nodes, bounds);
		if (!moved) break;
	}
}

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

function boxesOverlap(p: Box, q: Box): boolean {
	return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

function boxHitsCircle(box: Box, c: { x: number; y: number; r: number }): boolean {
	const dx = c.x - Math.max(box.x, Math.min(c.x, box.x + box.width));
	const dy = c.y - Math.max(box.y, Math.min(c.y, box.y + box.height));
	// Most circles are far along one axis: no need for the (slow) hypot, same answer.
	if (dx >= c.r || dx <= -c.r || dy >= c.r || dy <= -c.r) return false;
	return Math.hypot(dx, dy) < c.r;
}

/**
 * Greedy label placement, busiest nodes first: each label tries eight spots around its node,
 * then the same spots further out; it takes the first spot clear of the other labels, the
 * nodes and the edge of the box. With no clear spot it is not placed (shown on hover).
 */
/** The label itself when it fits in `maxWidth`, else its longest word-boundary prefix and "…". */
export function shortenLabel(
	label: string,
	maxWidth: number,
	measure: (text: string) => number
): string {
	if (measure(label) <= maxWidth) return label;
	const words = label.split(' ');
	for (let n = words.length - 1; n >= 1; n--) {
		const text = `${words
			.slice(0, n)
			.join(' ')
			.replace(/[,;:(]+$/, '')}…`;
		if (measure(text) <= maxWidth) return text;
	}
	let text = label;
	while (text.length > 1 && measure(`${text}…`) > maxWidth) text = text.slice(0, -1);
	return `${text}…`;
}

export function placeLabels(
	nodes: readonly NodePlacement[],
	widths: ReadonlyMap<string, number>,
	fontSize: number,
	size: { width: number; height: number },
	graph: Graph
): Omit<LabelPlacement, 'text'>[] {
	const height = Math.ceil(fontSize * 1.25);
	const involvement = new Map(graph.nodes.map((node) => [node.id, node.eventIds.length]));
	const order = [...nodes].sort(
		(p, q) => (involvement.get(q.id) ?? 0) - (involvement.get(p.id) ?? 0) || (p.id < q.id ? -1 : 1)
	);
	const taken: Box[] = [];
	const result = new Map<string, Omit<LabelPlacement, 'text'>>();
	for (const node of order) {
		const width = widths.get(node.id) ?? 0;
		let chosen: Omit<LabelPlacement, 'text'> | null = null;
		for (const extra of [0, 6, 14, 24]) {
			const gap = node.r + LABEL_GAP + extra;
			const diagonal = gap * Math.SQRT1_2;
			const candidates: [number, number, LabelPlacement['anchor']][] = [
				[node.x + gap, node.y, 'start'],
				[node.x - gap, node.y, 'end'],
				[node.x, node.y + gap + height / 2, 'middle'],
				[node.x, node.y - gap - height / 2, 'middle'],
				[node.x + diagonal, node.y + diagonal + height / 2, 'start'],
				[node.x - diagonal, node.y + diagonal + height / 2, 'end'],
				[node.x + diagonal, node.y - diagonal - height / 2, 'start'],
				[node.x - diagonal, node.y - diagonal - height / 2, 'end']
			];
			for (const [ax, cy, anchor] of candidates) {
				const x = anchor === 'start' ? ax : anchor === 'end' ? ax - width : ax - width / 2;
				const box = { x, y: cy - height / 2, width, height };
				if (box.x < 0 || box.y < 0 || box.x + width > size.width || box.y + height > size.height)
					continue;
				if (taken.some((other) => boxesOverlap(box, other))) continue;
				if (nodes.some((other) => boxHitsCircle(box, other))) continue;
				chosen = {
					id: node.id,
					...box,
					textX: ax,
					// Baseline for a vertically centred line of text (no dominant-baseline, for export).
					textY: cy + fontSize * 0.35,
					anchor,
					placed: true
				};
				break;
			}
			if (chosen) break;
		}
		if (chosen) taken.push(chosen);
		result.set(
			node.id,
			chosen ?? {
				id: node.id,
				x: node.x + node.r + LABEL_GAP,
				y: node.y - height / 2,
				width,
				height,
				textX: node.x + node.r + LABEL_GAP,
				textY: node.y + fontSize * 0.35,
				anchor: 'start',
				placed: false
			}
		);
	}
	return nodes.map((node) => result.get(node.id)!);
}

/**
 * Each edge's offset from the straight line between its pair, px: one pair's parallel edges
 * (several kinds of contact) fan out, a lone edge has none. By key.
 */
export function parallelOffsets(edges: readonly GraphEdge[]): Map<string, number> {
	const groups = new Map<string, GraphEdge[]>();
	for (const edge of edges) {
		const key = `${edge.a}|${edge.b}`;
		const group = groups.get(key);
		if (group) group.push(edge);
		else groups.set(key, [edge]);
	}
	const offsets = new Map<string, number>();
	for (const group of groups.values())
		group.forEach((edge, i) =>
			offsets.set(edge.key, (i - (group.length - 1) / 2) * PARALLEL_SPACING)
		);
	return offsets;
}

/**
 * Curves for edges: one pair's parallel edges fan out as quadratic curves; a lone edge is
 * straight. Ends are trimmed to the node rims so arrowheads show. The offsets are those of
 * the edges given unless told (`parallelOffsets` of the whole graph, when only some are drawn).
 */
export function computeEdgeGeometry(
	edges: readonly GraphEdge[],
	nodes: readonly NodePlacement[],
	offsets: ReadonlyMap<string, number> = parallelOffsets(edges)
): EdgeGeometry[] {
	const byId = new Map(nodes.map((node) => [node.id, node]));
	return edges.map((edge) => {
		const a = byId.get(edge.a)!;
		const b = byId.get(edge.b)!;
		const offset = offsets.get(edge.key) ?? 0;
		const dx = b.x - a.x;
		const dy = b.y - a.y;
		const length = Math.hypot(dx, dy) || 1;
		const nx = -dy / length;
		const ny = dx / length;
		// Control point twice the offset out, so the curve's middle sits at the offset.
		const cx = (a.x + b.x) / 2 + nx * offset * 2;
		const cy = (a.y + b.y) / 2 + ny * offset * 2;
		const start = towards(a, { x: cx, y: cy }, a.r + 1.5);
		const end = towards(b, { x: cx, y: cy }, b.r + 1.5);
		const f = (v: number) => Math.round(v * 10) / 10;
		const straight = offset === 0;
		const mid = {
			x: f(0.25 * start.x + 0.5 * cx + 0.25 * end.x),
			y: f(0.25 * start.y + 0.5 * cy + 0.25 * end.y)
		};
		return {
			key: edge.key,
			path: straight
				? `M${f(start.x)},${f(start.y)}L${f(end.x)},${f(end.y)}`
				: `M${f(start.x)},${f(start.y)}Q${f(cx)},${f(cy)} ${f(end.x)},${f(end.y)}`,
			reversePath: straight
				? `M${f(end.x)},${f(end.y)}L${f(start.x)},${f(start.y)}`
				: `M${f(end.x)},${f(end.y)}Q${f(cx)},${f(cy)} ${f(start.x)},${f(start.y)}`,
			mid,
			glyphAt: placeEdgeGlyph(mid, { a, b })
		};
	});
}

function towards(from: { x: number; y: number }, to: { x: number; y: number }, distance: number) {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

function median(values: number[]): number {
	const sorted = [...values].sort((p, q) => p - q);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function mean(values: number[]): number {
	return values.reduce((sum, v) => sum + v, 0) / values.length;
}
