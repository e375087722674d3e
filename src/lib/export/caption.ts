/**
 * What an exported chart's caption says: how many events it shows (those inside the time it
 * shows, not the whole filtered set) and which sources it credits (only those the events it
 * draws rest on).
 */
import { describeSource } from '../data/datasetCredit';
import type { Dataset, DiplomaticEvent } from '../data/schema';
import { eventsInTime } from '../layout/network/eventsInTime';

/** The events a chart shows: how many are in its time, and the ids of those it draws. */
export interface ShownEvents {
	count: number;
	eventIds: readonly string[];
}

/**
 * The events a chart shows, from what it says it draws (`drawn`: the network's count of events
 * in its time and the ids of the events its lines carry), or else the filtered events that
 * overlap the time window it shows (all of them when there is none).
 */
export function shownEvents(
	visible: readonly DiplomaticEvent[],
	window: readonly [number, number] | null,
	drawn?: { count: number; eventIds: readonly string[] } | null
): ShownEvents {
	if (drawn) return { count: drawn.count, eventIds: [...new Set(drawn.eventIds)] };
	const inTime = eventsInTime(visible, { kind: 'window', window });
	return { count: inTime.length, eventIds: inTime.map((event) => event.id) };
}

/** Sources named in a credit line at most: the others are counted. */
const LISTED = 6;

/**
 * The credit line: the sources the given events cite, and no other (the dataset's primary
 * sources first, then in the dataset's order; past LISTED of them, how many more), then the
 * dataset and its licence.
 */
export function creditLine(
	dataset: Pick<Dataset, 'meta' | 'sources' | 'events'>,
	eventIds: readonly string[]
): string {
	const { meta, sources } = dataset;
	const wanted = new Set(eventIds);
	const cited = new Set<string>();
	for (const event of dataset.events)
		if (wanted.has(event.id)) for (const item of event.evidence) cited.add(item.sourceId);
	const used = sources.filter((s) => cited.has(s.id));
	const primary = new Set(meta.primarySourceIds ?? []);
	const ordered = [
		...used.filter((s) => primary.has(s.id)),
		...used.filter((s) => !primary.has(s.id))
	];
	const listed = ordered.slice(0, LISTED).map(describeSource);
	const more = ordered.length - listed.length;
	if (more > 0) listed.push(`and ${more} more cited by the events shown`);
	return `Source: ${listed.join('; ') || 'none drawn'}. Data: ${meta.title} (${meta.license}). Made with Parley.`;
}
