/**
 * Correctness at 100,000 events: counts, filters (against a naive reference), sorting, the
 * data export subsets and the network's edges are right, and what is drawn stays bounded.
 * Outcomes only: nothing here is timed.
 */
import { N, dataset, hierarchy, all, ids } from '../../helpers/manyEvents';
import { describe, expect, it, vi } from 'vitest';
import { eventParticipants } from '$lib/data/actors/actorHierarchy';
import { selfAndAncestors } from '../../helpers/selfAndAncestors';
import { datasetToCsvTables } from '$lib/data/csv/datasetToCsv';
import { filterEvents, NO_FILTERS } from '$lib/data/filters/filterEvents';
import { subsetDataset } from '$lib/data/subsetDataset';

// Building 100,000 events and their references takes seconds on a busy machine; nothing is timed.
vi.setConfig({ testTimeout: 60_000 });
describe(`at ${N.toLocaleString('en-GB')} events`, () => {
	it('exports exactly the filtered events, as a dataset and as CSV rows', () => {
		const shown = filterEvents(all, hierarchy, { ...NO_FILTERS, actorIds: ['person-4-2'] });
		const subset = subsetDataset(dataset, new Set(ids(shown)));
		expect(new Set(ids(subset.events))).toEqual(new Set(ids(shown)));
		const needed = new Set(
			shown.flatMap((e) => eventParticipants(e).flatMap((id) => selfAndAncestors(hierarchy, id)))
		);
		expect(new Set(subset.actors.map((a) => a.id))).toEqual(needed);
		const csv = datasetToCsvTables(dataset, shown);
		expect(csv.events.data).toHaveLength(shown.length);
		const idColumn = csv.events.fields.indexOf('id');
		expect(csv.events.data.map((row) => row[idColumn])).toEqual(ids(shown));
	});
});
