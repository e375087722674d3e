import { describe, expect, it } from 'vitest';
import { computeEdgeGeometry } from '../../../../src/lib/layout/network/edgeGeometry';
import {
	computeGlyph,
	EDGE_GLYPHS,
	edgeGlyph,
	GLYPH_RADIUS
} from '../../../../src/lib/layout/network/edgeGlyphs';
import {
	edgeMark,
	edgeMarks,
	GLYPH_STEP,
	linesWithEvents,
	STATUS_DASH
} from '../../../../src/lib/layout/network/edgeMarks';
import type { EdgeKind } from '../../../../src/lib/layout/network/contactKinds';
import type { NodePlacement } from '../../../../src/lib/layout/network/layoutTypes';
import { edgeWidth } from '../../../../src/lib/layout/network/edgeMarks';
import type { DrawnEdge } from '../../../../src/lib/layout/network/pairEdges';
import type { EdgeSummary } from '../../../../src/lib/layout/network/summarizeEdge';

const NODES: NodePlacement[] = [
	{ id: 'a', x: 100, y: 100, r: 8, placement: 'exact' },
	{ id: 'b', x: 300, y: 100, r: 8, placement: 'exact' },
	{ id: 'c', x: 110, y: 100, r: 8, placement: 'exact' }
];

function line(
	kinds: EdgeKind[],
	counts: EdgeSummary['counts'],
	options: Partial<EdgeSummary> & { b?: string } = {}
): DrawnEdge {
	const b = options.b ?? 'b';
	const events = counts.happened + counts.expected + counts['called-off'];
	const summary: EdgeSummary = {
		source: 'a',
		target: b,
		direction: 'forward',
		status: counts.happened > 0 ? 'happened' : counts.expected > 0 ? 'expected' : 'called-off',
		eventIds: Array.from({ length: events }, (_, i) => `e${i}`),
		weight: Math.max(1, events),
		counts,
		statuses: {},
		standing: false,
		...options
	};
	return { key: `pair:a|${b}`, a: 'a', b, kinds, edges: [], summary };
}

function withGeometry(drawn: DrawnEdge) {
	const [geometry] = computeEdgeGeometry([drawn], NODES);
	return { ...drawn, geometry: geometry! };
}

const statuses = (d: DrawnEdge) =>
	edgeMark(withGeometry(d), 'name').strokes.map((s) => [s.status, s.dash, s.markerEnd]);

describe('edgeMark(line, label)', () => {
	it.each([
		{
			what: 'held only: one solid stroke with the arrow',
			counts: { happened: 3, expected: 0, 'called-off': 0 },
			want: [['happened', undefined, true]]
		},
		{
			what: 'held and planned: solid with the arrow, dashed beside it',
			counts: { happened: 2, expected: 1, 'called-off': 0 },
			want: [
				['happened', undefined, true],
				['expected', STATUS_DASH.expected, false]
			]
		},
		{
			what: 'planned only: the dashed stroke carries the arrow',
			counts: { happened: 0, expected: 2, 'called-off': 0 },
			want: [['expected', STATUS_DASH.expected, true]]
		},
		{
			what: 'called off only: one dotted stroke, no arrow',
			counts: { happened: 0, expected: 0, 'called-off': 2 },
			want: [['called-off', STATUS_DASH['called-off'], false]]
		},
		{
			what: 'all three: solid, dashed and dotted',
			counts: { happened: 1, expected: 1, 'called-off': 1 },
			want: [
				['happened', undefined, true],
				['expected', STATUS_DASH.expected, false],
				['called-off', STATUS_DASH['called-off'], false]
			]
		}
	])('draws $what', ({ counts, want }) => {
		expect(statuses(line(['meeting'], counts))).toEqual(want);
	});

	it('edgeMark(line) gives the solid stroke the width of what happened only, never of plans or called-off contacts', () => {
		const mark = edgeMark(
			withGeometry(line(['meeting'], { happened: 3, expected: 4, 'called-off': 5 })),
			'x'
		);
		expect(mark.strokes[0]!.width).toBe(edgeWidth(3));
		expect(mark.held).toBe(3);
		expect(mark.expected).toBe(4);
		expect(mark.calledOff).toBe(5);
	});

	it('edgeMark(line) puts the dashed and dotted strokes beside the solid one, not on it', () => {
		const mark = edgeMark(
			withGeometry(line(['meeting'], { happened: 1, expected: 1, 'called-off': 1 })),
			'x'
		);
		const ds = mark.strokes.map((s) => s.d);
		expect(new Set(ds).size).toBe(3);
		expect(ds[0]).toBe(mark.d);
	});

	it('edgeMark(line) stacks one glyph per kind, centred, each drawn at its place, on a plate when there are several', () => {
		const kinds: EdgeKind[] = ['meeting', 'mediation', 'pressure'];
		const mark = edgeMark(
			withGeometry(line(kinds, { happened: 3, expected: 0, 'called-off': 0 })),
			'x'
		);
		expect(mark.kind).toBe('mixed');
		expect(mark.marker).toBe('neutral');
		expect(mark.kinds).toBe('meeting mediation pressure');
		expect(mark.glyphs.map((g) => [g.kind, g.shape, g.d, g.dx])).toEqual(
			kinds.map((k, i) => [
				k,
				edgeGlyph(k).shape,
				computeGlyph(EDGE_GLYPHS[k], GLYPH_RADIUS, (i - 1) * GLYPH_STEP).d,
				(i - 1) * GLYPH_STEP
			])
		);
		expect(mark.glyphBack).toBe(3 * GLYPH_STEP + 2);
		const single = edgeMark(
			withGeometry(line(['visit'], { happened: 1, expected: 0, 'called-off': 0 })),
			'x'
		);
		expect(single.glyphs.map((g) => [g.dx, g.d])).toEqual([[0, edgeGlyph('visit').d]]);
		expect(single.glyphBack).toBe(0);
		expect(single.marker).toBe('visit');
	});

	it('edgeMark(line) draws no glyph on a line too short to hold one', () => {
		const mark = edgeMark(
			withGeometry(line(['meeting'], { happened: 1, expected: 0, 'called-off': 0 }, { b: 'c' })),
			'x'
		);
		expect(mark.glyphAt).toBeNull();
		expect(mark.glyphs).toEqual([]);
	});

	it('edgeMark(line) runs the line from its source, arrows at both ends when both initiated', () => {
		const drawn = line(
			['meeting'],
			{ happened: 2, expected: 0, 'called-off': 0 },
			{ source: 'b', target: 'a', direction: 'both' }
		);
		const geometry = withGeometry(drawn).geometry;
		const mark = edgeMark(withGeometry(drawn), 'x');
		expect(mark.d).toBe(geometry.reversePath);
		expect(mark.strokes[0]!.markerStart).toBe(true);
		expect(mark.strokes[0]!.markerEnd).toBe(true);
	});

	it('edgeMark(line) draws a standing relation without events thin and solid, over an underlay', () => {
		const mark = edgeMark(
			withGeometry(
				line(['meeting'], { happened: 0, expected: 0, 'called-off': 0 }, { standing: true })
			),
			'x'
		);
		expect(mark.strokes.map((s) => s.status)).toEqual(['happened']);
		expect(mark.standingWidth).toBeGreaterThan(mark.strokes[0]!.width);
	});

	it('edgeMark(line) draws a membership line thin, without arrows, glyph or hit stroke', () => {
		const mark = edgeMark(
			withGeometry(
				line(['membership'], { happened: 1, expected: 0, 'called-off': 0 }, { direction: 'none' })
			),
			'x'
		);
		expect(mark.kind).toBe('membership');
		expect(mark.strokes).toHaveLength(1);
		expect(mark.strokes[0]!.markerEnd).toBe(false);
		expect(mark.glyphs).toEqual([]);
		expect(mark.hitWidth).toBe(0);
	});
});

