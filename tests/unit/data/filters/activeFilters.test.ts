/**
 * Correctness at 100,000 events: counts, filters (against a naive reference), sorting, the
 * data export subsets and the network's edges are right, and what is drawn stays bounded.
 * Outcomes only: nothing here is timed.
 */
import { N, hierarchy, all, naiveFilter } from '../../../helpers/manyEvents';
import { NO_FILTERS } from '$lib/data/filters/filterEvents';
import { describe, expect, it, vi } from 'vitest';
import { explainFilters } from '$lib/data/filters/activeFilters';

// Building 100,000 events and their references takes seconds on a busy machine; nothing is timed.
vi.setConfig({ testTimeout: 60_000 });
describe(`at ${N.toLocaleString('en-GB')} events`, () => {
	it('explains an empty result with each filter counted on its own', () => {
		const criteria = { ...NO_FILTERS, actorIds: ['state-1'], statuses: ['claimed' as const] };
		expect(explainFilters(all, hierarchy, criteria)).toEqual([
			{
				filter: 'actorIds',
				count: naiveFilter(all, { ...NO_FILTERS, actorIds: ['state-1'] }).length
			},
			{ filter: 'statuses', count: all.filter((e) => e.status === 'claimed').length }
		]);
	});
});
