import { bundled, cases } from '../../../helpers/laneModelCases';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { prepareTimelineLanes } from '$lib/layout/timeline/laneModel';
import { computeTimeExtent, computeTimeExtentOfSpans } from '$lib/layout/timeline/timeExtent';

describe('computeTimeExtentOfSpans', () => {
	it.each([...cases, { name: 'no events', dataset: { ...bundled, events: [] } }])(
		'computeTimeExtentOfSpans(lane model of $name) is computeTimeExtent of its events',
		({ dataset }) => {
			const all = sortEventsByTime(dataset.events);
			const model = prepareTimelineLanes(all, createActorHierarchy(dataset.actors), 'state');
			for (const extra of [[], ['2026-04-03'], ['1999-01-01', '2031-12-31']]) {
				expect(computeTimeExtentOfSpans(model.spans, extra, '2026-04-01')).toEqual(
					computeTimeExtent(all, extra, '2026-04-01')
				);
			}
		}
	);
});
