/**
 * How a change reaches the views: filters and the window change the visible events and window at
 * once, and the timeline reads them; every other view reads a value here that follows them in a
 * task of its own after the timeline's frame (see `LinkedViewQueue`). One value per view, so each
 * view's update is its own task. The page makes this once, beside its `ParleyState`.
 */
import { createContext, untrack } from 'svelte';
import type { ActorHierarchy } from '$lib/data/actors/actorHierarchy';
import type { FilterCriteria } from '$lib/data/filters/filterEvents';
import type { Dataset, DiplomaticEvent, Relation, Source } from '$lib/data/schema';
import type { Steps } from '$lib/data/steps';
import { primarySources } from '$lib/data/summarizeDataset';
import { followDelay } from '$lib/layout/network/followDelay';
import { FollowingValue } from './followingValue.svelte';
import type { LinkedViewQueue, QueueJob } from './linkedViewQueue';
import type { ParleyState } from './parleyState.svelte';
import { stableRecord } from './stableRecord';

/** What the network draws from. */
export interface NetworkInput {
	allEvents: readonly DiplomaticEvent[];
	hierarchy: ActorHierarchy;
	relations: readonly Relation[];
	visibleEvents: readonly DiplomaticEvent[];
	filtersActive: boolean;
	actorIds: readonly string[];
	window: readonly [number, number] | null;
}

/** What the network makes ahead when the dataset or the filters change: graph, index, layout. */
export type NetworkAheadInput = Omit<NetworkInput, 'filtersActive' | 'actorIds' | 'window'> & {
	active: boolean;
};

/** The network's work, given by its model while it is in the page. */
export interface NetworkWork {
	/** Graph, index and layout for a new dataset or filter, a step per task (a queue job). */
	ahead: (next: NetworkAheadInput) => QueueJob | void;
	/** What the next input draws, in steps, before the input is shown. */
	prepare: (next: NetworkInput) => Steps<void> | void;
}

/** Zooming over more events than this, the network waits for the gesture to settle. */
const NETWORK_AT_ONCE_UP_TO = 20_000;
const NETWORK_SETTLE_MS = 150;
const NO_RELATIONS: readonly Relation[] = [];

export class LinkedViews {
	/** The dataset header's facts line (it reads every event). */
	readonly facts: FollowingValue<Dataset>;
	/** The dataset header's sources (hundreds in a large export). */
	readonly sources: FollowingValue<readonly Source[]>;
	/** The filter panel's choices and their counts over every event. */
	readonly choices: FollowingValue<{
		hierarchy: ActorHierarchy;
		events: readonly DiplomaticEvent[];
	}>;
	/** The filter panel's counts of what each choice would give with the other filters. */
	readonly facets: FollowingValue<{
		hierarchy: ActorHierarchy;
		events: readonly DiplomaticEvent[];
		criteria: FilterCriteria;
	}>;
	/** Why nothing is left, when nothing is: null otherwise. */
	readonly whyEmpty: FollowingValue<{
		events: readonly DiplomaticEvent[];
		hierarchy: ActorHierarchy;
		criteria: FilterCriteria;
	} | null>;
	/** The overview strip under the timeline. */
	readonly overview: FollowingValue<readonly DiplomaticEvent[]>;
	/** The mediation network: while a zoom gesture goes on over many events, it waits. */
	readonly network: FollowingValue<NetworkInput>;
	/** The table's rows. */
	readonly rows: FollowingValue<{
		dataset: Dataset;
		events: readonly DiplomaticEvent[];
		total: number;
	}>;
	#networkWork: NetworkWork | null = null;
	#latestNetwork: NetworkInput | null = null;
	#lastWindowMove = -Infinity;
	/** The owner of the network's ahead job in the queue. */
	readonly #networkAhead = {};
	readonly #parley: ParleyState;
	readonly #queue: LinkedViewQueue;
	/** Derived, so the list is one object while the dataset is the same. */
	readonly #primarySources = $derived.by(() => primarySources(this.#parley.dataset));

