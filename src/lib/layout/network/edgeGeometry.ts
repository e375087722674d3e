/**
 * Where an edge's line runs: straight between its two nodes, or (several kinds of contact
 * between one pair, split by kind) fanned out as quadratic curves, trimmed to the node rims
 * so arrowheads show.
 */
import { placeEdgeGlyph } from './edgeGlyphs';
import type { EdgeGeometry, NodePlacement } from './layoutTypes';

/** Room between parallel edges of one pair. */
const PARALLEL_SPACING = 9;

/** What the geometry needs of an edge: its key and its (sorted) pair. */
export interface EdgeEnds {
	key: string;
	a: string;
	b: string;
}

/**
 * Each edge's offset from the straight line between its pair, px: one pair's parallel edges
 * (several kinds of contact) fan out, a lone edge has none. By key.
 */
export function parallelOffsets(edges: readonly EdgeEnds[]): Map<string, number> {
	const groups = new Map<string, EdgeEnds[]>();
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
	edges: readonly EdgeEnds[],
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
			glyphAt: placeEdgeGlyph(mid, { a, b }),
			start: { x: f(start.x), y: f(start.y) },
			end: { x: f(end.x), y: f(end.y) },
			control: straight ? null : { x: f(cx), y: f(cy) }
		};
	});
}

function towards(from: { x: number; y: number }, to: { x: number; y: number }, distance: number) {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	const length = Math.hypot(dx, dy) || 1;
	return { x: from.x + (dx / length) * distance, y: from.y + (dy / length) * distance };
}

/**
 * The edge's line moved `offset` px to its side (left of a → b): where a second stroke of
 * the same pair runs beside the first (plans dashed beside what happened, for one).
 */
export function shiftedPath(geometry: EdgeGeometry, offset: number): string {
	const { start, end, control } = geometry;
	const dx = end.x - start.x;
	const dy = end.y - start.y;
	const length = Math.hypot(dx, dy) || 1;
	const nx = (-dy / length) * offset;
	const ny = (dx / length) * offset;
	const f = (v: number) => Math.round(v * 10) / 10;
	const p = (q: { x: number; y: number }) => `${f(q.x + nx)},${f(q.y + ny)}`;
	return control ? `M${p(start)}Q${p(control)} ${p(end)}` : `M${p(start)}L${p(end)}`;
}
