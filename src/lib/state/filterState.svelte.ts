/** The filters the person has set; `criteria` is what the pure filter function reads. */
import { NO_FILTERS, type CategoryKey, type FilterCriteria } from '$lib/data/filters/filterEvents';
import type { Confidence, EventStatus } from '$lib/data/schema';

export class FilterState {
	actorIds = $state.raw<readonly string[]>(NO_FILTERS.actorIds);
	actorMode = $state<FilterCriteria['actorMode']>(NO_FILTERS.actorMode);
	includeMediators = $state(NO_FILTERS.includeMediators);
	categories = $state.raw<readonly CategoryKey[]>(NO_FILTERS.categories);
	statuses = $state.raw<readonly EventStatus[]>(NO_FILTERS.statuses);
	confidences = $state.raw<readonly Confidence[]>(NO_FILTERS.confidences);
	search = $state(NO_FILTERS.search);
	timeRange = $state.raw<FilterCriteria['timeRange']>(NO_FILTERS.timeRange);
	/** Only unquoted (coded) events, or only quoted ones; null for both. */
	quoting = $state<NonNullable<FilterCriteria['quoting']> | null>(null);

	criteria: FilterCriteria = $derived({
		actorIds: this.actorIds,
		actorMode: this.actorMode,
		includeMediators: this.includeMediators,
		categories: this.categories,
		statuses: this.statuses,
		confidences: this.confidences,
		search: this.search,
		timeRange: this.timeRange,
		quoting: this.quoting
	});

	/** Whether any filter is set. */
	isActive = $derived(
		this.actorIds.length > 0 ||
			this.categories.length > 0 ||
			this.statuses.length > 0 ||
			this.confidences.length > 0 ||
			this.search.trim() !== '' ||
			this.timeRange !== null ||
			this.quoting !== null
	);

	/** Shows only this actor's events (a state includes its members). */
	onlyActor(actorId: string) {
		this.actorIds = [actorId];
	}

	toggleActor(actorId: string) {
		this.actorIds = this.actorIds.includes(actorId)
			? this.actorIds.filter((id) => id !== actorId)
			: [...this.actorIds, actorId];
	}

	set(criteria: FilterCriteria) {
		this.actorIds = criteria.actorIds;
		this.actorMode = criteria.actorMode;
		this.includeMediators = criteria.includeMediators;
		this.categories = criteria.categories;
		this.statuses = criteria.statuses;
		this.confidences = criteria.confidences;
		this.search = criteria.search;
		this.timeRange = criteria.timeRange;
		this.quoting = criteria.quoting ?? null;
	}

	reset() {
		this.set(NO_FILTERS);
	}
}
