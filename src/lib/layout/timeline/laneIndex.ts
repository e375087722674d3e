/**
 * The timeline's whole-dataset work, done once per dataset, filter or grouping: each lane's
 * marks sorted by plotted time in typed arrays, so that a zoom frame finds what it can see by
 * binary search (d3-array `bisector`) instead of walking every event, and the order keyboard
 * navigation steps through.
 */
import { bisector } from 'd3-array';
import type { DiplomaticEvent } from '$lib/data/schema';
import type { LaneRole, TimelineLane, TimelineLanes } from './computeLanes';
import { DAY_MS, dayStart, plottedTime } from './markGeometry';

export interface LaneMarks {
	lane: TimelineLane;
	/** Position in the lane order, 0 at the top. */
	index: number;
	/** One entry per mark of the lane, all in the same order: by plotted time, then event order. */
	events: DiplomaticEvent[];
	roles: LaneRole[];
	/** `${eventId}@${laneKey}` of each mark. */
	keys: string[];
	/** Each mark's event position in the input's event order. */
	ranks: Int32Array;
	/** Plotted time (ms), ascending. */
	times: Float64Array;
	/** What the mark covers in time (window, bar and day): [spanStart, spanEnd). */
	spanStart: Float64Array;
	spanEnd: Float64Array;
	/** Uncertainty window in ms, NaN when the date is a single day. */
	windowStart: Float64Array;
	windowEnd: Float64Array;
	/** Multi-day bar in ms, NaN when there is none. */
	barStart: Float64Array;
	barEnd: Float64Array;
	/** How far any mark of the lane reaches from its plotted time: widens the binary search. */
	maxReach: number;
}

export interface TimelineIndex {
	lanes: LaneMarks[];
	laneIndexByKey: Map<string, number>;
	/** Event ids in the order left/right visits them: time, then top lane, then event order. */
	order: string[];
	/** Plotted time of `order[i]`, ascending. */
	orderTimes: Float64Array;
	/** Each event's marks as [lane index, position in the lane], top lane first. */
	marksOf: Map<string, [number, number][]>;
}

const byNumber = bisector((value: number) => value);

/** First position in an ascending array whose value is >= `time` (or > with `after`). */
export function bisectTime(times: Float64Array, time: number, after = false): number {
	return after ? byNumber.right(times, time) : byNumber.left(times, time);
}

