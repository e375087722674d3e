/**
 * Which events the network shows for a time mode: those overlapping the timeline's window, or
 * those dated up to an "as of" day.
 */
import { DAY_MS } from '../../data/time/calendar';
import { lastSpanDay } from '../../data/time/eventSpan';
import type { DiplomaticEvent } from '../../data/schema';

export type TimeMode =
	{ kind: 'window'; window: readonly [number, number] | null } | { kind: 'asOf'; day: string };

/**
 * The events a time mode keeps: those whose window overlaps the timeline's visible window
 * (everything when there is none), or those dated on or before the "as of" day.
 */
export function eventsInTime<E extends DiplomaticEvent>(events: readonly E[], mode: TimeMode): E[] {
	if (mode.kind === 'window' && !mode.window) return [...events];
	return events.filter(isInTime(mode));
}

/** Whether an event is kept by a time mode (see `eventsInTime`). */
export function isInTime(mode: TimeMode): (event: DiplomaticEvent) => boolean {
	if (mode.kind === 'asOf') return (event) => event.date.value <= mode.day;
	const window = mode.window;
	if (!window) return () => true;
	// Compared as ISO day strings: no date parsed per event, 100,000 of them on every zoom frame.
	const firstDay = isoDay(window[0]);
	const lastDay = isoDay(window[1]);
	return (event) => event.date.earliest <= lastDay && lastSpanDay(event.date) >= firstDay;
}

/**
 * `eventsInTime(visible, mode)` as a mask over `all` (1 = kept), with how many are kept: what
 * `computeVisibleGraphAt` reads. `visible` is usually a part of `all` in the same order (the
 * filters keep the order): then it is matched by walking both, with no lookups.
 */
export function markEventsInTime(
	all: readonly DiplomaticEvent[],
	visible: readonly DiplomaticEvent[],
	mode: TimeMode
): { mask: Uint8Array; count: number } {
	const mask = new Uint8Array(all.length);
	const kept = isInTime(mode);
	let count = 0;
	let j = 0;
	for (const event of visible) {
		while (j < all.length && all[j] !== event) j++;
		if (j === all.length) return markByPosition(all, visible, kept);
		if (kept(event)) {
			mask[j] = 1;
			count++;
		}
		j++;
	}
	return { mask, count };
}

function markByPosition(
	all: readonly DiplomaticEvent[],
	visible: readonly DiplomaticEvent[],
	kept: (event: DiplomaticEvent) => boolean
): { mask: Uint8Array; count: number } {
	const position = new Map(all.map((event, i) => [event, i]));
	const mask = new Uint8Array(all.length);
	let count = 0;
	for (const event of visible) {
		const i = position.get(event);
		if (i === undefined || mask[i] === 1 || !kept(event)) continue;
		mask[i] = 1;
		count++;
	}
	return { mask, count };
}

function isoDay(time: number): string {
	const day = Math.floor(Math.max(-8.64e15, Math.min(8.64e15, time)) / DAY_MS) * DAY_MS;
	return new Date(day).toISOString().slice(0, 10);
}
