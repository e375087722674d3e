import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { isolateBidi } from '$lib/data/text/bidi';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { buildGraph } from '$lib/layout/network/buildGraph';
import type { Graph } from '$lib/layout/network/graphTypes';
import { computeEdgeGeometry, parallelOffsets } from '$lib/layout/network/edgeGeometry';
import { edgeMarks } from '$lib/layout/network/edgeMarks';
import { layoutNodes } from '$lib/layout/network/layoutNetwork';
import { eventsInTime, type TimeMode } from '$lib/layout/network/eventsInTime';
import { heaviestEdges } from '$lib/layout/network/heaviestEdges';
import { drawnEdges } from '$lib/layout/network/pairEdges';
import { indexGraph, positionsById } from '$lib/layout/network/graphIndex';
import { computeVisibleGraph } from '../../../helpers/oracles/computeVisibleGraph';
import { edgeLabel, nodeTitle } from '$lib/state/network/networkText';
import { NetworkDrawings, type DrawingInput } from '$lib/state/network/networkDrawing';
import { randomNetworkDataset } from '../../../fixtures/randomNetworkDataset';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function setUp(seed: number) {
	const dataset = randomNetworkDataset(seed, 40, 400);
	const allEvents = sortEventsByTime(dataset.events);
	const hierarchy = createActorHierarchy(dataset.actors);
	const graph = buildGraph(allEvents, hierarchy);
	const index = indexGraph(graph, positionsById(allEvents));
	const layout = layoutNodes(graph, { width: 900, height: 560, mode: 'force' });
	return { allEvents, graph, index, layout };
}

/** What the network draws, computed step by step without the cache. */
function direct(input: DrawingInput) {
	const visibleEvents = eventsInTime(input.visibleEvents, input.time);
	const visible = computeVisibleGraph(input.graph, new Set(visibleEvents.map((e) => e.id)));
	const edges = input.graph.edges.flatMap((edge) => {
		const summary = visible.edges.get(edge.key);
		return summary && input.layout ? [{ edge, summary }] : [];
	});
	const lines = drawnEdges(edges, input.splitByKind);
	const kept = heaviestEdges(
		lines.map((line) => ({ line, edge: { kind: line.kinds[0]! }, summary: line.summary })),
		input.edgeLimit
	).map(({ line }) => line);
	const geometry = input.layout
		? computeEdgeGeometry(
				kept,
				input.layout.nodes,
				input.splitByKind ? parallelOffsets(input.graph.edges) : new Map()
			)
		: [];
	const drawn = kept.map((line, i) => ({ ...line, geometry: geometry[i]! }));
	const names = new Map(input.graph.nodes.map((node) => [node.id, nodeTitle(node)]));
	const nameOf = (id: string) => names.get(id) ?? id;
	return {
		count: visibleEvents.length,
		lines,
		marks: edgeMarks(drawn, (line) => edgeLabel(line, nameOf))
	};
}

const TIMES: { name: string; time: TimeMode }[] = [
	{ name: 'all dates', time: { kind: 'window', window: null } },
	{ name: 'a year', time: { kind: 'window', window: [day('2024-01-01'), day('2025-01-01')] } },
	{ name: 'as of a day', time: { kind: 'asOf', day: '2024-06-15' } }
];

function inputOf(
	s: ReturnType<typeof setUp>,
	time: TimeMode,
	options: Partial<DrawingInput> = {}
): DrawingInput {
	return {
		allEvents: s.allEvents,
		visibleEvents: s.allEvents,
		time,
		graph: s.graph,
		index: s.index,
		layout: s.layout,
		splitByKind: false,
		edgeLimit: 600,
		offsets: () => parallelOffsets(s.graph.edges),
		...options
	};
}

