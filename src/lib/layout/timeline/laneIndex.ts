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
	/** The input events, and each one's position in it. */
	events: readonly DiplomaticEvent[];
	rankOf: Map<string, number>;
	/** Ranks of the events in lanes, in the order left/right visits them: time, then top lane, then event order. */
	order: Int32Array;
	/** Plotted time of `order[i]`, ascending. */
	orderTimes: Float64Array;
	/** Each event's marks as a list through typed arrays (no object per event): by rank the first mark, by mark the next, -1 ending it. */
	firstMark: Int32Array;
	nextMark: Int32Array;
	markLane: Int32Array;
	markPosition: Int32Array;
}

const byNumber = bisector((value: number) => value);

/** First position in an ascending array whose value is >= `time` (or > with `after`). */
export function bisectTime(times: Float64Array, time: number, after = false): number {
	return after ? byNumber.right(times, time) : byNumber.left(times, time);
}

/** The event's marks as [lane index, position in the lane], top lane first. */
export function marksOfEvent(index: TimelineIndex, eventId: string): [number, number][] {
	const rank = index.rankOf.get(eventId);
	const marks: [number, number][] = [];
	if (rank === undefined) return marks;
	for (let m = index.firstMark[rank]!; m >= 0; m = index.nextMark[m]!) {
		marks.push([index.markLane[m]!, index.markPosition[m]!]);
	}
	return marks;
}

/** The id of the event at position `i` of the navigation order. */
export function orderedEventId(index: TimelineIndex, i: number): string {
	return index.events[index.order[i]!]!.id;
}

/** Builds the index; `events` in time order (the lanes' memberships follow it). */
export function indexTimelineLanes(
	events: readonly DiplomaticEvent[],
	lanes: TimelineLanes
): TimelineIndex {
	const rankOf = new Map<string, number>();
	events.forEach((event, i) => rankOf.set(event.id, i));
	const laneIndexByKey = new Map(lanes.lanes.map((lane, i) => [lane.key, i]));
	const laneRanks: number[][] = lanes.lanes.map(() => []);
	const laneRoles: LaneRole[][] = lanes.lanes.map(() => []);
	for (const m of lanes.memberships) {
		const rank = rankOf.get(m.eventId);
		const laneIndex = laneIndexByKey.get(m.laneKey);
		if (rank === undefined || laneIndex === undefined) continue;
		laneRanks[laneIndex]!.push(rank);
		laneRoles[laneIndex]!.push(m.role);
	}

	const times = new Float64Array(events.length);
	events.forEach((event, i) => (times[i] = plottedTime(event.date)));
	const laneMarks = lanes.lanes.map((lane, index): LaneMarks => {
		let ranks = laneRanks[index]!;
		let roles = laneRoles[index]!;
		// Memberships arrive in event order, which is time order for sorted input; sort otherwise.
		let sorted = true;
		for (let i = 1; i < ranks.length && sorted; i++) {
			const a = ranks[i - 1]!;
			const b = ranks[i]!;
			if (times[a]! > times[b]! || (times[a] === times[b] && a > b)) sorted = false;
		}
		if (!sorted) {
			const order = ranks
				.map((_, i) => i)
				.sort((i, j) => times[ranks[i]!]! - times[ranks[j]!]! || ranks[i]! - ranks[j]!);
			const [r0, l0] = [ranks, roles];
			ranks = order.map((i) => r0[i]!);
			roles = order.map((i) => l0[i]!);
		}
		const n = ranks.length;
		const marks: LaneMarks = {
			lane,
			index,
			events: new Array<DiplomaticEvent>(n),
			roles,
			keys: new Array<string>(n),
			ranks: Int32Array.from(ranks),
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
		const suffix = `@${lane.key}`;
		for (let i = 0; i < n; i++) {
			const rank = ranks[i]!;
			const event = events[rank]!;
			const { date } = event;
			const time = times[rank]!;
			marks.events[i] = event;
			marks.keys[i] = event.id + suffix;
			marks.times[i] = time;
			const earliest = dayStart(date.earliest);
			const hasWindow = date.earliest !== date.latest;
			marks.windowStart[i] = hasWindow ? earliest : NaN;
			marks.windowEnd[i] = hasWindow ? dayStart(date.latest) + DAY_MS : NaN;
			const hasBar = date.end !== undefined && date.end > date.value;
			marks.barStart[i] = hasBar ? dayStart(date.value) : NaN;
			marks.barEnd[i] = hasBar ? dayStart(date.end!) + DAY_MS : NaN;
			const last = date.end && date.end > date.latest ? date.end : date.latest;
			const start = Math.min(earliest, time);
			const end = Math.max(dayStart(last) + DAY_MS, time);
			marks.spanStart[i] = start;
			marks.spanEnd[i] = end;
			if (time - start > reach) reach = time - start;
			if (end - time > reach) reach = end - time;
		}
		marks.maxReach = reach;
		return marks;
	});

	// Each event's marks, top lane first: walk the lanes bottom-up and prepend.
	const total = laneMarks.reduce((sum, lane) => sum + lane.times.length, 0);
	const firstMark = new Int32Array(events.length).fill(-1);
	const nextMark = new Int32Array(total);
	const markLane = new Int32Array(total);
	const markPosition = new Int32Array(total);
	let m = 0;
	for (let l = laneMarks.length - 1; l >= 0; l--) {
		const lane = laneMarks[l]!;
		for (let i = 0; i < lane.ranks.length; i++, m++) {
			const rank = lane.ranks[i]!;
			markLane[m] = l;
			markPosition[m] = i;
			nextMark[m] = firstMark[rank]!;
			firstMark[rank] = m;
		}
	}

	// Time order, then the event's top lane, then event order (as the marks were visited before).
	const inLanes: number[] = [];
	for (let rank = 0; rank < events.length; rank++) if (firstMark[rank]! >= 0) inLanes.push(rank);
	const topLane = (rank: number) => markLane[firstMark[rank]!]!;
	let ordered = true;
	for (let i = 1; i < inLanes.length && ordered; i++) {
		if (times[inLanes[i - 1]!]! > times[inLanes[i]!]!) ordered = false;
	}
	if (!ordered) inLanes.sort((a, b) => times[a]! - times[b]! || a - b);
	// Only events sharing a plotted time need the lane tie-break: sort those runs alone.
	for (let start = 0; start < inLanes.length;) {
		let end = start + 1;
		while (end < inLanes.length && times[inLanes[end]!] === times[inLanes[start]!]) end++;
		if (end - start > 1) {
			const run = inLanes.slice(start, end).sort((a, b) => topLane(a) - topLane(b) || a - b);
			for (let k = 0; k < run.length; k++) inLanes[start + k] = run[k]!;
		}
		start = end;
	}
	const order = Int32Array.from(inLanes);
	return {
		lanes: laneMarks,
		laneIndexByKey,
		events,
		rankOf,
		order,
		orderTimes: Float64Array.from(order, (rank) => times[rank]!),
		firstMark,
		nextMark,
		markLane,
		markPosition
	};
}

/**
 * Positions [lo, hi) of the lane's marks whose plotted time is in [start, end): two binary
 * searches, whatever the lane's size. An empty or reversed range is empty (hi = lo), never a
 * negative count: clipping a band to a window it lies outside of gives such a range.
 */
export function timeSlice(lane: LaneMarks, start: number, end: number): [number, number] {
	const lo = bisectTime(lane.times, start);
	return [lo, end <= start ? lo : bisectTime(lane.times, end)];
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
