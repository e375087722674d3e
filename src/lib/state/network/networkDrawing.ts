/**
 * What the network draws for a state of the page, from its graph and layout: the events in
 * time, the visible graph, the lines in view, those drawn (the heaviest, with their geometry)
 * and their marks. Each stage is kept for its inputs (the last two of each), so the stages can
 * be computed in a task of their own before the task that draws them, which then finds them
 * ready (NetworkModel asks for the next state's drawing ahead, then its deriveds ask again).
 */
import type { DiplomaticEvent } from '$lib/data/schema';
import { isolateBidi } from '$lib/data/text/bidi';
import { runToEnd, type Steps } from '$lib/data/steps';
import type { Graph } from '$lib/layout/network/graphTypes';
import { computeEdgeGeometry } from '$lib/layout/network/edgeGeometry';
import { edgeMarks, type EdgeMark } from '$lib/layout/network/edgeMarks';
import type { EdgeGeometry, NodeLayout } from '$lib/layout/network/layoutTypes';
import { heaviestEdges } from '$lib/layout/network/heaviestEdges';
import { markEventsInTime, type TimeMode } from '$lib/layout/network/eventsInTime';
import { drawnEdges, type DrawnEdge } from '$lib/layout/network/pairEdges';
import { visibleGraphSteps, type VisibleGraph } from '$lib/layout/network/visibleGraph';
import { type GraphIndex } from '$lib/layout/network/graphIndex';
import { edgeLabel, nodeTitle } from './networkText';

export interface DrawingInput {
	allEvents: readonly DiplomaticEvent[];
	visibleEvents: readonly DiplomaticEvent[];
	time: TimeMode;
	graph: Graph;
	index: GraphIndex;
	/** No layout yet: nothing is drawn (the visible graph is still counted). */
	layout: NodeLayout | null;
	splitByKind: boolean;
	/** Lines drawn at most (membership lines always). */
	edgeLimit: number;
	/** How far each line of a pair fans out (asked only when split by kind). */
	offsets: () => ReadonlyMap<string, number>;
}

export type PlacedLine = DrawnEdge & { geometry: EdgeGeometry };

export interface Drawing {
	inTime: { mask: Uint8Array; count: number };
	visible: VisibleGraph;
	/** Lines in view (per pair, or per pair and kind), before the limit. */
	lines: readonly DrawnEdge[];
	/** The lines drawn, with their geometry. */
	drawn: readonly PlacedLine[];
	/** What each drawn line is drawn with (its accessible name included). */
	marks: readonly EdgeMark[];
	/** Lines that are contacts (not membership). */
	contactCount: number;
	/** An actor's name as the chart says it. */
	nameOf: (id: string) => string;
}

/** A value kept for its inputs (compared by identity): the last `size` of them. */
class Kept<T> {
	readonly #entries: { deps: readonly unknown[]; value: T }[] = [];
	readonly #size: number;
	constructor(size = 2) {
		this.#size = size;
	}
	get(deps: readonly unknown[], compute: () => T): T {
		const hit = this.peek(deps);
		if (hit !== undefined) return hit;
		const value = compute();
		this.put(deps, value);
		return value;
	}
	/** The value kept for these inputs, if any. */
	peek(deps: readonly unknown[]): T | undefined {
		return this.#entries.find(
			(e) => e.deps.length === deps.length && e.deps.every((d, i) => Object.is(d, deps[i]))
		)?.value;
	}
	put(deps: readonly unknown[], value: T): void {
		this.#entries.unshift({ deps, value });
		this.#entries.length = Math.min(this.#entries.length, this.#size);
	}
}

/** A time mode as one comparable value. */
function timeKey(time: TimeMode): string {
	if (time.kind === 'asOf') return `asOf ${time.day}`;
	return time.window ? `window ${time.window[0]} ${time.window[1]}` : 'all';
}

export class NetworkDrawings {
	readonly #inTime = new Kept<Drawing['inTime']>();
	readonly #visible = new Kept<VisibleGraph>();
	readonly #lines = new Kept<readonly DrawnEdge[]>();
	readonly #drawn = new Kept<readonly PlacedLine[]>();
	readonly #marks = new Kept<readonly EdgeMark[]>();
	readonly #names = new Kept<(id: string) => string>();
	readonly #drawing = new Kept<Drawing>();
	/** Geometry of the lines drawn so far on each layout. */
	readonly #geometry = new WeakMap<NodeLayout, Map<string, EdgeGeometry>>();

