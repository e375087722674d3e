/**
 * The timeline's lane index built from lanes and memberships (`computeLanes`), in one go. The
 * app takes the faster way through `prepareTimelineLanes` (laneModel.ts), which gives the same
 * index; kept as the oracle it is checked against, and a short way to an index in tests.
 */
import type { DiplomaticEvent } from '../../../src/lib/data/schema';
import type { TimelineLanes } from '../../../src/lib/layout/timeline/laneTypes';
import { runToEnd } from '../../../src/lib/data/steps';
import {
	buildTimelineIndexInSteps,
	type TimelineIndex
} from '../../../src/lib/layout/timeline/laneIndex';
import { computeEventSpans } from '../runTimelinePasses';

/** Builds the index from lanes and memberships (see `computeLanes`); `events` in time order. */
export function indexTimelineLanes(
	events: readonly DiplomaticEvent[],
	lanes: TimelineLanes
): TimelineIndex {
	const rankOf = new Map<string, number>();
	events.forEach((event, i) => rankOf.set(event.id, i));
	const laneIndexByKey = new Map(lanes.lanes.map((lane, i) => [lane.key, i]));
	const laneStart = new Int32Array(events.length + 1);
	const kept = lanes.memberships.filter(
		(m) => rankOf.has(m.eventId) && laneIndexByKey.has(m.laneKey)
	);
	for (const m of kept) laneStart[rankOf.get(m.eventId)! + 1]!++;
	for (let r = 0; r < events.length; r++) laneStart[r + 1]! += laneStart[r]!;
	const at = laneStart.slice(0, events.length);
	const markOf = new Int32Array(kept.length);
	const roleOf = new Uint8Array(kept.length);
	for (const m of kept) {
		const k = at[rankOf.get(m.eventId)!]!++;
		markOf[k] = laneIndexByKey.get(m.laneKey)!;
		roleOf[k] = m.role === 'party' ? 0 : 1;
	}
	return runToEnd(
		buildTimelineIndexInSteps(
			events,
			lanes.lanes,
			{ laneStart, markOf, roleOf },
			null,
			computeEventSpans(events),
			null,
			rankOf
		)
	);
}
