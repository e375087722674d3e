/**
 * What the filter panel's choices count over every event: its category, status and confidence
 * values, and the events with no verbatim quote. Kept per list of events, so a view's preparer
 * can count a large dataset in steps before it opens instead of in the panel's first update.
 */
import type { DiplomaticEvent } from '../schema';
import { isUnquoted } from '../isUnquoted';
import { inChunks, runToEnd, type Steps } from '../steps';
import { categoryOf } from './filterEvents';

export interface ChoiceCounts {
	category: Map<string, number>;
	status: Map<string, number>;
	confidence: Map<string, number>;
	/** Events none of whose evidence quotes its source (read from ACLED or TimelineJS). */
	unquoted: number;
}

const kept = new WeakMap<readonly DiplomaticEvent[], ChoiceCounts>();

/** The counts, made the first time they are asked for (or prepared by `prepareChoiceCounts`). */
export function choiceCounts(events: readonly DiplomaticEvent[]): ChoiceCounts {
	let counts = kept.get(events);
	if (!counts) kept.set(events, (counts = runToEnd(countChoices(events))));
	return counts;
}

/** Makes and keeps the counts in steps, for a dataset about to open (a view's preparer). */
export function* prepareChoiceCounts(events: readonly DiplomaticEvent[]): Steps<void> {
	if (!kept.has(events)) kept.set(events, yield* countChoices(events));
}

function* countChoices(events: readonly DiplomaticEvent[]): Steps<ChoiceCounts> {
	const counts: ChoiceCounts = {
		category: new Map(),
		status: new Map(),
		confidence: new Map(),
		unquoted: 0
	};
	const add = (map: Map<string, number>, value: string) =>
		map.set(value, (map.get(value) ?? 0) + 1);
	yield* inChunks(events.length, (from, to) => {
		for (let i = from; i < to; i++) {
			const event = events[i]!;
			add(counts.category, categoryOf(event));
			add(counts.status, event.status);
			add(counts.confidence, event.confidence);
			if (isUnquoted(event)) counts.unquoted++;
		}
	});
	return counts;
}
