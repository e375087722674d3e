import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createActorHierarchy, rollUpActor } from '../../src/lib/data/actorHierarchy';
import type { Dataset } from '../../src/lib/data/schema';
import { sortEventsByTime } from '../../src/lib/data/sortEvents';
import { computeLanes, type LaneGrouping } from '../../src/lib/layout/timeline/computeLanes';
import { indexTimelineLanes } from '../../src/lib/layout/timeline/laneIndex';
import { indexVisibleLanes, prepareTimelineLanes } from '../../src/lib/layout/timeline/laneModel';
import {
	DEFAULT_METRICS,
	LABEL_CHARACTERS,
	labelRoom,
	labelTitle,
	layoutTimeline
} from '../../src/lib/layout/timeline/layoutTimeline';
import { LanePacker, packLaneRows, zoomOctave } from '../../src/lib/layout/timeline/packLaneRows';
import { computeTimeExtent } from '../../src/lib/layout/timeline/timeExtent';
import { datasetArbitrary } from '../fixtures/arbitraryDataset';

// Generated datasets are slow to build on a busy machine.
vi.setConfig({ testTimeout: 120_000 });

const metrics = DEFAULT_METRICS;
const packOptions = {
	glyphRadius: metrics.glyphRadius,
	gap: metrics.labelReserve,
	compactGap: metrics.compactGap,
	labelRoom: (lane: { events: { summary: string }[] }, i: number) =>
		labelRoom(lane.events[i]!.summary.length, metrics.fontSize)
};

function layout(dataset: Dataset, grouping: LaneGrouping, width: number) {
	const events = sortEventsByTime(dataset.events);
	const hierarchy = createActorHierarchy(dataset.actors);
	const index = indexVisibleLanes(prepareTimelineLanes(events, hierarchy, grouping), events);
	const domain = computeTimeExtent(events, [], dataset.meta.createdAt);
	const x = scaleUtc().domain(domain).range([0, width]);
	const packer = new LanePacker((t) => x(t), { ...packOptions, plotWidth: width });
	const result = layoutTimeline({
		index,
		packer,
		x: (t) => x(t),
		domain,
		octave: zoomOctave(1),
		width,
		labelText: (event) => labelTitle(event.summary),
		metrics
	});
	return { events, hierarchy, index, result };
}

const datasets = fc.tuple(datasetArbitrary(10), fc.constantFrom(360, 900, 1400));

describe('compact marks', () => {
	it('layoutTimeline(dataset) draws each event once as a primary mark, in its first source actor’s lane', () => {
		fc.assert(
			fc.property(datasets, ([dataset, width]) => {
				const before = structuredClone(dataset);
				const { events, hierarchy, result } = layout(dataset, 'state', width);
				expect(dataset).toEqual(before);
				const primary = result.marks.filter((mark) => !mark.compact);
				for (const event of events) {
					const own = primary.filter((mark) => mark.eventId === event.id);
					// Marks are laid out only in view; at the fitted zoom every event is.
					expect(own).toHaveLength(1);
					const lane = `actor:${rollUpActor(hierarchy, event.sourceActors[0]!)}`;
					expect(own[0]!.laneKey).toBe(lane);
				}
				// Labels belong to primary marks only.
				const primaryKeys = new Set(primary.map((mark) => mark.key));
				for (const label of result.labels) expect(primaryKeys.has(label.key)).toBe(true);
			}),
			{ numRuns: 60, endOnFailure: true }
		);
	});

	it('layoutTimeline(dataset) never overlaps marks in a row, compact or not, nor labels and marks', () => {
		fc.assert(
			fc.property(
				datasets,
				fc.constantFrom<LaneGrouping>('state', 'actor'),
				([dataset, width], grouping) => {
					const { result } = layout(dataset, grouping, width);
					const byRow = new Map<string, [number, number][]>();
					const add = (row: string, extent: [number, number]) =>
						byRow.set(row, [...(byRow.get(row) ?? []), extent]);
					for (const mark of result.marks)
						add(`${mark.laneKey}#${mark.row}`, [mark.geometry.x0, mark.geometry.x1]);
					for (const label of result.labels) add(label.rowKey, [label.x, label.x + label.width]);
					for (const [row, extents] of byRow) {
						const sorted = extents.sort((a, b) => a[0] - b[0]);
						for (let i = 1; i < sorted.length; i++)
							expect(sorted[i]![0], `overlap in ${row}`).toBeGreaterThanOrEqual(
								sorted[i - 1]![1] - 1e-9
							);
					}
				}
			),
			{ numRuns: 60, endOnFailure: true }
		);
	});

	it('layoutTimeline(dataset) gives at least 90 % of the events drawn one by one a label of 40 characters or their whole summary', () => {
		fc.assert(
			fc.property(datasetArbitrary(10), (dataset) => {
				const width = 1100;
				const { result } = layout(dataset, 'state', width);
				const primary = result.marks.filter((mark) => !mark.compact && !mark.pinned);
				if (primary.length === 0) return;
				const labelled = result.labels.filter((label) => {
					const mark = primary.find((m) => m.key === label.key)!;
					const full = labelTitle(mark.event.summary);
					const shown = label.text.endsWith('…') ? label.text.length - 1 : label.text.length;
					return shown >= Math.min(LABEL_CHARACTERS, full.length) - 1;
				});
				expect(labelled.length).toBeGreaterThanOrEqual(Math.floor(0.9 * primary.length));
			}),
			{ numRuns: 80, endOnFailure: true }
		);
	});
});

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
