/**
 * What the timeline reads once per dataset from every one of its events: how many fall in each
 * category (the colours, kept through filters), whether any was announced before its day (the
 * legend), the first and last report days (the base scale) and the threads of related events.
 * A large dataset's are made in steps before it is first drawn (see `TimelineAhead`).
 */
import { categoryOf } from '$lib/data/filters/filterEvents';
import type { DiplomaticEvent } from '$lib/data/schema';
import { inChunks, runToEnd, type Steps } from '$lib/data/steps';
import { computeEventThreadsInSteps, type EventThreads } from './layoutThreads';

export interface TimelineEventFacts {
	/** The events these facts are about (a dataset's `allEvents`). */
	events: readonly DiplomaticEvent[];
	/** Events per PLOVER category ('none' for those without one). */
	categoryCounts: ReadonlyMap<string, number>;
	/** Whether any event was reported on a day other than its own (an announcement). */
	announced: boolean;
	/** The earliest and latest `reportedAt` day: [] for none, one day when they are the same. */
	reportedAt: string[];
	threads: EventThreads;
}

export function timelineEventFacts(events: readonly DiplomaticEvent[]): TimelineEventFacts {
	return runToEnd(timelineEventFactsInSteps(events));
}

/** `timelineEventFacts`, yielding between chunks of events. */
export function* timelineEventFactsInSteps(
	events: readonly DiplomaticEvent[]
): Steps<TimelineEventFacts> {
	const categoryCounts = new Map<string, number>();
	let announced = false;
	// "YYYY-MM-DD" days compare as strings: none is parsed.
	let first: string | undefined;
	let last: string | undefined;
	yield* inChunks(events.length, (from, to) => {
		for (let i = from; i < to; i++) {
			const event = events[i]!;
			const key = categoryOf(event);
			categoryCounts.set(key, (categoryCounts.get(key) ?? 0) + 1);
			const day = event.reportedAt;
			if (day === undefined) continue;
			if (day !== event.date.value) announced = true;
			if (first === undefined || day < first) first = day;
			if (last === undefined || day > last) last = day;
		}
	});
	const reportedAt = first === undefined ? [] : first === last ? [first] : [first, last!];
	const threads = yield* computeEventThreadsInSteps(events);
	return { events, categoryCounts, announced, reportedAt, threads };
}
