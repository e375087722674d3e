/** The bundled dataset as the browser tests see it, with the app's own pure helpers. */
import { readFileSync } from 'node:fs';
import { createActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';
import {
	filterEvents,
	NO_FILTERS,
	type FilterCriteria
} from '../../src/lib/data/filters/filterEvents';
import type { Dataset } from '../../src/lib/data/schema';
import { sortEventsByTime } from '../../src/lib/data/time/sortEvents';

export const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
export const hierarchy = createActorHierarchy(dataset.actors);

/** Ids of the events the given filters let through, in time order. */
export function expectedEventIds(criteria: Partial<FilterCriteria>): string[] {
	return filterEvents(sortEventsByTime(dataset.events), hierarchy, {
		...NO_FILTERS,
		...criteria
	}).map((event) => event.id);
}

export function actorNamed(id: string): string {
	const actor = dataset.actors.find((a) => a.id === id);
	if (!actor) throw new Error(`no actor ${id} in the bundled dataset`);
	return actor.name;
}
