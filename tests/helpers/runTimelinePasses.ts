/**
 * The timeline's whole-dataset passes run to their end in one call: the app runs them in steps
 * between frames (the `…InSteps` generators); tests want the result.
 */
import type { DiplomaticEvent } from '../../src/lib/data/schema';
import { runToEnd } from '../../src/lib/data/steps';
import { computeEventSpansInSteps, type EventSpans } from '../../src/lib/layout/timeline/laneIndex';
import {
	computeEventThreadsInSteps,
	type EventThreads
} from '../../src/lib/layout/timeline/layoutThreads';

export function computeEventSpans(events: readonly DiplomaticEvent[]): EventSpans {
	return runToEnd(computeEventSpansInSteps(events));
}

export function computeEventThreads(events: readonly DiplomaticEvent[]): EventThreads {
	return runToEnd(computeEventThreadsInSteps(events));
}
