/**
 * Correctness at 100,000 events: counts, filters (against a naive reference), sorting, the
 * data export subsets and the network's edges are right, and what is drawn stays bounded.
 * Outcomes only: nothing here is timed.
 */
import { N, dataset, hierarchy, all, ids, naiveFilter } from '../../../helpers/manyEvents';
import { describe, expect, it, vi } from 'vitest';
import { filterEvents, type FilterCriteria, NO_FILTERS } from '$lib/data/filters/filterEvents';

// Building 100,000 events and their references takes seconds on a busy machine; nothing is timed.
vi.setConfig({ testTimeout: 60_000 });
describe(`at ${N.toLocaleString('en-GB')} events`, () => {
	it.each<{ name: string; criteria: Partial<FilterCriteria>; events?: number }>([
		{ name: 'no filter', criteria: {} },
		{ name: 'one state (its people included)', criteria: { actorIds: ['state-3'] } },
		{ name: 'one person', criteria: { actorIds: ['person-3-1'] } },
		{ name: 'two actors, any', criteria: { actorIds: ['state-1', 'group-2'] } },
		{
			name: 'two actors, all together',
			criteria: { actorIds: ['state-1', 'state-2'], actorMode: 'all' }
		},
		{
			name: 'three actors, all, mediators not counted',
			criteria: {
				actorIds: ['state-1', 'person-2-0', 'group-0'],
				actorMode: 'all',
				includeMediators: false
			}
		},
		{ name: 'every actor, any', criteria: { actorIds: dataset.actors.map((a) => a.id) } },
		{ name: 'categories', criteria: { categories: ['CONSULT', 'none'] } },
		{
			name: 'status and confidence',
			criteria: { statuses: ['planned', 'cancelled'], confidences: ['low'] }
		},
		{ name: 'time range', criteria: { timeRange: { start: '2019-06-01', end: '2019-06-30' } } },
		{
			name: 'everything at once',
			criteria: {
				actorIds: ['state-5'],
				categories: ['CONSULT', 'AGREE', 'REJECT'],
				statuses: ['occurred'],
				timeRange: { start: '2020-01-01', end: '2020-12-31' }
			}
		},
		// The search reference builds every event's text: a 10,000-event slice keeps it quick.
		{ name: 'search', criteria: { search: 'EVENT 123' }, events: 10_000 }
	])('filterEvents matches the naive reference: $name', ({ criteria, events }) => {
		const input = events ? all.slice(0, events) : all;
		const full = { ...NO_FILTERS, ...criteria };
		const got = filterEvents(input, hierarchy, full);
		expect(ids(got)).toEqual(ids(naiveFilter(input, full)));
		// Asked twice (the search text is cached the second time), the answer is the same.
		expect(ids(filterEvents(input, hierarchy, full))).toEqual(ids(got));
	});
});
