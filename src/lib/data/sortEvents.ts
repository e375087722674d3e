/** Time order for events: plotted day, then the start of the window, then id for stability. */
import type { DiplomaticEvent } from './schema';

export function compareEventsByTime(a: DiplomaticEvent, b: DiplomaticEvent): number {
	return (
		a.date.value.localeCompare(b.date.value) ||
		a.date.earliest.localeCompare(b.date.earliest) ||
		a.date.latest.localeCompare(b.date.latest) ||
		a.id.localeCompare(b.id)
	);
}

/** A new array of the events in time order; the input is left as it was. */
export function sortEventsByTime(events: readonly DiplomaticEvent[]): DiplomaticEvent[] {
	return [...events].sort(compareEventsByTime);
}
