/**
 * The open dataset and everything derived from it, with the filters and the view: the one
 * state object a page creates and passes to its views through context.
 */
import { createContext } from 'svelte';
import { createActorHierarchy } from '$lib/data/actorHierarchy';
import { filterEvents } from '$lib/data/filterEvents';
import { indexDataset } from '$lib/data/indexDataset';
import type { Dataset, DiplomaticEvent } from '$lib/data/schema';
import { sortEventsByTime } from '$lib/data/sortEvents';
import { FilterState } from './filterState.svelte';
import { LinkedViewQueue } from './linkedViewQueue';
import { ViewState } from './viewState.svelte';

export class ParleyState {
	dataset = $state.raw<Dataset>() as Dataset;
	/** Stored source texts by the path written in `sources[].text`. */
	sourceTexts = $state.raw<ReadonlyMap<string, string>>(new Map());
	readonly filters = new FilterState();
	readonly view = new ViewState();
	/** Where linked views queue their updates to run after the timeline's frame is painted. */
	readonly linkedViews = new LinkedViewQueue();

	index = $derived(indexDataset(this.dataset));
	eventsById = $derived(new Map(this.dataset.events.map((event) => [event.id, event])));
	hierarchy = $derived(createActorHierarchy(this.dataset.actors));
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
		this.#handedOver = timeOrdered && { events: dataset.events, sorted: timeOrdered };
		this.dataset = dataset;
		this.sourceTexts = sourceTexts;
		this.datasetName = name;
		return dropped;
	}

	eventById(id: string | null) {
		return id === null ? undefined : this.eventsById.get(id);
	}
}

const [getParleyState, setParleyState] = createContext<ParleyState>();
export { getParleyState, setParleyState };
