/**
 * The open dataset and everything derived from it, with the filters and the view: the one
 * state object a page creates and passes to its views through context.
 */
import { createContext } from 'svelte';
import { createActorHierarchy, type ActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { filterEvents } from '$lib/data/filters/filterEvents';
import { indexDataset } from '$lib/data/indexDataset';
import type { Dataset, DiplomaticEvent } from '$lib/data/schema';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { runInSlices, yieldToPage, type Steps } from '$lib/data/steps';
import { FilterState } from './filterState.svelte';
import { LinkedViewQueue } from './linkedViewQueue';
import { NetworkLayoutsAhead } from './network/networkLayoutsAhead';
import { ViewState } from './viewState.svelte';

/** The events a chart draws: how many, and their ids (for the sources an export credits). */
export interface ShownByChart {
	count: number;
	eventIds: readonly string[];
}

/** A dataset about to be shown, as a view prepares for it (see `ParleyState.prepare`). */
export interface IncomingDataset {
	dataset: Dataset;
	/** Its events in time order: what `allEvents` will be. */
	allEvents: readonly DiplomaticEvent[];
	hierarchy: ActorHierarchy;
	/** True when filters are set: what is shown will be a part of `allEvents`. */
	filtersActive: boolean;
}

/**
 * A view's preparation for a dataset: work in steps that fills what the view will derive (its
 * caches), returning what to do once the dataset is shown (as it opens), if anything.
 */
export type DatasetPreparer = (incoming: IncomingDataset) => Steps<(() => void) | void>;

/** How long each slice of a preparation runs (ms) before the page gets a turn. */
const PREPARE_SLICE_MS = 40;

export class ParleyState {
	dataset = $state.raw<Dataset>() as Dataset;
	/** Stored source texts by the path written in `sources[].text`. */
	sourceTexts = $state.raw<ReadonlyMap<string, string>>(new Map());
	readonly filters = new FilterState();
	readonly view = new ViewState();
	/** Where linked views queue their updates to run after the timeline's frame is painted. */
	readonly linkedViews = new LinkedViewQueue();
	/** The network's layout, made by the loader's worker for a dataset opened. */
	readonly networkAhead = new NetworkLayoutsAhead();
	/**
	 * What a chart that draws a part of the visible events shows, asked for when it is exported
	 * (its caption counts them, its credit names their sources), by the chart's name.
	 */
	readonly chartEvents = new Map<string, () => ShownByChart>();

	/** What was prepared ahead for the dataset about to open (see `prepare`). */
	#prepared: {
		dataset: Dataset;
		allEvents: readonly DiplomaticEvent[];
		hierarchy: ActorHierarchy;
		opened: (() => void)[];
	} | null = null;
	readonly #preparers = new Set<DatasetPreparer>();

	index = $derived(indexDataset(this.dataset));
	eventsById = $derived(new Map(this.dataset.events.map((event) => [event.id, event])));
	hierarchy = $derived(
		this.#prepared?.dataset === this.dataset
			? this.#prepared.hierarchy
			: createActorHierarchy(this.dataset.actors)
	);
	/** The dataset's events in time order as the loader handed them over, not sorted again. */
	#handedOver = $state.raw<{ events: readonly DiplomaticEvent[]; sorted: DiplomaticEvent[] }>();
	/** Every event, in time order. */
	allEvents = $derived(
		this.#handedOver?.events === this.dataset.events
			? this.#handedOver.sorted
			: sortEventsByTime(this.dataset.events)
	);
	/** The events the filters let through, in time order: what every view shows. */
	visibleEvents = $derived(filterEvents(this.allEvents, this.hierarchy, this.filters.criteria));

	/** What the open dataset is called (its file name or address). */
	datasetName = $state('');

	constructor(dataset: Dataset, sourceTexts: ReadonlyMap<string, string> = new Map(), name = '') {
		this.dataset = dataset;
		this.sourceTexts = sourceTexts;
		this.datasetName = name;
	}

	/** Adds a view's preparation for datasets opened through `prepare`; returns its removal. */
	addPreparer(preparer: DatasetPreparer): () => void {
		this.#preparers.add(preparer);
		return () => this.#preparers.delete(preparer);
	}

	/**
	 * Prepares a large dataset before `open` shows it: each view's preparation runs a slice of
	 * about 40 ms at a time, each slice a task of its own, so that no task holds the page for
	 * long; `open` then finds the views' work done. False when `wanted` turned false meanwhile.
	 */
	async prepare(
		dataset: Dataset,
		timeOrdered: readonly DiplomaticEvent[],
		wanted: () => boolean = () => true
	): Promise<boolean> {
		const incoming: IncomingDataset = {
			dataset,
			allEvents: timeOrdered,
			hierarchy: createActorHierarchy(dataset.actors),
			filtersActive: this.filters.isActive
		};
		const preparers = [...this.#preparers];
		const opened: (() => void)[] = [];
		function* all(): Steps<void> {
			for (const preparer of preparers) {
				const then = yield* preparer(incoming);
				if (then) opened.push(then);
			}
		}
		const done = await runInSlices(all(), {
			sliceMs: PREPARE_SLICE_MS,
			now: () => performance.now(),
			yieldToPage,
			wanted
		});
		if (done === null) return false;
		// The last slice and the first drawing (in the caller's `open`) in tasks of their own.
		await yieldToPage();
		if (!wanted()) return false;
		this.#prepared = { ...incoming, opened };
		return true;
	}

	/**
	 * Shows another dataset. Filters and selections that name actors or events it does not have
	 * are dropped; the returned sentences say what was dropped, for a notice. `timeOrdered`:
	 * its events in time order already (the loader sorts them off the main thread).
	 */
	open(
		dataset: Dataset,
		sourceTexts: ReadonlyMap<string, string>,
		name: string,
		timeOrdered?: DiplomaticEvent[]
	): string[] {
		const dropped: string[] = [];
		if (this.filters.actorIds.length > 0) {
			const actorIds = new Set(dataset.actors.map((actor) => actor.id));
			const missingActors = this.filters.actorIds.filter((id) => !actorIds.has(id));
			if (missingActors.length > 0) {
				dropped.push(`the actor filter for ${missingActors.join(', ')}, not in ${name}`);
				this.filters.actorIds = this.filters.actorIds.filter((id) => actorIds.has(id));
			}
		}
		const selected = this.view.selectedEventId;
		if (selected !== null && !dataset.events.some((event) => event.id === selected)) {
			dropped.push(`the selected event ${selected}, not in ${name}`);
			this.view.selectedEventId = null;
		}
		this.view.hoveredEventId = null;
		this.view.highlightedEventIds = new Set();
		this.view.visibleWindow = null;
		const prepared = this.#prepared?.dataset === dataset ? this.#prepared : null;
		if (!prepared) this.#prepared = null;
		const sorted = timeOrdered ?? (prepared?.allEvents as DiplomaticEvent[] | undefined);
		this.#handedOver = sorted && { events: dataset.events, sorted };
		this.dataset = dataset;
		this.sourceTexts = sourceTexts;
		this.datasetName = name;
		// In the same update as the dataset: the views' first drawing of it is the prepared one.
		for (const then of prepared?.opened ?? []) then();
		return dropped;
	}

	eventById(id: string | null) {
		return id === null ? undefined : this.eventsById.get(id);
	}
}

const [getParleyState, setParleyState] = createContext<ParleyState>();
export { getParleyState, setParleyState };
