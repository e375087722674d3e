/**
 * Keyboard movement over the timeline's lane index (one mark per event and lane): left and
 * right step through events in time order across all lanes (ties in lane order), up and down
 * change lane to the nearest event in time, Home and End go to the first and last event; density
 * bands are stepped over, and opened bands stepped through.
 */
import { bisectTime, marksOfEvent, orderedEventId, type TimelineIndex } from './laneIndex';

export interface MarkRef {
	eventId: string;
	laneKey: string;
}

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isNavigationKey(key: string): key is NavigationKey {
	return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
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
 * Where a key moves focus, over every event of the lane index, drawn or not, so that the
 * keyboard reaches events outside the window (the view then pans to them) and steps over density
 * bands: from a band, left and right go to the last event before it and the first after it.
 * Order: time, then top lane, then event order. Null when there is nowhere to go.
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
