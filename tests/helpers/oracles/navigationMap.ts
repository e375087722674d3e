/**
 * Keyboard movement over a list of drawn marks (one per event and lane): left and right step
 * through events in time order across all lanes (ties in lane order), up and down change lane
 * to the nearest event in time, Home and End go to the first and last event. The app moves
 * over the whole lane index instead (`moveFocusInIndex`, keyboardNavigation.ts), which takes
 * the same order; kept as the reference it is checked against.
 */
import type { MarkRef, NavigationKey } from '../../../src/lib/layout/timeline/keyboardNavigation';

export interface NavigableMark {
	eventId: string;
	laneKey: string;
	/** Position in the lane order, 0 at the top. */
	laneIndex: number;
	/** The plotted time. */
	time: number;
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
