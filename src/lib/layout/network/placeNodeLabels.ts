/**
 * Labels beside their nodes: measured (or estimated), shortened when too long, and placed
 * greedily, busiest nodes first, clear of other labels and nodes and away from other actors'
 * lines, which would otherwise run through the words.
 */
import type { LabelPlacement, NodePlacement } from './layoutTypes';

const LABEL_GAP = 3;

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

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A straight line between two nodes, which a label should keep clear of. */
export interface LabelObstacleLine {
	a: string;
	b: string;
}

function boxesOverlap(p: Box, q: Box): boolean {
	return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

/** The point of the box nearest to (x, y). */
function nearestInBox(box: Box, x: number, y: number): [number, number] {
	return [
		Math.max(box.x, Math.min(x, box.x + box.width)),
		Math.max(box.y, Math.min(y, box.y + box.height))
	];
}

/** From a box to a circle's rim (negative inside it). */
function boxToCircle(box: Box, c: { x: number; y: number; r: number }): number {
	const [x, y] = nearestInBox(box, c.x, c.y);
	return Math.hypot(c.x - x, c.y - y) - c.r;
}

/** How much nearer another node may be to a label than its own before the label gets a leader. */
const LEADER_SLACK = 2;

/**
 * A line from the label's box to its node's rim when another node is nearer the box than the
 * node is (beyond LEADER_SLACK); none when it is nearest, or touches its node.
 */
export function labelLeader(
	box: Box,
	node: NodePlacement,
	nodes: readonly NodePlacement[]
): LabelPlacement['leader'] {
	const own = boxToCircle(box, node);
	if (
		own < 4 ||
		!nodes.some((other) => other !== node && boxToCircle(box, other) < own - LEADER_SLACK)
	)
		return undefined;
	const [x2, y2] = nearestInBox(box, node.x, node.y);
	const length = Math.hypot(x2 - node.x, y2 - node.y);
	const rim = (node.r + 1.5) / length;
	return {
		x1: node.x + (x2 - node.x) * rim,
		y1: node.y + (y2 - node.y) * rim,
		x2,
		y2
	};
}

function boxHitsCircle(box: Box, c: { x: number; y: number; r: number }): boolean {
	// As nearestInBox, inline: called for every spot tried against every node.
	const dx = c.x - Math.max(box.x, Math.min(c.x, box.x + box.width));
	const dy = c.y - Math.max(box.y, Math.min(c.y, box.y + box.height));
	// Most circles are far along one axis: no need for the (slow) hypot, same answer.
	if (dx >= c.r || dx <= -c.r || dy >= c.r || dy <= -c.r) return false;
	return Math.hypot(dx, dy) < c.r;
}

/** Whether the segment (x1, y1)–(x2, y2) passes through the box (Liang–Barsky clipping). */
export function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, box: Box): boolean {
	const left = box.x;
	const right = box.x + box.width;
	const top = box.y;
	const bottom = box.y + box.height;
	// Most lines pass well clear of a label: both ends beyond one side.
	if (
		(x1 < left && x2 < left) ||
		(x1 > right && x2 > right) ||
		(y1 < top && y2 < top) ||
		(y1 > bottom && y2 > bottom)
	)
		return false;
	const dx = x2 - x1;
	const dy = y2 - y1;
	const span = { t0: 0, t1: 1 };
	return (
		clipSide(-dx, x1 - left, span) &&
		clipSide(dx, right - x1, span) &&
		clipSide(-dy, y1 - top, span) &&
		clipSide(dy, bottom - y1, span) &&
		span.t0 < span.t1
	);
}

/** One side of the box in Liang–Barsky: narrows `span`; false when nothing is left inside. */
function clipSide(p: number, q: number, span: { t0: number; t1: number }): boolean {
	if (p === 0) return q >= 0;
	const t = q / p;
	if (p < 0) {
		if (t > span.t1) return false;
		if (t > span.t0) span.t0 = t;
	} else {
		if (t < span.t0) return false;
		if (t < span.t1) span.t1 = t;
	}
	return true;
}

/** Segments between node centres, with the ids of their ends, by index of the nodes. */
export function segmentsOf(
	lines: readonly LabelObstacleLine[],
	at: ReadonlyMap<string, NodePlacement>
): { a: string; b: string; x1: number; y1: number; x2: number; y2: number }[] {
	const seen = new Set<string>();
	const out = [];
	for (const line of lines) {
		const p = at.get(line.a);
		const q = at.get(line.b);
		const key = line.a < line.b ? `${line.a}|${line.b}` : `${line.b}|${line.a}`;
		if (!p || !q || seen.has(key)) continue;
		seen.add(key);
		out.push({ a: line.a, b: line.b, x1: p.x, y1: p.y, x2: q.x, y2: q.y });
	}
	return out;
}

/**
 * Greedy placement, highest `priority` first: of eight spots around the node, then further
 * out, clear of labels, nodes and edges, the one crossed by fewest lines; none: not placed. A
 * label that ends up nearer another node than its own gets a leader line to its node.
 */
export function placeNodeLabels(
	nodes: readonly NodePlacement[],
	widths: ReadonlyMap<string, number>,
	fontSize: number,
	size: { width: number; height: number },
	priority: ReadonlyMap<string, number>,
	lines: readonly LabelObstacleLine[] = [],
	/** Boxes no label may cover (text drawn in the diagram besides the labels). */
	reserved: readonly Box[] = []
): Omit<LabelPlacement, 'text'>[] {
	const height = Math.ceil(fontSize * 1.25);
	const order = [...nodes].sort(
		(p, q) => (priority.get(q.id) ?? 0) - (priority.get(p.id) ?? 0) || (p.id < q.id ? -1 : 1)
	);
	const at = new Map(nodes.map((node) => [node.id, node]));
	const segments = segmentsOf(lines, at);
	const taken: Box[] = [...reserved];
	const result = new Map<string, Omit<LabelPlacement, 'text'>>();
	for (const node of order) {
		const width = widths.get(node.id) ?? 0;
		let chosen: Omit<LabelPlacement, 'text'> | null = null;
		let chosenCrossings = Infinity;
		const others = segments.filter((s) => s.a !== node.id && s.b !== node.id);
		for (const extra of [0, 6, 14, 24, 36, 50]) {
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
				let crossings = 0;
				for (const s of others) {
					if (segmentHitsBox(s.x1, s.y1, s.x2, s.y2, box)) crossings++;
					if (crossings >= chosenCrossings) break;
				}
				// Further out costs a little: a label stays by its node unless lines are in the way.
				if (crossings < chosenCrossings) {
					chosenCrossings = crossings;
					chosen = {
						id: node.id,
						...box,
						textX: ax,
						// Baseline for a vertically centred line of text (no dominant-baseline, for export).
						textY: cy + fontSize * 0.35,
						anchor,
						placed: true
					};
				}
				if (chosenCrossings === 0) break;
			}
			if (chosenCrossings === 0) break;
		}
		if (chosen) {
			taken.push(chosen);
			const leader = labelLeader(chosen, node, nodes);
			if (leader) chosen.leader = leader;
		}
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