	/** The drawing of these inputs: kept, or computed now. */
	drawingOf(input: DrawingInput): Drawing {
		return runToEnd(this.drawingSteps(input));
	}

	/**
	 * The drawing of these inputs, a stage at a time: yields after each stage it had to compute
	 * (events in time, the visible graph, the lines, those drawn), so that a large dataset's
	 * drawing can be made ahead in several short tasks.
	 */
	*drawingSteps(input: DrawingInput): Steps<Drawing> {
		const { graph, layout, splitByKind } = input;
		let computed = false;
		const computing =
			<T>(compute: () => T) =>
			() => {
				computed = true;
				return compute();
			};
		const stageDone = function* (): Steps<void> {
			if (computed) yield;
			computed = false;
		};
		const inTime = this.#inTime.get(
			[input.allEvents, input.visibleEvents, timeKey(input.time)],
			computing(() => markEventsInTime(input.allEvents, input.visibleEvents, input.time))
		);
		yield* stageDone();
		const visibleDeps = [graph, input.index, inTime.mask];
		let visible = this.#visible.peek(visibleDeps);
		if (!visible) {
			// A large graph's visible part takes several steps of its own.
			visible = yield* visibleGraphSteps(graph, input.index, inTime.mask);
			this.#visible.put(visibleDeps, visible);
			yield;
		}
		const lines = this.#lines.get(
			[graph, visible, layout !== null, splitByKind],
			computing(() => drawnEdges(visibleEdges(graph, visible, layout !== null), splitByKind))
		);
		yield* stageDone();
		const drawn = this.#drawn.get([lines, layout, input.edgeLimit], () =>
			this.#withGeometry(
				heaviestEdges(lines.map(asHeaviest), input.edgeLimit),
				layout,
				splitByKind ? input.offsets : null
			)
		);
		const nameOf = this.#names.get([graph], () => namesOf(graph));
		const marks = this.#marks.get([drawn, nameOf], () =>
			edgeMarks(drawn, (line) => edgeLabel(line, nameOf))
		);
		return this.#drawing.get([inTime, visible, lines, drawn, marks], () => ({
			inTime,
			visible,
			lines,
			drawn,
			marks,
			contactCount: lines.filter((d) => d.kinds[0] !== 'membership').length,
			nameOf
		}));
	}

	/** Lines with their geometry: computed only for lines drawn, and kept with the layout. */
	#withGeometry(
		lines: readonly { line: DrawnEdge }[],
		layout: NodeLayout | null,
		offsets: (() => ReadonlyMap<string, number>) | null
	): PlacedLine[] {
		if (!layout) return [];
		let byKey = this.#geometry.get(layout);
		if (!byKey) {
			byKey = new Map();
			this.#geometry.set(layout, byKey);
		}
		const missing = lines.filter(({ line }) => !byKey.has(line.key)).map(({ line }) => line);
		if (missing.length > 0) {
			// Split by kind, a pair's lines fan out; one line per pair is straight.
			for (const geometry of computeEdgeGeometry(
				missing,
				layout.nodes,
				offsets ? offsets() : new Map<string, number>()
			))
				byKey.set(geometry.key, geometry);
		}
		return lines.map(({ line }) => ({ ...line, geometry: byKey.get(line.key)! }));
	}
}

/** The graph's edges with a summary in view (none before there is a layout). */
function visibleEdges(graph: Graph, visible: VisibleGraph, laidOut: boolean) {
	if (!laidOut) return [];
	return graph.edges.flatMap((edge) => {
		const summary = visible.edges.get(edge.key);
		return summary ? [{ edge, summary }] : [];
	});
}

function asHeaviest(line: DrawnEdge) {
	return { line, edge: { kind: line.kinds[0]! }, summary: line.summary };
}

/** Actors' names as the chart says them; an id not in the graph, as it is. */
function namesOf(graph: Graph): (id: string) => string {
	const byId = new Map(graph.nodes.map((node) => [node.id, node]));
	return (id) => {
		const node = byId.get(id);
		return node ? nodeTitle(node) : isolateBidi(id);
	};
}
