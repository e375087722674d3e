/**
 * What the network draws for each of its lines, computed in one pass in plain TS so that the
 * component only writes attributes (hundreds of lines, no reactive objects per line): the
 * solid stroke as wide as what happened, planned contacts dashed and called-off ones dotted
 * beside it, which of them carries the arrows, the standing-relation underlay, the stack of
 * kind glyphs at the middle and the width of the invisible hit stroke.
 */
import { shiftedPath } from './edgeGeometry';
import { computeGlyph, EDGE_GLYPHS, GLYPH_RADIUS, type EdgeGlyphShape } from './edgeGlyphs';
import { nthHeaviest } from './heaviestEdges';
import type { EdgeKind, EdgeStatus } from './contactKinds';
import type { EdgeGeometry } from './layoutTypes';
import type { DrawnEdge } from './pairEdges';

/** Dash pattern of each status (solid for what happened). */
export const STATUS_DASH: Record<EdgeStatus, string | undefined> = {
	happened: undefined,
	expected: '6 4',
	'called-off': '1.5 3.5'
};

/** Stroke width of an edge of `weight` events, in px: grows with the square root, capped. */
export function edgeWidth(weight: number): number {
	return Math.min(7, 1.5 + 1.3 * Math.sqrt(Math.max(0, weight - 1)));
}

/** Room a glyph takes in a line's stack, px. */
export const GLYPH_STEP = 10;

export interface EdgeStroke {
	status: EdgeStatus;
	d: string;
	width: number;
	dash: string | undefined;
	/** Arrowheads: drawn from the initiator, on the stroke that carries them. */
	markerStart: boolean;
	markerEnd: boolean;
}

export interface GlyphMark {
	kind: EdgeKind;
	shape: EdgeGlyphShape;
	/** Path data centred on (dx, 0): the glyph at its place in the stack. */
	d: string;
	hollow: boolean;
	/** Offset in the stack, px (the stack is centred on the line's middle). */
	dx: number;
}

export interface EdgeMark {
	key: string;
	a: string;
	b: string;
	source: string;
	target: string;
	/** Its one kind, 'mixed' for a pair with several, or 'membership'. */
	kind: EdgeKind | 'mixed';
	kinds: string;
	status: EdgeStatus;
	weight: number;
	held: number;
	expected: number;
	calledOff: number;
	/** The line from source to target: for the underlay, the glow and the hit stroke. */
	d: string;
	/** Width of the standing-relation underlay, or 0 when no relation backs the line. */
	standingWidth: number;
	/** Width of the glow drawn while it is selected or emphasised. */
	glowWidth: number;
	/** Solid, then dashed, then dotted: only those with events. */
	strokes: EdgeStroke[];
	/** Marker name of its arrows: its kind, or 'neutral' for a mixed line. */
	marker: string;
	glyphAt: { x: number; y: number } | null;
	/** The curve's middle: where its tooltip points. */
	mid: { x: number; y: number };
	glyphs: GlyphMark[];
	/** Width of the plate behind a stack of several glyphs (0 for one). */
	glyphBack: number;
	hitWidth: number;
	eventIds: readonly string[];
	/** Accessible name. */
	label: string;
}

const glyphsAt = new Map<string, ReturnType<typeof computeGlyph>>();
/** The glyph of a kind centred `dx` px right of the stack's middle (kept: few kinds, few places). */
function glyphOf(kind: EdgeKind, dx: number) {
	const key = `${kind} ${dx}`;
	let glyph = glyphsAt.get(key);
	if (!glyph) {
		glyph = computeGlyph(EDGE_GLYPHS[kind], GLYPH_RADIUS, dx);
		glyphsAt.set(key, glyph);
	}
	return glyph;
}

/**
 * Lines that carry their kind glyphs when many are drawn: the heaviest. Hundreds of stacks
 * over a dense network overlap and cannot be read (and are most of the drawing's elements);
 * a line without its stack still names its kinds in its accessible name and event list.
 */
export const GLYPH_LIMIT = 200;

/**
 * The marks of some lines with their geometry; `labelOf` names each (its accessible name).
 * Kind glyphs go on the `glyphLimit` heaviest lines (by events in view; equals in order).
 */
export function edgeMarks(
	lines: readonly (DrawnEdge & { geometry: EdgeGeometry })[],
	labelOf: (line: DrawnEdge) => string,
	glyphLimit = GLYPH_LIMIT
): EdgeMark[] {
	const glyphed = heaviest(lines, glyphLimit);
	return lines.map((line, i) => edgeMark(line, labelOf(line), glyphed[i]!));
}

