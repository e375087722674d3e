import { DAY, crowd, bundledIndex } from '../../../helpers/timelineCrowd';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { markKeyAt, marksOfEvent, orderedEventId } from '$lib/layout/timeline/laneIndex';
import { randomDataset } from '../../../fixtures/randomDataset';
import { computeLanes } from '../../../helpers/oracles/computeLanes';
import { countInRange, timeSlice } from '../../../helpers/oracles/countInRange';
import { indexTimelineLanes } from '../../../helpers/oracles/indexTimelineLanes';
import { visibleMarks } from '../../../helpers/oracles/visibleMarks';

describe('indexTimelineLanes', () => {
	it.each([
		['the bundled dataset', () => bundledIndex()],
		[
			'a random dataset',
			() => {
				const data = randomDataset(11, { events: 300, spanDays: 400 });
				const events = sortEventsByTime(data.events);
				const lanes = computeLanes(events, createActorHierarchy(data.actors), 'actor');
				return { events, lanes, index: indexTimelineLanes(events, lanes) };
			}
		]
	])(
		'indexTimelineLanes(%s) keeps every membership once, sorted by time per lane',
		(_name, make) => {
			const { events, lanes } = make();
			const before = structuredClone({ events, lanes });
			const index = indexTimelineLanes(events, lanes);
			expect({ events, lanes }).toEqual(before);
			const keys = index.lanes.flatMap((lane) => lane.events.map((_, i) => markKeyAt(lane, i)));
			expect(keys.sort()).toEqual(lanes.memberships.map((m) => `${m.eventId}@${m.laneKey}`).sort());
			for (const lane of index.lanes) {
				for (let i = 1; i < lane.times.length; i++) {
					expect(lane.times[i]!).toBeGreaterThanOrEqual(lane.times[i - 1]!);
				}
			}
			// The navigation order holds every event in a lane once, in time order.
			const order = Array.from(index.order, (_, i) => orderedEventId(index, i));
			expect(new Set(order).size).toBe(order.length);
			expect(order.length).toBe(new Set(lanes.memberships.map((m) => m.eventId)).size);
			for (let i = 1; i < index.orderTimes.length; i++) {
				expect(index.orderTimes[i]!).toBeGreaterThanOrEqual(index.orderTimes[i - 1]!);
			}
			// Each event's marks, top lane first.
			for (const id of order.slice(0, 50)) {
				const marks = marksOfEvent(index, id);
				expect(marks.length).toBe(lanes.memberships.filter((m) => m.eventId === id).length);
				expect(marks.map(([lane]) => lane)).toEqual(
					[...marks.map(([lane]) => lane)].sort((a, b) => a - b)
				);
			}
		}
	);
});

describe('visible slice', () => {
	const { events, lanes } = crowd(30, 4);
	const index = indexTimelineLanes(events, lanes);
	const lane = index.lanes[0]!;
	const at = (day: number, hours = 0) => Date.UTC(2024, 2, 1) + day * DAY + hours * 3_600_000;

	it.each<[string, number, number, number]>([
		['one whole day', at(5), at(6), 4],
		['a week', at(10), at(17), 28],
		['before every event', at(-10), at(-5), 0],
		['the afternoon of a day (plotted at noon)', at(3, 13), at(3, 23), 0],
		// A band clipped to a window it lies outside of: [max(start, w0), min(end, w1)) is
		// reversed. This counted -(marks between) and made the 20,000-event scale test miss
		// 14 events of a lane after End (a band in the cull margin, past the window's edge).
		['a reversed range (a band clipped to a window before it)', at(10), at(5), 0],
		['a reversed range within one day', at(5, 20), at(5, 2), 0]
	])('timeSlice(lane, %s) finds the marks plotted in it', (_what, start, end, count) => {
		const before = structuredClone(lane);
		const [lo, hi] = timeSlice(lane, start, end);
		expect(hi - lo).toBe(count);
		expect(countInRange(lane, start, end)).toBe(count);
		for (let i = lo; i < hi; i++) {
			expect(lane.times[i]!).toBeGreaterThanOrEqual(start);
			expect(lane.times[i]!).toBeLessThan(end);
		}
		expect(lane).toEqual(before);
	});

	it.each<[string, number, number]>([
		['a day', at(5), at(6)],
		['a window reaching back to earlier uncertainty windows', at(8), at(8, 6)],
		['past the last day', at(31), at(40)]
	])(
		'visibleMarks(lane, %s) is exactly the marks whose drawing overlaps it',
		(_what, start, end) => {
			const got = visibleMarks(lane, start, end);
			const expected = [...lane.times.keys()].filter(
				(i) => lane.spanEnd[i]! >= start && lane.spanStart[i]! <= end
			);
			expect(got).toEqual(expected);
		}
	);
});
