import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FilterCriteria } from '$lib/data/filters/filterEvents';
import { FilterState } from '$lib/state/filterState.svelte';

describe('FilterState', () => {
	it('new FilterState() has no filter set and its criteria are NO_FILTERS', () => {
		const filters = new FilterState();
		expect(filters.isActive).toBe(false);
		expect(filters.criteria).toEqual({ ...NO_FILTERS, quoting: null });
	});

	it.each<[string, (filters: FilterState) => void]>([
		['an actor', (f) => f.onlyActor('norland')],
		['a category', (f) => (f.categories = ['CONSULT'])],
		['a status', (f) => (f.statuses = ['planned'])],
		['a confidence', (f) => (f.confidences = ['low'])],
		['a search', (f) => (f.search = 'talks')],
		['a time range', (f) => (f.timeRange = { start: '2024-01-01', end: '2024-02-01' })],
		['quoting', (f) => (f.quoting = 'unquoted')]
	])('setting %s makes isActive true; reset() clears it', (_name, setFilter) => {
		const filters = new FilterState();
		setFilter(filters);
		expect(filters.isActive).toBe(true);
		filters.reset();
		expect(filters.isActive).toBe(false);
	});

	it('a search of spaces alone, or only the actor mode, is not an active filter', () => {
		const filters = new FilterState();
		filters.search = '   ';
		filters.actorMode = 'all';
		filters.includeMediators = !NO_FILTERS.includeMediators;
		expect(filters.isActive).toBe(false);
	});

	it('toggleActor(id) adds an actor, then takes it out, keeping the others in order', () => {
		const filters = new FilterState();
		filters.toggleActor('a');
		filters.toggleActor('b');
		filters.toggleActor('c');
		filters.toggleActor('b');
		expect(filters.actorIds).toEqual(['a', 'c']);
		filters.onlyActor('d');
		expect(filters.actorIds).toEqual(['d']);
	});

	it('set(criteria) puts every field into criteria as given, and leaves the input as it was', () => {
		const criteria: FilterCriteria = {
			actorIds: ['a', 'b'],
			actorMode: 'all',
			includeMediators: false,
			categories: [],
			statuses: ['occurred'],
			confidences: ['high', 'medium'],
			search: 'river',
			timeRange: { start: '2024-01-01', end: '2024-12-31' },
			quoting: 'quoted'
		};
		const before = structuredClone(criteria);
		const filters = new FilterState();
		filters.set(criteria);
		expect(filters.criteria).toEqual(criteria);
		expect(criteria).toEqual(before);
		filters.set({ ...criteria, quoting: undefined });
		expect(filters.quoting).toBeNull();
	});
});