describe('NetworkDrawings', () => {
	const cases = [1, 2].flatMap((seed) =>
		TIMES.flatMap(({ name, time }) =>
			[false, true].flatMap((splitByKind) =>
				[600, 12].map((edgeLimit) => ({
					name: `seed ${seed}, ${name}, ${splitByKind ? 'split by kind' : 'per pair'}, at most ${edgeLimit} lines`,
					seed,
					time,
					splitByKind,
					edgeLimit
				}))
			)
		)
	);
	it.each(cases)(
		'drawingOf(input) draws what the steps give one by one: $name',
		({ seed, time, splitByKind, edgeLimit }) => {
			const s = setUp(seed);
			const input = inputOf(s, time, { splitByKind, edgeLimit });
			const drawing = new NetworkDrawings().drawingOf(input);
			const want = direct(input);
			expect(drawing.inTime.count).toBe(want.count);
			expect(drawing.lines.map((l) => [l.key, l.summary.weight])).toEqual(
				want.lines.map((l) => [l.key, l.summary.weight])
			);
			expect(drawing.marks).toEqual(want.marks);
			expect(drawing.drawn.map((d) => d.key)).toEqual(want.marks.map((m) => m.key));
			expect(drawing.contactCount).toBe(
				want.lines.filter((l) => l.kinds[0] !== 'membership').length
			);
		}
	);

	it('drawingOf(input) asked again for the same inputs gives what it kept (made ahead, then drawn)', () => {
		const s = setUp(3);
		const drawings = new NetworkDrawings();
		const first = drawings.drawingOf(inputOf(s, TIMES[1]!.time));
		// A new but equal time window and a new input object: still the same state.
		const again = drawings.drawingOf(
			inputOf(s, { kind: 'window', window: [day('2024-01-01'), day('2025-01-01')] })
		);
		expect(again).toBe(first);
		expect(again.marks).toBe(first.marks);
	});

	it('drawingSteps(input) yields after each stage it computes, and drawingOf then finds them kept', () => {
		const s = setUp(5);
		const drawings = new NetworkDrawings();
		const steps = drawings.drawingSteps(inputOf(s, TIMES[1]!.time));
		let yields = 0;
		let result = steps.next();
		for (; !result.done; result = steps.next()) yields++;
		// Events in time, the visible graph, the lines: a task each before the last stage.
		expect(yields).toBe(3);
		expect(drawings.drawingOf(inputOf(s, TIMES[1]!.time))).toBe(result.value);
		// Everything kept: asked again, nothing is computed, so there is no step.
		expect(drawings.drawingSteps(inputOf(s, TIMES[1]!.time)).next().done).toBe(true);
	});

	it('drawingOf(input) keeps the last two states: the one shown and the one made ahead', () => {
		const s = setUp(4);
		const drawings = new NetworkDrawings();
		const shown = drawings.drawingOf(inputOf(s, TIMES[0]!.time));
		const ahead = drawings.drawingOf(inputOf(s, TIMES[1]!.time));
		expect(drawings.drawingOf(inputOf(s, TIMES[0]!.time))).toBe(shown);
		expect(drawings.drawingOf(inputOf(s, TIMES[1]!.time))).toBe(ahead);
		expect(ahead.visible).not.toBe(shown.visible);
		// Same graph: its names are kept.
		expect(ahead.nameOf).toBe(shown.nameOf);
	});

	it('drawingOf(input) with no layout yet counts what is visible and draws nothing', () => {
		const s = setUp(5);
		const drawing = new NetworkDrawings().drawingOf(inputOf(s, TIMES[0]!.time, { layout: null }));
		expect(drawing.inTime.count).toBe(s.allEvents.length);
		expect(drawing.visible.nodes.size).toBeGreaterThan(0);
		expect(drawing.lines).toEqual([]);
		expect(drawing.drawn).toEqual([]);
		expect(drawing.marks).toEqual([]);
	});

	it('drawingOf(input) names actors as the chart does, and an unknown id as it is', () => {
		const s = setUp(6);
		const { nameOf } = new NetworkDrawings().drawingOf(inputOf(s, TIMES[0]!.time));
		const node = s.graph.nodes[0]!;
		expect(nameOf(node.id)).toBe(nodeTitle(node));
		expect(nameOf('no-such-actor')).toBe('no-such-actor');
		expect(nameOf('مصر')).toBe(isolateBidi('مصر'));
	});

	it('drawingOf(input) does not change its inputs', () => {
		const s = setUp(7);
		const before = JSON.stringify([s.allEvents, s.graph, s.layout]);
		const graph: Graph = s.graph;
		new NetworkDrawings().drawingOf(inputOf(s, TIMES[1]!.time, { splitByKind: true }));
		expect(JSON.stringify([s.allEvents, graph, s.layout])).toBe(before);
	});
});
