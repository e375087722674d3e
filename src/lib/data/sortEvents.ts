/** Time order for events: plotted day, then the start of the window, then id for stability. */
import type { Confidence, DiplomaticEvent, EventStatus } from './schema';

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

export type EventSortKey = 'date' | 'actor' | 'category' | 'status' | 'confidence';
export type SortDirection = 'ascending' | 'descending';

const STATUS_ORDER: EventStatus[] = [
	'occurred',
	'reported',
	'claimed',
	'planned',
	'tentative',
	'postponed',
	'cancelled'
];
const CONFIDENCE_ORDER: Confidence[] = ['high', 'medium', 'low'];

/**
 * A new array sorted by one column, ties broken by time order. `actorName` names the first
 * acting actor; events without a PLOVER category sort after the rest.
 */
export function sortEvents(
	events: readonly DiplomaticEvent[],
	key: EventSortKey,
	direction: SortDirection,
	actorName: (id: string) => string
): DiplomaticEvent[] {
	const sign = direction === 'ascending' ? 1 : -1;
	const compareKey = (a: DiplomaticEvent, b: DiplomaticEvent): number => {
		switch (key) {
			case 'date':
				return compareEventsByTime(a, b);
			case 'actor':
				return actorName(a.sourceActors[0] ?? '').localeCompare(
					actorName(b.sourceActors[0] ?? ''),
					undefined,
					{ sensitivity: 'base' }
				);
			case 'category':
				return (a.type.plover ?? '\uffff').localeCompare(b.type.plover ?? '\uffff');
			case 'status':
				return STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
			case 'confidence':
				return CONFIDENCE_ORDER.indexOf(a.confidence) - CONFIDENCE_ORDER.indexOf(b.confidence);
		}
	};
	return [...events].sort((a, b) => sign * compareKey(a, b) || compareEventsByTime(a, b));
}
