/**
 * The "who knew when" of an event: the day it was first reported, worded for its status.
 * Plans, postponements and cancellations are announced; what happened is reported.
 */
import { formatDay } from './dates';
import { isCalendarDay } from './calendar';
import type { DiplomaticEvent, EventStatus } from '../schema';

/** Statuses that say something happened (or is said to have): the rest are announcements. */
const HAPPENED: ReadonlySet<EventStatus> = new Set(['occurred', 'reported', 'claimed']);

/** True for a status that reports something as having happened (occurred, reported, claimed). */
export function isHappenedStatus(status: EventStatus): boolean {
	return HAPPENED.has(status);
}

/**
 * "Announced 1 May 2025" for a planned, tentative, postponed or cancelled event, "Reported
 * 1 May 2025" for one that happened; null when the event has no (readable) `reportedAt`.
 */
export function describeReportedAt(
	event: Pick<DiplomaticEvent, 'status' | 'reportedAt'>
): string | null {
	const day = event.reportedAt;
	if (day === undefined || !isCalendarDay(day)) return null;
	return `${isHappenedStatus(event.status) ? 'Reported' : 'Announced'} ${formatDay(day)}`;
}
