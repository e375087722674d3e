import { scaleUtc } from 'd3-scale';
import { readFileSync } from 'node:fs';
import { createActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';
import type { Dataset } from '../../src/lib/data/schema';
import { sortEventsByTime } from '../../src/lib/data/time/sortEvents';
import { type LaneGrouping } from '../../src/lib/layout/timeline/laneTypes';
import {
	DEFAULT_METRICS,
	layoutTimeline,
	shortTitle
} from '../../src/lib/layout/timeline/layoutTimeline';
import { LanePacker, zoomOctave } from '../../src/lib/layout/timeline/packLaneRows';
import { computeTimeExtent } from '../../src/lib/layout/timeline/timeExtent';
import { computeLanes } from './oracles/computeLanes';
import { indexTimelineLanes } from './oracles/indexTimelineLanes';

export const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;

export function layout(dataset: Dataset, grouping: LaneGrouping, width: number, zoomIn = 1) {
	const events = sortEventsByTime(dataset.events);
	const hierarchy = createActorHierarchy(dataset.actors);
	const lanes = computeLanes(events, hierarchy, grouping);
	const [start, end] = computeTimeExtent(events, [], dataset.meta.createdAt);
	const base = scaleUtc().domain([start, end]).range([0, width]);
	const middle = (start + end) / 2;
	const half = (end - start) / 2 / zoomIn;
	const domain = [middle - half, middle + half] as const;
	const x = scaleUtc().domain(domain).range([0, width]);
	const index = indexTimelineLanes(events, lanes);
	const packer = new LanePacker((t) => base(t), {
		glyphRadius: DEFAULT_METRICS.glyphRadius,
		gap: DEFAULT_METRICS.labelReserve
	});
	return {
		events,
		lanes,
		result: layoutTimeline({
			index,
			packer,
			x: (t) => x(t),
			domain,
			octave: zoomOctave(zoomIn),
			width,
			labelText: (event) => shortTitle(event.summary)
		})
	};
}
