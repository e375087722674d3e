/**
 * The second cue of an edge's kind, besides its colour: a small glyph at the middle of each
 * line (and in the legend), so kinds can be told apart without seeing colour. Shapes as SVG
 * path data centred on (0, 0); the component places and paints them.
 */
import type { EdgeKind } from './contactKinds';

export type EdgeGlyphShape =
	| 'dot'
	| 'ring'
	| 'triangle'
	| 'open-triangle'
	| 'diamond'
	| 'cross'
	| 'square'
	| 'open-square'
	| 'none';

/**
 * One shape per kind. Membership lines have none: they are already thin, dotted and without
 * arrows, and a glyph on every membership line would clutter the diagram.
 */
export const EDGE_GLYPHS: Record<EdgeKind, EdgeGlyphShape> = {
	meeting: 'dot',
	consultation: 'ring',
	visit: 'triangle',
	mediation: 'diamond',
	statement: 'open-triangle',
	pressure: 'cross',
	other: 'square',
	hosting: 'open-square',
	membership: 'none'
};

/** Half the width of a glyph, in px. */
export const GLYPH_RADIUS = 4.5;

export interface EdgeGlyph {
	shape: EdgeGlyphShape;
	/** Path data centred on (0, 0); empty for 'none'. */
	d: string;
	/** Filled with the edge's colour, or drawn as an outline over the background. */
	hollow: boolean;
}

const round = (v: number) => Math.round(v * 100) / 100;

function polygon(points: readonly (readonly [number, number])[], cx: number): string {
	return `M${points.map(([x, y]) => `${round(round(x) + cx)},${round(y)}`).join('L')}Z`;
}

function circle(r: number, cx: number): string {
	const x = (v: number) => round(round(v) + cx);
	return `M${x(-r)},0A${round(r)},${round(r)} 0 1,0 ${x(r)},0A${round(r)},${round(r)} 0 1,0 ${x(-r)},0Z`;
}

/**
 * The glyph of a shape at radius `r`: same visual weight for every shape. Centred on (0, 0),
 * or on (`cx`, 0): the shape moved right by `cx` (a whole or half pixel keeps its numbers exact).
 */
export function computeGlyph(shape: EdgeGlyphShape, r = GLYPH_RADIUS, cx = 0): EdgeGlyph {
	const hollow = shape === 'ring' || shape === 'open-triangle' || shape === 'open-square';
	let d = '';
	switch (shape) {
		case 'dot':
			d = circle(r, cx);
			break;
		case 'ring':
			// A little smaller than the dot, to a half pixel, so the ring reads as the same size.
			d = circle(Math.round(r * 0.9 * 2) / 2, cx);
			break;
		case 'triangle':
		case 'open-triangle': {
			// Equilateral, pointing up, centred on its centroid.
			const h = r * 1.15;
			d = polygon(
				[
					[0, -h],
					[h * 0.866 * 1.1, h * 0.6],
					[-h * 0.866 * 1.1, h * 0.6]
				],
				cx
			);
			break;
		}
		case 'diamond':
			d = polygon(
				[
					[0, -r * 1.2],
					[r * 1.2, 0],
					[0, r * 1.2],
					[-r * 1.2, 0]
				],
				cx
			);
			break;
		case 'square':
		case 'open-square': {
			const s = r * 0.85;
			d = polygon(
				[
					[-s, -s],
					[s, -s],
					[s, s],
					[-s, s]
				],
				cx
			);
			break;
		}
		case 'cross': {
			// An X as one outline, arms `t` thick.
			const a = r;
			const t = r * 0.36;
			d = polygon(
				[
					[-a, -a + t],
					[-a + t, -a],
					[0, -t],
					[a - t, -a],
					[a, -a + t],
					[t, 0],
					[a, a - t],
					[a - t, a],
					[0, t],
					[-a + t, a],
					[-a, a - t],
					[-t, 0]
				],
				cx
			);
			break;
		}
		case 'none':
			break;
	}
	return { shape, d, hollow };
}

/** The glyph an edge of this kind carries. */
export function edgeGlyph(kind: EdgeKind, r = GLYPH_RADIUS): EdgeGlyph {
	return computeGlyph(EDGE_GLYPHS[kind], r);
}

/**
 * Where an edge's glyph goes: the middle of its curve, or nowhere when the line between the
 * node rims is too short to hold it with room to spare.
 */
export function placeEdgeGlyph(
	mid: { x: number; y: number },
	ends: { a: { x: number; y: number; r: number }; b: { x: number; y: number; r: number } },
	r = GLYPH_RADIUS
): { x: number; y: number } | null {
	const gap = Math.hypot(ends.b.x - ends.a.x, ends.b.y - ends.a.y) - ends.a.r - ends.b.r;
	return gap >= 6 * r ? { x: mid.x, y: mid.y } : null;
}
