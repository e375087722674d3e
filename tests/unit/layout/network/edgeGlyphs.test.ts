import { describe, expect, it } from 'vitest';
import { EDGE_KINDS } from '../../../../src/lib/layout/network/contactKinds';
import {
	computeGlyph,
	EDGE_GLYPHS,
	edgeGlyph,
	GLYPH_RADIUS,
	placeEdgeGlyph,
	type EdgeGlyphShape
} from '../../../../src/lib/layout/network/edgeGlyphs';

/** Every number in path data, as [x, y] pairs where they come in pairs (arcs skipped). */
function extent(d: string): number {
	const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
	return Math.max(...numbers.map(Math.abs));
}

describe('EDGE_GLYPHS and edgeGlyph(kind)', () => {
	it('gives every edge kind its own cue besides colour', () => {
		const cues = EDGE_KINDS.map((kind) => {
			const glyph = edgeGlyph(kind);
			return `${glyph.shape}|${glyph.d}|${glyph.hollow}`;
		});
		expect(new Set(cues).size).toBe(EDGE_KINDS.length);
		expect(Object.keys(EDGE_GLYPHS).sort()).toEqual([...EDGE_KINDS].sort());
	});

	it('draws a glyph for every kind but membership (thin, dotted and arrowless already)', () => {
		for (const kind of EDGE_KINDS) {
			expect(edgeGlyph(kind).d === '', kind).toBe(kind === 'membership');
		}
	});

	it('tells the two blues (meeting, consultation) apart by fill as well as shape', () => {
		expect(edgeGlyph('meeting').hollow).toBe(false);
		expect(edgeGlyph('consultation').hollow).toBe(true);
	});
});

describe('computeGlyph(shape, r)', () => {
	const shapes: [EdgeGlyphShape, boolean][] = [
		['dot', false],
		['ring', true],
		['triangle', false],
		['open-triangle', true],
		['diamond', false],
		['cross', false],
		['square', false],
		['open-square', true]
	];
	it.each(shapes)(
		'computeGlyph(%s) is a closed path centred on 0,0, hollow: %s',
		(shape, hollow) => {
			const glyph = computeGlyph(shape);
			expect(glyph.hollow).toBe(hollow);
			expect(glyph.d).toMatch(/^M.*Z$/);
			// Small: within 1.5 radii of the centre, so it sits on the line without hiding it.
			expect(extent(glyph.d)).toBeLessThanOrEqual(GLYPH_RADIUS * 1.5);
			expect(extent(glyph.d)).toBeGreaterThanOrEqual(GLYPH_RADIUS * 0.8);
		}
	);

	it('scales with r', () => {
		expect(extent(computeGlyph('diamond', 9).d)).toBeCloseTo(
			2 * extent(computeGlyph('diamond', 4.5).d),
			1
		);
	});

	/** The path's numbers with x moved back by `cx` (arc radii and flags stay as they are). */
	function movedBack(d: string, cx: number): string {
		return d.replace(
			/(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)(?=[LAZ]|$)/g,
			(_, x: string, y: string) => `${Math.round((Number(x) - cx) * 100) / 100},${y}`
		);
	}

	it.each(shapes.flatMap(([shape]) => [-15, -5, 5, 10].map((cx) => [shape, cx] as const)))(
		'computeGlyph(%s, r, %s) is the same glyph moved right by cx, its numbers exact',
		(shape, cx) => {
			const at = computeGlyph(shape, GLYPH_RADIUS, cx);
			const centred = computeGlyph(shape, GLYPH_RADIUS);
			expect(at.shape).toBe(centred.shape);
			expect(at.hollow).toBe(centred.hollow);
			expect(movedBack(at.d, cx)).toBe(movedBack(centred.d, 0));
			// At most two decimals: no floating-point tails in the drawing.
			for (const n of at.d.match(/-?\d+(\.\d+)?/g) ?? []) expect(n).toMatch(/^-?\d+(\.\d{1,2})?$/);
		}
	);

	it('computeGlyph("none") draws nothing', () => {
		expect(computeGlyph('none')).toEqual({ shape: 'none', d: '', hollow: false });
	});
});

describe('placeEdgeGlyph(mid, ends)', () => {
	const cases = [
		{ what: 'a long line', b: { x: 100, y: 0, r: 10 }, expected: { x: 50, y: 0 } },
		{
			what: 'a line just long enough',
			b: { x: 20 + 6 * GLYPH_RADIUS, y: 0, r: 10 },
			expected: { x: 50, y: 0 }
		},
		{ what: 'a line too short', b: { x: 40, y: 0, r: 10 }, expected: null }
	];
	it.each(cases)('places the glyph on $what', ({ b, expected }) => {
		const mid = { x: 50, y: 0 };
		const ends = { a: { x: 0, y: 0, r: 10 }, b };
		const before = structuredClone({ mid, ends });
		expect(placeEdgeGlyph(mid, ends)).toEqual(expected);
		expect({ mid, ends }).toEqual(before);
	});
});
