import { readFileSync } from 'node:fs';
import { createActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';
import type { Dataset, DiplomaticEvent } from '../../src/lib/data/schema';
import { sortEventsByTime } from '../../src/lib/data/time/sortEvents';
import type { TimelineLanes } from '../../src/lib/layout/timeline/laneTypes';
import { computeLanes } from './oracles/computeLanes';
import { indexTimelineLanes } from './oracles/indexTimelineLanes';

export const DAY = 86_400_000;
export const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;

/** Events of one actor, `perDay` on each of `days` days from 2024-03-01, some with windows. */
export function crowd(
	days: number,
	perDay: number
): { events: DiplomaticEvent[]; lanes: TimelineLanes } {
	const events: DiplomaticEvent[] = [];
	for (let d = 0; d < days; d++) {
		const day = new Date(Date.UTC(2024, 2, 1) + d * DAY).toISOString().slice(0, 10);
		const later = new Date(Date.UTC(2024, 2, 1) + (d + 3) * DAY).toISOString().slice(0, 10);
		for (let k = 0; k < perDay; k++) {
			const windowed = k % 3 === 2;
			events.push({
				id: `e-${d}-${k}`,
				date: {
					value: day,
					precision: windowed ? 'range' : 'day',
					earliest: day,
					latest: windowed ? later : day
				},
				status: 'occurred',
				type: { cameo: '040', cameoLabel: 'Consult', plover: 'CONSULT' },
				sourceActors: ['irn'],
				targetActors: [],
				summary: `Event ${d}.${k}`,
				evidence: [{ sourceId: 's', quote: 'q' }],
				confidence: 'high'
			});
		}
	}
	const lanes: TimelineLanes = {
		lanes: [{ key: 'actor:irn', label: 'Iran', depth: 0 }],
		memberships: events.map((e) => ({ eventId: e.id, laneKey: 'actor:irn', role: 'party' }))
	};
	return { events, lanes };
}

/** Typed arrays as text, for comparing 100k-entry arrays (`toEqual` walks them slowly). */
export function bundledIndex() {
	const events = sortEventsByTime(bundled.events);
	const lanes = computeLanes(events, createActorHierarchy(bundled.actors), 'state');
	return { events, lanes, index: indexTimelineLanes(events, lanes) };
}