	/**
	 * Create it while a component initialises (the page): it owns effects. The queue is the
	 * page state's (what exports and the benchmark wait on); tests give one with their clock.
	 */
	constructor(parley: ParleyState, queue: LinkedViewQueue = parley.linkedViews) {
		this.#parley = parley;
		this.#queue = queue;
		const filters = parley.filters;
		this.facts = new FollowingValue(queue, () => parley.dataset);
		this.sources = new FollowingValue(queue, () => this.#primarySources);
		this.choices = new FollowingValue(
			queue,
			stableRecord(() => ({ hierarchy: parley.hierarchy, events: parley.allEvents }))
		);
		this.facets = new FollowingValue(
			queue,
			stableRecord(() => ({
				hierarchy: parley.hierarchy,
				events: parley.allEvents,
				criteria: filters.criteria
			}))
		);
		// Working out why nothing is left filters every event once per filter.
		this.whyEmpty = new FollowingValue(
			queue,
			stableRecord(() =>
				parley.visibleEvents.length === 0
					? { events: parley.allEvents, hierarchy: parley.hierarchy, criteria: filters.criteria }
					: null
			)
		);
		this.overview = new FollowingValue(queue, () => parley.allEvents);
		// A new dataset or filter: the network's graph and layout are made ahead, in tasks of
		// their own, before the task that draws them.
		$effect.pre(() => {
			const next: NetworkAheadInput = {
				allEvents: parley.allEvents,
				hierarchy: parley.hierarchy,
				relations: parley.dataset.relations ?? NO_RELATIONS,
				visibleEvents: parley.visibleEvents,
				active: filters.isActive
			};
			untrack(() => this.#scheduleNetworkAhead(next));
		});
		$effect(() => () => queue.cancel(this.#networkAhead));
		const networkInput = stableRecord((): NetworkInput => ({
			allEvents: parley.allEvents,
			hierarchy: parley.hierarchy,
			relations: parley.dataset.relations ?? NO_RELATIONS,
			visibleEvents: parley.visibleEvents,
			filtersActive: filters.isActive,
			actorIds: filters.actorIds,
			window: parley.view.visibleWindow
		}));
		this.network = new FollowingValue<NetworkInput>(
			queue,
			() => (this.#latestNetwork = networkInput()),
			{
				delayMs: () => this.#networkDelay(),
				prepare: (next) => {
					const work = this.#networkWork;
					const steps = work?.prepare(next);
					// A network taken out of the page part-way: its steps stop, the value still follows.
					return steps ? whileGiven(steps, () => this.#networkWork === work) : undefined;
				}
			}
		);
		this.rows = new FollowingValue(
			queue,
			stableRecord(() => ({
				dataset: parley.dataset,
				events: parley.visibleEvents,
				total: parley.allEvents.length
			}))
		);
	}

	/**
	 * The network's model gives its work while it is in the page (from an effect: the returned
	 * function takes it back); the ahead work starts at once for what is shown now.
	 */
	driveNetwork(work: NetworkWork): () => void {
		this.#networkWork = work;
		const parley = this.#parley;
		untrack(() =>
			this.#scheduleNetworkAhead({
				allEvents: parley.allEvents,
				hierarchy: parley.hierarchy,
				relations: parley.dataset.relations ?? NO_RELATIONS,
				visibleEvents: parley.visibleEvents,
				active: parley.filters.isActive
			})
		);
		return () => {
			if (this.#networkWork === work) this.#networkWork = null;
			this.#queue.cancel(this.#networkAhead);
		};
	}

	#scheduleNetworkAhead(next: NetworkAheadInput) {
		const work = this.#networkWork;
		if (!work) return;
		this.#queue.schedule(this.#networkAhead, () => work.ahead(next), 0, this.network);
	}

	/** No wait, except during a zoom gesture over many events (see `followDelay`). */
	#networkDelay(): number {
		const now = performance.now();
		const sincePreviousMs = now - this.#lastWindowMove;
		const latest = this.#latestNetwork;
		const windowOnly = latest !== null && isWindowOnly(latest, this.network.current);
		if (windowOnly) this.#lastWindowMove = now;
		return followDelay(
			{ windowOnly, events: latest?.visibleEvents.length ?? 0, sincePreviousMs },
			{ atOnceUpTo: NETWORK_AT_ONCE_UP_TO, settleMs: NETWORK_SETTLE_MS }
		);
	}
}

/** The steps while `given()` holds: one step each. */
function* whileGiven(steps: Steps<void>, given: () => boolean): Steps<void> {
	while (given() && !steps.next().done) yield;
}

function isWindowOnly(next: NetworkInput, shown: NetworkInput): boolean {
	return (
		next.allEvents === shown.allEvents &&
		next.hierarchy === shown.hierarchy &&
		next.relations === shown.relations &&
		next.visibleEvents === shown.visibleEvents &&
		next.actorIds === shown.actorIds
	);
}

const [getLinkedViews, setLinkedViews] = createContext<LinkedViews>();
export { getLinkedViews, setLinkedViews };
