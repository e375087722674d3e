/**
 * The mediation network's data as a runes class (graph, layout, what is visible and drawn), so
 * the component only draws. Create it while the component initialises: it owns effects.
 */
import { untrack } from 'svelte';
import type { DiplomaticEvent } from '$lib/data/schema';
import { selectNodes, subgraph } from '$lib/layout/network/boundGraph';
import type { Graph } from '$lib/layout/network/graphTypes';
import type { NodeLayout } from '$lib/layout/network/layoutTypes';
import { layoutNodesSteps } from '$lib/layout/network/layoutNetwork';
import { runFor, runToEnd, type Steps } from '$lib/data/steps';
import { LruCache } from '$lib/layout/network/lruCache';
import { diagramHeight } from '$lib/layout/network/diagramHeight';
import type { TimeMode } from '$lib/layout/network/eventsInTime';
import { estimateTextWidth } from '$lib/layout/text/estimateTextWidth';
import type { GraphIndex } from '$lib/layout/network/graphIndex';
import { parallelOffsets } from '$lib/layout/network/edgeGeometry';
import { selectionKeyOf, type NetworkLayoutRequest } from '$lib/layout/network/layoutAheadRequest';
import { GraphBuilds } from './graphBuilds';
import { NetworkDrawings } from './networkDrawing';
import type { QueueJob } from '../linkedViewQueue';
import type { ParleyState } from '../parleyState.svelte';
import type { LinkedViews, NetworkAheadInput, NetworkInput } from '../linkedViews.svelte';

export const FONT_SIZE = 12;
export type SizeBy = 'events' | 'brokerage' | 'degree';

/** A step of a layout made ahead runs for about this long (ms). */
const LAYOUT_STEP_MS = 40;
/** Thousands of actors cannot be read (nor drawn quickly): past this, the most connected. */
const NODE_LIMIT = 150;
/** Lines drawn at most: the heaviest (membership lines always). */
const EDGE_LIMIT = 600;
type Followed = NetworkInput;

interface Kept {
	subgraphs: LruCache<Graph>;
	layouts: LruCache<NodeLayout>;
	/** Layouts begun in steps ahead of drawing, by the key they will be kept under. */
	pending: Map<string, Steps<NodeLayout>>;
	indexes: WeakMap<Graph, GraphIndex>;
	offsets: WeakMap<Graph, Map<string, number>>;
	scores: Map<string, Promise<Map<string, number>>>;
}

export class NetworkModel {
	readonly #parley: ParleyState;
	width = $state(0);
	/** Text widths from the real font once the chart is in the page; an estimate before. */
	measure = $state<(text: string) => number>((text) =>
		estimateTextWidth(text, FONT_SIZE, 'glyphs')
	);
	/** The same in bold (a tooltip's first line). */
	measureBold = $state<(text: string) => number>(
		(text) => estimateTextWidth(text, FONT_SIZE, 'glyphs') * 1.08
	);
	/** How many times `measure` was replaced: layouts are kept by it. */
	#measured = $state(0);
	/** The labels' CSS font `measure` measures in; null while it is an estimate. */
	#labelFont = $state<string | null>(null);
	/** One line per pair of actors (false), or one per pair and kind of contact. */
	splitByKind = $state(false);
	sizeBy = $state<SizeBy>('events');
	/** Scores of the chosen sizing, once computed (null while loading, and for events). */
	scores = $state.raw<ReadonlyMap<string, number> | null>(null);
	/** What the network draws from, following the page's state (see LinkedViews). */
	readonly #followed: LinkedViews['network'];
	readonly #keptFor = new WeakMap<Graph, Kept>();
	/** Graphs built ahead in steps, or at once, and kept. */
	readonly #builds = new GraphBuilds();
	/** What is drawn, kept for its inputs: made ahead for the next state, then drawn. */
	readonly #drawings = new NetworkDrawings();

