/**
 * The network's graphs, built ahead in steps and kept: a new dataset's graph is built a slice
 * of events at a time, each slice in a task of its own (a step of a linked-view job), so that
 * hundreds of thousands of events never hold the page for long; the view that draws it then
 * asks with the same arguments and gets the built graph, with its index over the events.
 */
import type { ActorHierarchy } from '$lib/data/actors/actorHierarchy';
import type { DiplomaticEvent, Relation } from '$lib/data/schema';
import type { Graph } from '$lib/layout/network/graphTypes';
import { GraphBuilder } from '$lib/layout/network/graphBuilder';
import {
	indexGraph,
	indexSubgraph,
	positionsById,
	type GraphIndex
} from '$lib/layout/network/graphIndex';

/**
 * A step builds for about this long (ms); the builder's work is counted in events (or edges
 * written) and checked against the clock every BUILD_CHUNK of them.
 */
const BUILD_STEP_MS = 40;
const BUILD_CHUNK = 2048;

export interface GraphBuild {
	events: readonly DiplomaticEvent[];
	hierarchy: ActorHierarchy;
	relations: readonly Relation[];
	showMembers: boolean;
	builder: GraphBuilder;
	done: { graph: Graph; index: GraphIndex } | null;
}

export class GraphBuilds {
	/** Builds begun, latest last. */
	readonly #builds: GraphBuild[] = [];
	/** The index of each whole graph built, over the events it was built from. */
	readonly #wholeIndex = new WeakMap<
		Graph,
		{ index: GraphIndex; events: readonly DiplomaticEvent[] }
	>();
	readonly #kept: number;
	readonly #now: () => number;

	/** Keeps the latest `kept` builds; `now` is the clock steps are timed by. */
	constructor(kept = 2, now: () => number = () => performance.now()) {
		this.#kept = kept;
		this.#now = now;
	}

	/** The build of these arguments, begun (nothing run yet) when there is none. */
	buildOf(
		events: readonly DiplomaticEvent[],
		hierarchy: ActorHierarchy,
		relations: readonly Relation[],
		showMembers: boolean
	): GraphBuild {
		let build = this.#builds.find(
			(b) =>
				b.events === events &&
				b.hierarchy === hierarchy &&
				b.relations === relations &&
				b.showMembers === showMembers
		);
		if (!build) {
			build = {
				events,
				hierarchy,
				relations,
				showMembers,
				builder: new GraphBuilder(events, hierarchy, relations, { showMembers }),
				done: null
			};
			this.#builds.push(build);
			if (this.#builds.length > this.#kept) this.#builds.shift();
		}
		return build;
	}

	/** The graph of these arguments: what was built ahead, the rest built at once. */
	graphOf(
		events: readonly DiplomaticEvent[],
		hierarchy: ActorHierarchy,
		relations: readonly Relation[],
		showMembers: boolean
	): Graph {
		return this.finish(this.buildOf(events, hierarchy, relations, showMembers)).graph;
	}

	/** Builds what is left of a build at once. */
	finish(build: GraphBuild): { graph: Graph; index: GraphIndex } {
		if (!build.done) {
			build.done = build.builder.result();
			this.#wholeIndex.set(build.done.graph, { index: build.done.index, events: build.events });
		}
		return build.done;
	}

	/** Builds some more, for about BUILD_STEP_MS (at least one chunk); true once it is built. */
	buildSome(build: GraphBuild): boolean {
		if (build.done) return true;
		const started = this.#now();
		while (!build.builder.step(BUILD_CHUNK)) {
			if (this.#now() - started >= BUILD_STEP_MS) return false;
		}
		this.finish(build);
		return true;
	}

	/**
	 * The index of a part of a whole graph built here (or of the whole) over `events`: from the
	 * whole's own index when built from them, else looked up by id.
	 */
	indexOf(whole: Graph, part: Graph, events: readonly DiplomaticEvent[]): GraphIndex {
		const built = this.#wholeIndex.get(whole);
		return built && built.events === events
			? indexSubgraph(whole, built.index, part)
			: indexGraph(part, positionsById(events));
	}
}
