/**
 * The timeline's whole-dataset work, done once per dataset, filter or grouping: each lane's
 * marks sorted by plotted time in typed arrays, so that a zoom frame finds what it can see by
 * binary search (d3-array `bisector`) instead of walking every event, and the order keyboard
 * navigation steps through.
 */
import { bisector } from 'd3-array';
import type { DiplomaticEvent } from '$lib/data/schema';
import type { LaneRole, TimelineLane } from './laneTypes';
import { computeEventTimes, createEventTimes } from '$lib/data/time/eventSpan';
import { inChunks, STEP_EVERY, type Steps } from '$lib/data/steps';
import { dayToTime } from '$lib/data/time/dates';

export interface LaneMarks {
	lane: TimelineLane;
	/** Position in the lane order, 0 at the top. */
	index: number;
	/** One entry per mark of the lane, all in the same order: by plotted time, then event order. */
	events: DiplomaticEvent[];
	roles: LaneRole[];
	/**
	 * 1 for the event's primary mark (its first lane: the first source actor's), which carries
	 * its label; 0 for the compact marks in its other participants' lanes.
	 */
	primary: Uint8Array;
	/** How many of the lane's marks are primary: a lane with none draws compact rows. */
	primaryCount: number;
	/** Each mark's event position in the input's event order. */
	ranks: Int32Array;
	/** Plotted time (ms), ascending. */
	times: Float64Array;
	/** What the mark covers in time (window, bar and day): [spanStart, spanEnd). */
	spanStart: Float64Array;
	spanEnd: Float64Array;
	/**
	 * Each mark's row in `spans`, where its uncertainty window and multi-day bar are (few marks
	 * have either: they are read there, not copied into every lane).
	 */
	spanRow: Int32Array;
	spans: EventSpans;
	/** How far any mark of the lane reaches from its plotted time: widens the binary search. */
	maxReach: number;
}

/** Looks an event's position up by id (built on first use: most filters never ask). */
export interface RankLookup {
	get(eventId: string): number | undefined;
}

export interface TimelineIndex {
	lanes: LaneMarks[];
	laneIndexByKey: Map<string, number>;
	/** The input events, and each one's position in it. */
	events: readonly DiplomaticEvent[];
	rankOf: RankLookup;
	/** Ranks of the events in lanes, in the order left/right visits them: time, then top lane, then event order. */
	order: Int32Array;
	/** Plotted time of `order[i]`, ascending. */
	orderTimes: Float64Array;
	/** Each event's marks as a list through typed arrays (no object per event): by rank the first mark, by mark the next, -1 ending it. */
	firstMark: Int32Array;
	nextMark: Int32Array;
	markLane: Int32Array;
	markPosition: Int32Array;
	/** Lane keys folded into another lane (a collapsed group's members), see `nestLanes`. */
	foldedInto?: ReadonlyMap<string, string>;
}