/** Per line, whether it is among the `limit` heaviest (by weight; equals in order). */
function heaviest(lines: readonly DrawnEdge[], limit: number): boolean[] {
	if (lines.length <= limit) return lines.map(() => true);
	const { threshold, above } = nthHeaviest(
		lines.map((line) => line.summary.weight),
		Math.max(1, limit)
	);
	let atThreshold = limit - above;
	return lines.map((line) => {
		const w = line.summary.weight;
		if (w > threshold) return true;
		if (w === threshold && atThreshold > 0) {
			atThreshold--;
			return true;
		}
		return false;
	});
}

/** The mark of one line; `glyphs` false draws it without its stack of kind glyphs. */
export function edgeMark(
	line: DrawnEdge & { geometry: EdgeGeometry },
	label: string,
	glyphs = true
): EdgeMark {
	const { summary, geometry } = line;
	const kind: EdgeKind | 'mixed' = line.kinds.length === 1 ? line.kinds[0]! : 'mixed';
	const d = summary.source === line.a ? geometry.path : geometry.reversePath;
	const held = summary.counts.happened;
	const expected = summary.counts.expected;
	const calledOff = summary.counts['called-off'];
	const base = {
		key: line.key,
		a: line.a,
		b: line.b,
		source: summary.source,
		target: summary.target,
		kind,
		kinds: line.kinds.join(' '),
		status: summary.status,
		weight: summary.weight,
		held,
		expected,
		calledOff,
		d,
		marker: kind === 'mixed' ? 'neutral' : kind,
		eventIds: summary.eventIds,
		label,
		mid: geometry.mid
	};
	if (kind === 'membership')
		return {
			...base,
			standingWidth: 0,
			glowWidth: 0,
			strokes: [
				{ status: 'happened', d, width: 1, dash: undefined, markerStart: false, markerEnd: false }
			],
			glyphAt: null,
			glyphs: [],
			glyphBack: 0,
			hitWidth: 0
		};
	// A line standing only for a relation (no events in view) is drawn thin and solid.
	const solid = held > 0 || summary.eventIds.length === 0;
	const solidWidth = solid ? edgeWidth(Math.max(1, held)) : 0;
	const expectedWidth = expected > 0 ? Math.min(3.5, edgeWidth(expected)) : 0;
	/** The stroke that carries the arrows: the solid one, else the dashed, else the dotted. */
	const main: EdgeStatus = solid ? 'happened' : expected > 0 ? 'expected' : 'called-off';
	const arrows = summary.direction !== 'none';
	const strokes: EdgeStroke[] = [];
	if (solid)
		strokes.push({
			status: 'happened',
			d,
			width: solidWidth,
			dash: undefined,
			markerStart: summary.direction === 'both',
			markerEnd: arrows
		});
	if (expected > 0)
		strokes.push({
			status: 'expected',
			d: main === 'expected' ? d : shiftedPath(geometry, solidWidth / 2 + expectedWidth / 2 + 1.5),
			width: expectedWidth,
			dash: STATUS_DASH.expected,
			markerStart: false,
			markerEnd: main === 'expected' && arrows
		});
	if (calledOff > 0)
		strokes.push({
			status: 'called-off',
			d:
				main === 'called-off'
					? d
					: shiftedPath(
							geometry,
							-(Math.max(solidWidth, main === 'expected' ? expectedWidth : 0) / 2 + 2.5)
						),
			width: 1.75,
			dash: STATUS_DASH['called-off'],
			markerStart: false,
			markerEnd: false
		});
	const n = line.kinds.length;
	const glyphAt = glyphs ? geometry.glyphAt : null;
	const stack: GlyphMark[] = [];
	if (glyphAt)
		line.kinds.forEach((k, i) => {
			const dx = (i - (n - 1) / 2) * GLYPH_STEP;
			const glyph = glyphOf(k, dx);
			if (glyph.d)
				stack.push({ kind: k, shape: glyph.shape, d: glyph.d, hollow: glyph.hollow, dx });
		});
	return {
		...base,
		standingWidth: summary.standing ? Math.max(solidWidth, expectedWidth, 2) + 6 : 0,
		glowWidth: solidWidth + expectedWidth + 6,
		strokes,
		glyphAt,
		glyphs: stack,
		glyphBack: glyphAt && n > 1 ? n * GLYPH_STEP + 2 : 0,
		hitWidth: Math.max(12, solidWidth + expectedWidth + 10)
	};
}

/** Keys of the lines that stand for at least one of `eventIds`. */
export function linesWithEvents(
	lines: readonly DrawnEdge[],
	eventIds: ReadonlySet<string>
): Set<string> {
	const keys = new Set<string>();
	if (eventIds.size === 0) return keys;
	for (const line of lines)
		if (line.summary.eventIds.some((id) => eventIds.has(id))) keys.add(line.key);
	return keys;
}