/** Builds the index; `events` in time order (the lanes' memberships follow it). */
export function indexTimelineLanes(
	events: readonly DiplomaticEvent[],
	lanes: TimelineLanes
): TimelineIndex {
	const eventRank = new Map(events.map((event, i) => [event.id, i]));
	const laneIndexByKey = new Map(lanes.lanes.map((lane, i) => [lane.key, i]));
	const perLane: { rank: number; role: LaneRole }[][] = lanes.lanes.map(() => []);
	for (const m of lanes.memberships) {
		const rank = eventRank.get(m.eventId);
		const laneIndex = laneIndexByKey.get(m.laneKey);
		if (rank === undefined || laneIndex === undefined) continue;
		perLane[laneIndex]!.push({ rank, role: m.role });
	}

	const times = events.map((event) => plottedTime(event.date));
	const laneMarks = lanes.lanes.map((lane, index): LaneMarks => {
		const members = perLane[index]!;
		// Memberships arrive in event order, which is time order for sorted input; sort otherwise.
		let sorted = true;
		for (let i = 1; i < members.length && sorted; i++) {
			const a = members[i - 1]!.rank;
			const b = members[i]!.rank;
			if (times[a]! > times[b]! || (times[a] === times[b] && a > b)) sorted = false;
		}
		if (!sorted) members.sort((a, b) => times[a.rank]! - times[b.rank]! || a.rank - b.rank);
		const n = members.length;
		const marks: LaneMarks = {
			lane,
			index,
			events: new Array<DiplomaticEvent>(n),
			roles: new Array<LaneRole>(n),
			keys: new Array<string>(n),
			ranks: new Int32Array(n),
			times: new Float64Array(n),
			spanStart: new Float64Array(n),
			spanEnd: new Float64Array(n),
			windowStart: new Float64Array(n),
			windowEnd: new Float64Array(n),
			barStart: new Float64Array(n),
			barEnd: new Float64Array(n),
			maxReach: 0
		};
		let reach = 0;
		members.forEach(({ rank, role }, i) => {
			const event = events[rank]!;
			const { date } = event;
			const time = times[rank]!;
			marks.events[i] = event;
			marks.roles[i] = role;
			marks.keys[i] = `${event.id}@${lane.key}`;
			marks.ranks[i] = rank;
			marks.times[i] = time;
			const hasWindow = date.earliest !== date.latest;
			marks.windowStart[i] = hasWindow ? dayStart(date.earliest) : NaN;
			marks.windowEnd[i] = hasWindow ? dayStart(date.latest) + DAY_MS : NaN;
			const hasBar = date.end !== undefined && date.end > date.value;
			marks.barStart[i] = hasBar ? dayStart(date.value) : NaN;
			marks.barEnd[i] = hasBar ? dayStart(date.end!) + DAY_MS : NaN;
			const last = date.end && date.end > date.latest ? date.end : date.latest;
			const start = Math.min(dayStart(date.earliest), time);
			const end = Math.max(dayStart(last) + DAY_MS, time);
			marks.spanStart[i] = start;
			marks.spanEnd[i] = end;
			reach = Math.max(reach, time - start, end - time);
		});
		marks.maxReach = reach;
		return marks;
	});

	const marksOf = new Map<string, [number, number][]>();
	for (const lane of laneMarks) {
		lane.events.forEach((event, position) => {
			const list = marksOf.get(event.id);
			if (list) list.push([lane.index, position]);
			else marksOf.set(event.id, [[lane.index, position]]);
		});
	}
	// Time order, then the event's top lane, then event order (as the marks were visited before).
	const inLanes = events
		.map((event, rank) => ({ event, rank, time: times[rank]! }))
		.filter(({ event }) => marksOf.has(event.id));
	let ordered = true;
	for (let i = 1; i < inLanes.length && ordered; i++) {
		if (inLanes[i - 1]!.time > inLanes[i]!.time) ordered = false;
	}
	if (!ordered) inLanes.sort((a, b) => a.time - b.time || a.rank - b.rank);
	const topLane = (id: string) => marksOf.get(id)![0]![0];
	// Only events sharing a plotted time need the lane tie-break: sort those runs alone.
	for (let start = 0; start < inLanes.length;) {
		let end = start + 1;
		while (end < inLanes.length && inLanes[end]!.time === inLanes[start]!.time) end++;
		if (end - start > 1) {
			const run = inLanes
				.slice(start, end)
				.sort((a, b) => topLane(a.event.id) - topLane(b.event.id) || a.rank - b.rank);
			run.forEach((item, k) => (inLanes[start + k] = item));
		}
		start = end;
	}
	return {
		lanes: laneMarks,
		laneIndexByKey,
		order: inLanes.map(({ event }) => event.id),
		orderTimes: Float64Array.from(inLanes, ({ time }) => time),
		marksOf
	};
}

/**
 * Positions [lo, hi) of the lane's marks whose plotted time is in [start, end): two binary
 * searches, whatever the lane's size.
 */
export function timeSlice(lane: LaneMarks, start: number, end: number): [number, number] {
	return [bisectTime(lane.times, start), bisectTime(lane.times, end)];
}

/**
 * Positions of the lane's marks whose drawing (window, bar, day) overlaps [start, end], in
 * time order: a binary search widened by the lane's longest reach, then an exact test.
 */
export function visibleMarks(lane: LaneMarks, start: number, end: number): number[] {
	const lo = bisectTime(lane.times, start - lane.maxReach);
	const hi = bisectTime(lane.times, end + lane.maxReach, true);
	const positions: number[] = [];
	for (let i = lo; i < hi; i++) {
		if (lane.spanEnd[i]! >= start && lane.spanStart[i]! <= end) positions.push(i);
	}
	return positions;
}
