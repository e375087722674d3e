/**
 * Keyboard movement over the timeline's marks (one per event and lane): left and right step
 * through events in time order across all lanes (ties in lane order), up and down change lane
 * to the nearest event in time, Home and End go to the first and last event.
 */
import { bisectTime, marksOfEvent, orderedEventId, type TimelineIndex } from './laneIndex';

export interface NavigableMark {
	eventId: string;
	laneKey: string;
	/** Position in the lane order, 0 at the top. */
	laneIndex: number;
	/** The plotted time. */
	time: number;
}

export interface MarkRef {
	eventId: string;
	laneKey: string;
}

export interface NavigationMap {
	/** Event ids in the order left/right visits them. */
	order: string[];
	/** Each event's marks, in lane order. */
	marksByEvent: Map<string, NavigableMark[]>;
	/** Lanes that have marks, top to bottom, each with its marks in time order. */
	lanes: { laneKey: string; marks: NavigableMark[] }[];
}

/** `eventRank` is the events' own time order (plotted day, window, id), the final tie-break. */
export function createNavigationMap(
	marks: readonly NavigableMark[],
	eventRank: ReadonlyMap<string, number>
): NavigationMap {
	const marksByEvent = new Map<string, NavigableMark[]>();
	const laneMap = new Map<string, NavigableMark[]>();
	for (const mark of marks) {
		const eventMarks = marksByEvent.get(mark.eventId);
		if (eventMarks) eventMarks.push(mark);
		else marksByEvent.set(mark.eventId, [mark]);
		const laneMarks = laneMap.get(mark.laneKey);
		if (laneMarks) laneMarks.push(mark);
		else laneMap.set(mark.laneKey, [mark]);
	}
	const rank = (id: string) => eventRank.get(id) ?? Number.MAX_SAFE_INTEGER;
	for (const list of marksByEvent.values()) list.sort((a, b) => a.laneIndex - b.laneIndex);
	const order = [...marksByEvent.keys()].sort((a, b) => {
		const first = marksByEvent.get(a)![0]!;
		const second = marksByEvent.get(b)![0]!;
		return first.time - second.time || first.laneIndex - second.laneIndex || rank(a) - rank(b);
	});
	const position = new Map(order.map((id, i) => [id, i]));
	const lanes = [...laneMap.entries()]
		.map(([laneKey, laneMarks]) => ({
			laneKey,
			marks: laneMarks.sort(
				(a, b) => a.time - b.time || position.get(a.eventId)! - position.get(b.eventId)!
			)
		}))
		.sort((a, b) => a.marks[0]!.laneIndex - b.marks[0]!.laneIndex);
	return { order, marksByEvent, lanes };
}

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
	return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}

/** The mark of `eventId` in `laneKey` if it has one there, else its first. */
function markOf(map: NavigationMap, eventId: string, preferredLane: string | null): MarkRef | null {
	const marks = map.marksByEvent.get(eventId);
	if (!marks || marks.length === 0) return null;
	const mark = marks.find((m) => m.laneKey === preferredLane) ?? marks[0]!;
	return { eventId: mark.eventId, laneKey: mark.laneKey };
}

/** The first mark in the order: where focus lands when nothing was focused yet. */
export function firstMark(map: NavigationMap): MarkRef | null {
	return map.order[0] ? markOf(map, map.order[0], null) : null;
}

/** Where a key moves focus from `current`; `current` itself when there is nowhere to go. */
export function moveFocus(
	map: NavigationMap,
	current: MarkRef | null,
	key: NavigationKey
): MarkRef | null {
	if (map.order.length === 0) return null;
	const here = current && map.marksByEvent.has(current.eventId) ? current : null;
	if (!here || key === 'Home') return markOf(map, map.order[0]!, here?.laneKey ?? null);
	if (key === 'End') return markOf(map, map.order[map.order.length - 1]!, here.laneKey);

	if (key === 'ArrowLeft' || key === 'ArrowRight') {
		const index = map.order.indexOf(here.eventId);
		const next = index + (key === 'ArrowRight' ? 1 : -1);
		if (next < 0 || next >= map.order.length) return here;
		return markOf(map, map.order[next]!, here.laneKey);
	}

	const laneIndex = map.lanes.findIndex((lane) => lane.laneKey === here.laneKey);
	const target = map.lanes[laneIndex + (key === 'ArrowDown' ? 1 : -1)];
	if (laneIndex === -1 || !target) return here;
	const time = map.marksByEvent.get(here.eventId)!.find((m) => m.laneKey === here.laneKey)!.time;
	// The nearest mark in time; on a tie the earlier one (marks are in time order).
	let best = target.marks[0]!;
	for (const mark of target.marks) {
		if (Math.abs(mark.time - time) < Math.abs(best.time - time)) best = mark;
	}
	// Stay on the same event when it is in the target lane too.
	const same = target.marks.find((m) => m.eventId === here.eventId);
	const chosen = same ?? best;
	return { eventId: chosen.eventId, laneKey: chosen.laneKey };
}

/** Where keyboard focus is: a mark, or a density band standing for the marks of a stretch. */
export type FocusPlace =
	| { kind: 'mark'; eventId: string; laneKey: string }
	| { kind: 'band'; laneKey: string; start: number; end: number };