describe('edgeMarks(lines, labelOf)', () => {
	it('edgeMarks(lines, labelOf) names each line and leaves the lines as they were', () => {
		const lines = [
			withGeometry(line(['meeting'], { happened: 1, expected: 0, 'called-off': 0 })),
			withGeometry(line(['visit'], { happened: 0, expected: 1, 'called-off': 0 }, { b: 'c' }))
		];
		const before = structuredClone(lines);
		const marks = edgeMarks(lines, (d) => `line ${d.b}`);
		expect(marks.map((m) => [m.key, m.label])).toEqual([
			['pair:a|b', 'line b'],
			['pair:a|c', 'line c']
		]);
		expect(lines).toEqual(before);
	});
});

describe('edgeMarks(lines, labelOf, glyphLimit)', () => {
	it('edgeMarks(lines, labelOf, 2) puts kind glyphs on the two heaviest lines only, equals in order', () => {
		const weights = [1, 5, 3, 5, 1];
		const lines = weights.map((weight, i) => {
			const drawn = line(['meeting'], { happened: weight, expected: 0, 'called-off': 0 });
			return withGeometry({ ...drawn, key: `k${i}` });
		});
		const marks = edgeMarks(lines, () => 'x', 2);
		expect(marks.map((m) => m.glyphs.length > 0)).toEqual([false, true, false, true, false]);
		expect(marks.filter((m) => m.glyphAt === null)).toHaveLength(3);
		// Lines without glyphs keep everything else.
		expect(marks.every((m) => m.strokes.length === 1 && m.label === 'x')).toBe(true);
		const tied = edgeMarks(lines, () => 'x', 3);
		expect(tied.map((m) => m.glyphs.length > 0)).toEqual([false, true, true, true, false]);
		expect(edgeMarks(lines, () => 'x', 10).every((m) => m.glyphs.length > 0)).toBe(true);
	});
});

describe('linesWithEvents(lines, eventIds)', () => {
	it.each([
		{ ids: [], want: [] },
		{ ids: ['e0'], want: ['pair:a|b', 'pair:a|c'] },
		{ ids: ['e2'], want: ['pair:a|b'] },
		{ ids: ['zz'], want: [] }
	])('linesWithEvents(lines, $ids) is $want', ({ ids, want }) => {
		const lines = [
			line(['meeting'], { happened: 3, expected: 0, 'called-off': 0 }),
			line(['visit'], { happened: 1, expected: 0, 'called-off': 0 }, { b: 'c' })
		];
		expect([...linesWithEvents(lines, new Set(ids))]).toEqual(want);
	});
});

describe('edgeWidth', () => {
	it.each([
		[0, 1.5],
		[1, 1.5],
		[2, 2.8],
		[5, 1.5 + 1.3 * 2],
		// Capped at 7 px.
		[100, 7]
	])('edgeWidth(%i) is %d px', (weight, width) => {
		expect(edgeWidth(weight)).toBeCloseTo(width, 9);
	});
});
