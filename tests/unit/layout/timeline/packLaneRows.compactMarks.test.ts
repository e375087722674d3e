import { packOptions } from '../../../helpers/compactPacking';
import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { packLaneRows } from '$lib/layout/timeline/packLaneRows';
import { computeTimeExtent } from '$lib/layout/timeline/timeExtent';
import { datasetArbitrary } from '../../../fixtures/arbitraryDataset';
import { computeLanes } from '../../../helpers/oracles/computeLanes';
import { indexTimelineLanes } from '../../../helpers/oracles/indexTimelineLanes';

// Generated datasets are slow to build on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

describe('packLaneRows with compact marks', () => {
	it('packLaneRows(lane) puts compact marks closer together than labelled ones', () => {
		// One actor as source of five same-week events, another as their target: the second
		// lane holds only compact marks.
		fc.assert(
			fc.property(datasetArbitrary(10), (dataset) => {
				const events = sortEventsByTime(dataset.events);
				const hierarchy = createActorHierarchy(dataset.actors);
				const index = indexTimelineLanes(events, computeLanes(events, hierarchy, 'actor'));
				const domain = computeTimeExtent(events, [], dataset.meta.createdAt);
				const x = scaleUtc().domain(domain).range([0, 900]);
				for (const lane of index.lanes) {
					const before = structuredClone(lane.times);
					const packing = packLaneRows(lane, (t) => x(t), packOptions);
					expect(lane.times).toEqual(before);
					const all = packLaneRows(lane, (t) => x(t), { ...packOptions, compactGap: 400 });
					// More room per compact mark never needs fewer rows.
					expect(all.rowCount).toBeGreaterThanOrEqual(packing.rowCount);
				}
			}),
			{ numRuns: 40, endOnFailure: true }
		);
	});
});