/** The event's mark in `preferredLane` if it has one there, else its top one. */
function indexMarkOf(
	index: TimelineIndex,
	eventId: string,
	preferredLane: string | null
): MarkRef | null {
	const marks = marksOfEvent(index, eventId);
	if (marks.length === 0) return null;
	const preferred = preferredLane === null ? undefined : index.laneIndexByKey.get(preferredLane);
	const [laneIndex] = marks.find(([lane]) => lane === preferred) ?? marks[0]!;
	return { eventId, laneKey: index.lanes[laneIndex]!.lane.key };
}

/** The plotted time of an event's mark (every mark of an event has the same). */
export function markTime(index: TimelineIndex, eventId: string): number | null {
	const [laneIndex, position] = marksOfEvent(index, eventId)[0] ?? [];
	return laneIndex === undefined ? null : index.lanes[laneIndex]!.times[position!]!;
}

/**
 * moveFocus over every event of the lane index, drawn or not, so that the keyboard reaches
 * events outside the window (the view then pans to them) and steps over density bands: from a
 * band, left and right go to the last event before it and the first after it. The same order
 * as moveFocus: time, then top lane, then event order. Null when there is nowhere to go.
 */
export function moveFocusInIndex(
	index: TimelineIndex,
	from: FocusPlace | null,
	key: NavigationKey
): MarkRef | null {
	const { order, orderTimes } = index;
	if (order.length === 0) return null;
	const lane = from?.laneKey ?? null;
	if (!from || key === 'Home') return indexMarkOf(index, orderedEventId(index, 0), lane);
	if (key === 'End') return indexMarkOf(index, orderedEventId(index, order.length - 1), lane);

	if (key === 'ArrowLeft' || key === 'ArrowRight') {
		let next: number;
		if (from.kind === 'band') {
			next =
				key === 'ArrowRight'
					? bisectTime(orderTimes, from.end)
					: bisectTime(orderTimes, from.start) - 1;
		} else {
			const time = markTime(index, from.eventId);
			if (time === null) return null;
			const rank = index.rankOf.get(from.eventId);
			let at = bisectTime(orderTimes, time);
			while (at < order.length && order[at] !== rank) at++;
			next = at + (key === 'ArrowRight' ? 1 : -1);
		}
		if (next < 0 || next >= order.length) return null;
		return indexMarkOf(index, orderedEventId(index, next), lane);
	}

	const laneIndex = index.laneIndexByKey.get(from.laneKey);
	if (laneIndex === undefined) return null;
	const target = index.lanes[laneIndex + (key === 'ArrowDown' ? 1 : -1)];
	if (!target || target.times.length === 0) return null;
	if (from.kind === 'mark') {
		// Stay on the same event when it is in the target lane too.
		const same = marksOfEvent(index, from.eventId).some(([l]) => l === target.index);
		if (same) return { eventId: from.eventId, laneKey: target.lane.key };
	}
	const time =
		from.kind === 'mark' ? (markTime(index, from.eventId) ?? 0) : (from.start + from.end) / 2;
	// The nearest mark in time; on a tie the earlier one.
	const after = Math.min(bisectTime(target.times, time), target.times.length - 1);
	const before = Math.max(0, after - 1);
	const chosen =
		Math.abs(target.times[before]! - time) <= Math.abs(target.times[after]! - time)
			? before
			: after;
	return { eventId: target.events[chosen]!.id, laneKey: target.lane.key };
}

/** A density band opened at maximum zoom: the keyboard steps through its lane's events in it. */
export interface OpenBand {
	laneKey: string;
	start: number;
	end: number;
}

/** Positions [lo, hi) of the band's events in its lane, or null when the lane is gone. */
function bandSlice(index: TimelineIndex, band: OpenBand): [number, number, number] | null {
	const laneIndex = index.laneIndexByKey.get(band.laneKey);
	if (laneIndex === undefined) return null;
	const lane = index.lanes[laneIndex]!;
	const lo = bisectTime(lane.times, band.start);
	const hi = bisectTime(lane.times, band.end);
	return hi > lo ? [laneIndex, lo, hi] : null;
}

/** The first event of an opened band (Enter on it at maximum zoom), or null when it is empty. */
export function firstInBand(index: TimelineIndex, band: OpenBand): MarkRef | null {
	const slice = bandSlice(index, band);
	if (!slice) return null;
	const [laneIndex, lo] = slice;
	return { eventId: index.lanes[laneIndex]!.events[lo]!.id, laneKey: band.laneKey };
}

/**
 * Inside an opened band, left and right step through its lane's events in it (time, then event
 * order), Home and End go to its first and last; null when the key leaves the band (past either
 * end, or up and down), so the caller closes it and moves on as from the band.
 */
export function moveFocusInBand(
	index: TimelineIndex,
	band: OpenBand,
	eventId: string,
	key: NavigationKey
): MarkRef | null {
	const slice = bandSlice(index, band);
	if (!slice) return null;
	const [laneIndex, lo, hi] = slice;
	const lane = index.lanes[laneIndex]!;
	let at = -1;
	for (let i = lo; i < hi && at < 0; i++) if (lane.events[i]!.id === eventId) at = i;
	if (at < 0) return null;
	let next: number;
	if (key === 'ArrowRight') next = at + 1;
	else if (key === 'ArrowLeft') next = at - 1;
	else if (key === 'Home') next = lo;
	else if (key === 'End') next = hi - 1;
	else return null;
	if (next < lo || next >= hi) return null;
	return { eventId: lane.events[next]!.id, laneKey: band.laneKey };
}