	constructor(parley: ParleyState, linked: LinkedViews) {
		this.#parley = parley;
		this.#followed = linked.network;
		// The page's state follows and schedules; the network gives the work: its graph and
		// layout made ahead, and what the next state draws computed before it is drawn.
		$effect(() =>
			linked.driveNetwork({
				ahead: (next) => this.#layOutAhead(next),
				prepare: (next) => this.#prepareDrawing(next)
			})
		);
		// An export credits the events drawn: listed when asked (hundreds of thousands of ids in a
		// large dataset, too many to write into the page on every redraw).
		$effect(() => {
			parley.chartEvents.set('network', () => ({
				count: this.inTime.count,
				eventIds: this.drawn.flatMap((d) => d.summary.eventIds)
			}));
			return () => parley.chartEvents.delete('network');
		});
		// What the loader's worker lays a new dataset out with, for this network to take.
		$effect(() => {
			const request = this.#layoutRequest;
			const ahead = parley.networkAhead;
			ahead.request = request;
			return () => {
				if (ahead.request === request) ahead.request = null;
			};
		});
		// Sizes by brokerage or degree: computed (their library loaded) when chosen.
		$effect(() => {
			const sizeBy = this.sizeBy;
			const graph = this.graph;
			if (sizeBy === 'events') {
				this.scores = null;
				return;
			}
			let current = true;
			void this.#scoresFor(graph, sizeBy).then((scores) => {
				if (current) this.scores = scores;
			});
			return () => {
				current = false;
			};
		});
	}

	/** Replaces the text measure (the real font, `font` in CSS, once the chart is in the page). */
	setMeasure(
		measure: (text: string) => number,
		bold: (text: string) => number = measure,
		font: string | null = null
	) {
		this.measure = measure;
		this.measureBold = bold;
		this.#labelFont = font;
		// Counted without reading it reactively: a caller's effect must not depend on it.
		untrack(() => this.#measured++);
	}

	get allEvents() {
		return this.#followed.current.allEvents;
	}
	get visibleEvents() {
		return this.#followed.current.visibleEvents;
	}
	get actorIds() {
		return this.#followed.current.actorIds;
	}
	get window() {
		return this.#followed.current.window;
	}

	fullGraph = $derived.by(() =>
		this.#builds.graphOf(
			this.#followed.current.allEvents,
			this.#followed.current.hierarchy,
			this.#followed.current.relations,
			this.#parley.view.networkShowMembers
		)
	);

	selection = $derived.by(() =>
		this.#selectionFor(
			this.fullGraph,
			this.#followed.current.filtersActive,
			this.#followed.current.visibleEvents
		)
	);
	/** The chosen ids as one string: an unchanged choice keeps the same layout. */
	#selectionKey = $derived.by(() => selectionKeyOf(this.selection.ids));
	graph = $derived.by(() => this.#graphFor(this.fullGraph, this.#selectionKey));
	height = $derived.by(() => diagramHeight(this.width));
	/** Waiting for the sizes (brokerage, degree) the layout is drawn with. */
	scoring = $derived.by(() => this.sizeBy !== 'events' && this.scores === null);
	/** The layout last drawn: kept on screen while new sizes load, so the diagram never blinks. */
	#drawnLayout: NodeLayout | null = null;
	layout = $derived.by(() => {
		if (this.width <= 0) return null;
		if (this.scoring) return this.#drawnLayout;
		return (this.#drawnLayout = this.#layoutFor(
			this.fullGraph,
			this.#selectionKey,
			this.#followed.current.allEvents
		));
	});

	// Time: the timeline's window by default, or everything up to an "as of" day.
	lastDay = $derived.by(() =>
		this.allEvents.reduce((max, e) => (e.date.value > max ? e.date.value : max), '')
	);
	firstDay = $derived.by(() =>
		this.allEvents.reduce((min, e) => (min === '' || e.date.value < min ? e.date.value : min), '')
	);
	#graphIndex = $derived.by(() => this.#indexFor(this.fullGraph, this.graph, this.allEvents));
	#drawing = $derived.by(() =>
		this.#drawings.drawingOf({
			allEvents: this.allEvents,
			visibleEvents: this.visibleEvents,
			time: this.#timeMode(this.window),
			graph: this.graph,
			index: this.#graphIndex,
			layout: this.layout,
			splitByKind: this.splitByKind,
			edgeLimit: EDGE_LIMIT,
			offsets: () => this.#offsetsFor(this.fullGraph, this.graph)
		})
	);
	inTime = $derived.by(() => this.#drawing.inTime);
	visible = $derived.by(() => this.#drawing.visible);
	/** Lines in view (per pair, or per pair and kind), before the limit. */
	lines = $derived.by(() => this.#drawing.lines);
	/** The lines drawn, with their geometry: the heaviest, so the DOM stays bounded. */
	drawn = $derived.by(() => this.#drawing.drawn);
	/** What each drawn line is drawn with. */
	marks = $derived.by(() => this.#drawing.marks);
	contactCount = $derived.by(() => this.#drawing.contactCount);
	/** An actor's name as the chart says it. */
	nameOf = $derived.by(() => this.#drawing.nameOf);

	#timeMode(window: readonly [number, number] | null): TimeMode {
		const asOf = this.#parley.view.networkAsOf;
		return asOf ? { kind: 'asOf', day: asOf } : { kind: 'window', window };
	}

	/**
	 * The drawing of the state the network is about to follow, made and kept in a task of its
	 * own (the graph and layout are usually ready, made ahead), so that the task that follows
	 * it only draws. Nothing while sizes load: the diagram then keeps its last layout.
	 */
	*#prepareDrawing(next: Followed): Steps<void> {
		if (this.width <= 0 || this.scoring) return;
		const full = this.#builds.graphOf(
			next.allEvents,
			next.hierarchy,
			next.relations,
			this.#parley.view.networkShowMembers
		);
		const key = selectionKeyOf(
			this.#selectionFor(full, next.filtersActive, next.visibleEvents).ids
		);
		const graph = this.#graphFor(full, key);
		yield* this.#drawings.drawingSteps({
			allEvents: next.allEvents,
			visibleEvents: next.visibleEvents,
			time: this.#timeMode(next.window),
			graph,
			index: this.#indexFor(full, graph, next.allEvents),
			layout: this.#layoutFor(full, key, next.allEvents),
			splitByKind: this.splitByKind,
			edgeLimit: EDGE_LIMIT,
			offsets: () => this.#offsetsFor(full, graph)
		});
	}

	#layOutAhead(next: NetworkAheadInput): QueueJob | void {
		if (this.width <= 0 || this.sizeBy !== 'events') return;
		const view = this.#parley.view;
		const build = this.#builds.buildOf(
			next.allEvents,
			next.hierarchy,
			next.relations,
			view.networkShowMembers
		);
		// A large dataset's graph: built a slice of events at a time, a task each.
		const steps = (): QueueJob | void =>
			this.#builds.buildSome(build) ? () => this.#prepare(build.done!.graph, next) : steps;
		return steps();
	}

	/** A built graph's part for the filters, then its index, then its layout: a task each. */
	#prepare(
		full: Graph,
		next: {
			allEvents: readonly DiplomaticEvent[];
			visibleEvents: readonly DiplomaticEvent[];
			active: boolean;
		}
	): QueueJob {
		const key = selectionKeyOf(this.#selectionFor(full, next.active, next.visibleEvents).ids);
		const sub = this.#graphFor(full, key);
		return () => {
			this.#indexFor(full, sub, next.allEvents);
			return () => this.#layOutInSteps(full, key, next.allEvents);
		};
	}

	#kept(full: Graph): Kept {
		let entry = this.#keptFor.get(full);
		if (!entry) {
			entry = {
				subgraphs: new LruCache(4),
				layouts: new LruCache(4),
				pending: new Map(),
				indexes: new WeakMap(),
				offsets: new WeakMap(),
				scores: new Map()
			};
			this.#keptFor.set(full, entry);
		}
		return entry;
	}

	/** The nodes drawn for these filters: all, or the most connected past NODE_LIMIT. */
	#selectionFor(from: Graph, active: boolean, events: readonly DiplomaticEvent[]) {
		const ids = from.nodes.length > NODE_LIMIT && active ? new Set(events.map((e) => e.id)) : null;
		return selectNodes(from, NODE_LIMIT, ids ? (id) => ids.has(id) : null);
	}

	#graphFor(full: Graph, key: string | null): Graph {
		return this.#kept(full).subgraphs.get(key ?? '*', () =>
			subgraph(full, key === null ? null : key.split('\n').filter(Boolean))
		);
	}

	/** A layout by forces sized by events, in the real font: what a worker can make ahead. */
	#layoutRequest = $derived.by((): NetworkLayoutRequest | null =>
		this.width > 0 &&
		this.#labelFont !== null &&
		this.sizeBy === 'events' &&
		this.#parley.view.networkLayout === 'force'
			? {
					width: this.width,
					height: this.height,
					showMembers: this.#parley.view.networkShowMembers,
					font: this.#labelFont,
					fontSize: FONT_SIZE,
					nodeLimit: NODE_LIMIT
				}
			: null
	);

	/** The layout the loader's worker made for these events, when it is the one asked now. */
	#madeAhead(full: Graph, key: string | null, events: readonly DiplomaticEvent[]) {
		const wanted = {
			request: this.#layoutRequest,
			selectionKey: key,
			graph: this.#graphFor(full, key)
		};
		return this.#parley.networkAhead.take(events, wanted, this.measure);
	}

	/** Where a layout for the current size, mode, font and sizing is kept. */
	#layoutKey(key: string | null): string {
		return `${key ?? '*'}|${this.width}|${this.height}|${this.#parley.view.networkLayout}|${this.#measured}|${this.sizeBy}`;
	}

	/** The steps of the layout under `layoutKey`: begun now, unless already under way. */
	#layoutSteps(full: Graph, key: string | null, layoutKey: string): Steps<NodeLayout> {
		const pending = this.#kept(full).pending;
		let steps = pending.get(layoutKey);
		if (!steps) {
			const sizeBy = this.sizeBy;
			const scores = this.scores;
			steps = layoutNodesSteps(this.#graphFor(full, key), {
				width: this.width,
				height: this.height,
				mode: this.#parley.view.networkLayout,
				measureText: this.measure,
				fontSize: FONT_SIZE,
				...(sizeBy !== 'events' && scores ? { sizeBy: scores } : {})
			});
			pending.set(layoutKey, steps);
		}
		return steps;
	}

	/**
	 * The layout: made by the loader's worker, or from the steps made ahead (the rest run at
	 * once), or made now.
	 */
	#layoutFor(full: Graph, key: string | null, events: readonly DiplomaticEvent[]): NodeLayout {
		const layoutKey = this.#layoutKey(key);
		const kept = this.#kept(full);
		return kept.layouts.get(layoutKey, () => {
			const layout =
				this.#madeAhead(full, key, events) ?? runToEnd(this.#layoutSteps(full, key, layoutKey));
			kept.pending.delete(layoutKey);
			return layout;
		});
	}

	/**
	 * A job laying the graph out a step at a time, each in a task of its own, and keeping it;
	 * the loader's worker's layout, as soon as it has come.
	 */
	#layOutInSteps(
		full: Graph,
		key: string | null,
		events: readonly DiplomaticEvent[]
	): QueueJob | void {
		const layoutKey = this.#layoutKey(key);
		const kept = this.#kept(full);
		const step = (): QueueJob | void => {
			if (kept.layouts.has(layoutKey)) return;
			const made = this.#madeAhead(full, key, events);
			if (made) {
				kept.pending.delete(layoutKey);
				kept.layouts.set(layoutKey, made);
				return;
			}
			const steps = this.#layoutSteps(full, key, layoutKey);
			const result = runFor(steps, LAYOUT_STEP_MS, () => performance.now());
			if (!result.done) return step;
			kept.pending.delete(layoutKey);
			kept.layouts.set(layoutKey, result.value);
		};
		return step();
	}

	#indexFor(full: Graph, of: Graph, events: readonly DiplomaticEvent[]): GraphIndex {
		const indexes = this.#kept(full).indexes;
		let index = indexes.get(of);
		if (!index) {
			index = this.#builds.indexOf(full, of, events);
			indexes.set(of, index);
		}
		return index;
	}

	#offsetsFor(full: Graph, of: Graph): Map<string, number> {
		const offsets = this.#kept(full).offsets;
		let byKey = offsets.get(of);
		if (!byKey) {
			byKey = parallelOffsets(of.edges);
			offsets.set(of, byKey);
		}
		return byKey;
	}

	#scoresFor(graph: Graph, sizeBy: Exclude<SizeBy, 'events'>): Promise<Map<string, number>> {
		const kept = this.#kept(this.fullGraph).scores;
		const key = `${sizeBy}|${graph.nodes.length}|${graph.edges.length}`;
		let scores = kept.get(key);
		if (!scores) {
			scores = import('$lib/layout/network/brokerage').then((m) =>
				sizeBy === 'brokerage' ? m.computeBrokerage(graph) : m.computeDegree(graph)
			);
			kept.set(key, scores);
		}
		return scores;
	}
}