/** `${eventId}@${laneKey}`: the key of a lane's mark, built only for the marks that are drawn. */
export function markKeyAt(lane: LaneMarks, i: number): string {
	return `${lane.events[i]!.id}@${lane.lane.key}`;
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

/**
 * What a mark draws, per event, in typed arrays: computed once per dataset (see
 * `prepareTimelineLanes`) and copied per filter.
 */
export interface EventSpans {
	times: Float64Array;
	spanStart: Float64Array;
	spanEnd: Float64Array;
	windowStart: Float64Array;
	windowEnd: Float64Array;
	barStart: Float64Array;
	barEnd: Float64Array;
}

/** Each event's plotted time, window, bar and drawn span, yielding every `STEP_EVERY` events. */
export function* computeEventSpansInSteps(events: readonly DiplomaticEvent[]): Steps<EventSpans> {
	const n = events.length;
	const spans: EventSpans = {
		times: new Float64Array(n),
		spanStart: new Float64Array(n),
		spanEnd: new Float64Array(n),
		windowStart: new Float64Array(n),
		windowEnd: new Float64Array(n),
		barStart: new Float64Array(n),
		barEnd: new Float64Array(n)
	};
	// Events in time order share their days with their neighbours: a day is read once per run.
	let lastDay: string | undefined;
	let lastDayStart = NaN;
	const dayOf = (iso: string) => {
		if (iso !== lastDay) {
			lastDayStart = dayToTime(iso);
			lastDay = iso;
		}
		return lastDayStart;
	};
	const times = createEventTimes();
	yield* inChunks(n, (from, to) => {
		for (let i = from; i < to; i++) {
			computeEventTimes(events[i]!.date, dayOf, times);
			const time = times.time;
			spans.times[i] = time;
			spans.windowStart[i] = times.windowStart;
			spans.windowEnd[i] = times.windowEnd;
			spans.barStart[i] = times.barStart;
			spans.barEnd[i] = times.barEnd;
			spans.spanStart[i] = Math.min(times.spanStart, time);
			spans.spanEnd[i] = Math.max(times.spanEnd, time);
		}
	});
	return spans;
}

/** 0 party, 1 mediator: a role in a byte. */
export const ROLES: readonly LaneRole[] = ['party', 'mediator'];

/**
 * The lanes of each event as compressed rows: event r's marks are `markOf[laneStart[r] ..
 * laneStart[r + 1])`, each a lane index (or a candidate mapped through `laneOfCandidate`, -1
 * for none) with its role in `roleOf`.
 */
export interface EventLaneRows {
	laneStart: Int32Array;
	markOf: Int32Array;
	roleOf: Uint8Array;
}

/**
 * The index from typed arrays, in linear passes, yielding every `STEP_EVERY` events or marks of
 * each pass: `events` (in time order, or sorted here) are the visible ones; `source[r]` is event
 * r's row in `rows` and `spans` (which may cover a whole dataset), or r itself when `source` is
 * null.
 */
export function* buildTimelineIndexInSteps(
	events: readonly DiplomaticEvent[],
	lanes: readonly TimelineLane[],
	rows: EventLaneRows,
	laneOfCandidate: Int32Array | null,
	spans: EventSpans,
	source: Int32Array | null,
	rankOf: RankLookup,
	merges = false
): Steps<TimelineIndex> {
	const n = events.length;
	const row = (r: number) => (source === null ? r : source[r]!);
	const laneOf = (k: number) =>
		laneOfCandidate === null ? rows.markOf[k]! : laneOfCandidate[rows.markOf[k]!]!;
	/**
	 * With `merges` (a collapsed group takes several candidates' marks), whether an earlier
	 * candidate of the event went to the same lane: the event is then in that lane once.
	 */
	const repeated = (e: number, k: number, l: number) => {
		if (!merges) return false;
		for (let j = rows.laneStart[e]!; j < k; j++) if (laneOf(j) === l) return true;
		return false;
	};
	const timeOf = (r: number) => spans.times[row(r)]!;

	// Visit events by plotted time, then event order: the input order when it is sorted.
	let visit: Int32Array | null = null;
	for (let r = 1; r < n; r++) {
		if (timeOf(r - 1) > timeOf(r)) {
			visit = Int32Array.from({ length: n }, (_, i) => i).sort(
				(a, b) => timeOf(a) - timeOf(b) || a - b
			);
			break;
		}
	}

	const counts = new Int32Array(lanes.length);
	yield* inChunks(n, (from, to) => {
		for (let r = from; r < to; r++) {
			const e = row(r);
			for (let k = rows.laneStart[e]!; k < rows.laneStart[e + 1]!; k++) {
				const l = laneOf(k);
				if (l >= 0 && !repeated(e, k, l)) counts[l]!++;
			}
		}
	});
	// One buffer per kind of number for all lanes, each lane a view on its stretch: a few large
	// allocations instead of nine per lane (thousands, with many lanes).
	let total = 0;
	for (let l = 0; l < counts.length; l++) total += counts[l]!;
	const floats = new Float64Array(3 * total);
	const ints = new Int32Array(2 * total);
	const bytes = new Uint8Array(total);
	let offset = 0;
	const laneMarks = lanes.map((lane, index): LaneMarks => {
		const size = counts[index]!;
		const at = offset;
		offset += size;
		const field = (f: number) => floats.subarray(f * total + at, f * total + at + size);
		return {
			lane,
			index,
			// Filled in order by push: packed arrays (a preallocated large array may not be).
			events: [],
			roles: [],
			primary: bytes.subarray(at, at + size),
			primaryCount: 0,
			ranks: ints.subarray(at, at + size),
			spanRow: ints.subarray(total + at, total + at + size),
			spans,
			times: field(0),
			spanStart: field(1),
			spanEnd: field(2),
			maxReach: 0
		};
	});
	const fill = new Int32Array(lanes.length);
	const reach = new Float64Array(lanes.length);
	const topLane = new Int32Array(n).fill(-1);
	yield* inChunks(n, (from, to) => {
		for (let v = from; v < to; v++) {
			const r = visit === null ? v : visit[v]!;
			const e = row(r);
			const event = events[r]!;
			const time = spans.times[e]!;
			const start = spans.spanStart[e]!;
			const end = spans.spanEnd[e]!;
			const farthest = Math.max(time - start, end - time);
			let primary = 1;
			for (let k = rows.laneStart[e]!; k < rows.laneStart[e + 1]!; k++) {
				const l = laneOf(k);
				if (l < 0) continue;
				const lane = laneMarks[l]!;
				if (repeated(e, k, l)) {
					// Already in this lane: a party role there wins over a mediator role.
					if (rows.roleOf[k] === 0) lane.roles[fill[l]! - 1] = 'party';
					continue;
				}
				const i = fill[l]!++;
				lane.events.push(event);
				lane.roles.push(ROLES[rows.roleOf[k]!]!);
				lane.primary[i] = primary;
				lane.primaryCount += primary;
				primary = 0;
				lane.ranks[i] = r;
				lane.times[i] = time;
				lane.spanStart[i] = start;
				lane.spanEnd[i] = end;
				lane.spanRow[i] = e;
				if (farthest > reach[l]!) reach[l] = farthest;
				if (topLane[r]! < 0 || l < topLane[r]!) topLane[r] = l;
			}
		}
	});
	for (let l = 0; l < laneMarks.length; l++) laneMarks[l]!.maxReach = reach[l]!;

	// Each event's marks, top lane first: walk the lanes bottom-up and prepend.
	const firstMark = new Int32Array(n).fill(-1);
	const nextMark = new Int32Array(total);
	const markLane = new Int32Array(total);
	const markPosition = new Int32Array(total);
	let m = 0;
	for (let l = laneMarks.length - 1; l >= 0; l--) {
		const ranks = laneMarks[l]!.ranks;
		const base = m;
		yield* inChunks(ranks.length, (from, to) => {
			for (let i = from; i < to; i++) {
				const rank = ranks[i]!;
				const mark = base + i;
				markLane[mark] = l;
				markPosition[mark] = i;
				nextMark[mark] = firstMark[rank]!;
				firstMark[rank] = mark;
			}
		});
		m += ranks.length;
	}

	// Time order, then the event's top lane, then event order (as the marks were visited before).
	let inLanes = 0;
	for (let r = 0; r < n; r++) if (topLane[r]! >= 0) inLanes++;
	const order = new Int32Array(inLanes);
	for (let v = 0, o = 0; v < n; v++) {
		const r = visit === null ? v : visit[v]!;
		if (topLane[r]! >= 0) order[o++] = r;
	}
	// Only events sharing a plotted time need the lane tie-break: those runs are put in lane
	// order by a stable counting sort (they are in event order already), linear in their size
	// plus the number of lanes.
	const laneStarts = new Int32Array(lanes.length + 1);
	let scratch = new Int32Array(0);
	/** Puts up to `STEP_EVERY` runs from `first` in order; returns where the next run starts. */
	const sortRuns = (first: number) => {
		let start = first;
		for (let runs = 0; runs < STEP_EVERY && start < order.length; runs++) {
			let end = start + 1;
			const time = timeOf(order[start]!);
			let mixed = false;
			while (end < order.length && timeOf(order[end]!) === time) {
				if (topLane[order[end]!] !== topLane[order[start]!]) mixed = true;
				end++;
			}
			if (mixed && end - start < lanes.length) {
				// Fewer events than lanes (a dataset of many actors): a comparison sort is cheaper
				// than counting over every lane.
				order.subarray(start, end).sort((a, b) => topLane[a]! - topLane[b]! || a - b);
			} else if (mixed) {
				laneStarts.fill(0);
				for (let i = start; i < end; i++) laneStarts[topLane[order[i]!]! + 1]!++;
				for (let l = 0; l < lanes.length; l++) laneStarts[l + 1]! += laneStarts[l]!;
				if (scratch.length < end - start) scratch = new Int32Array(end - start);
				for (let i = start; i < end; i++) scratch[laneStarts[topLane[order[i]!]!]!++] = order[i]!;
				order.set(scratch.subarray(0, end - start), start);
			}
			start = end;
		}
		return start;
	};
	for (let start = sortRuns(0); start < order.length; start = sortRuns(start)) yield;
	const orderTimes = new Float64Array(order.length);
	for (let i = 0; i < order.length; i++) orderTimes[i] = timeOf(order[i]!);
	return {
		lanes: laneMarks,
		laneIndexByKey: new Map(lanes.map((lane, i) => [lane.key, i])),
		events,
		rankOf,
		order,
		orderTimes,
		firstMark,
		nextMark,
		markLane,
		markPosition
	};
}

/** A lookup by event id, its Map built on the first `get`. */
export function lazyRankLookup(events: readonly DiplomaticEvent[]): RankLookup {
	let map: Map<string, number> | undefined;
	return {
		get(eventId) {
			if (!map) {
				map = new Map();
				for (let i = 0; i < events.length; i++) map.set(events[i]!.id, i);
			}
			return map.get(eventId);
		}
	};
}
