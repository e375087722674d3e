/**
 * The part of a draft the charts can draw while the author works: the draft may be half-made,
 * so records the loader faults are left out, with the events and relations that lean on them.
 * What is left is what the viewer would draw of it.
 */
import type { Dataset } from '$lib/data/schema';
import type { Problem } from '$lib/data/validation/validateDataset';

const RECORD = /^(events|actors|sources|relations)\[(\d+)\]/;

export interface Chartable {
	dataset: Dataset;
	/** How many events of the draft are left out until their problems are fixed. */
	leftOut: number;
}

export function chartableDataset(dataset: Dataset, errors: readonly Problem[]): Chartable {
	const faulty = {
		events: new Set<number>(),
		actors: new Set<number>(),
		sources: new Set<number>(),
		relations: new Set<number>()
	};
	for (const problem of errors) {
		if (problem.severity !== 'error') continue;
		const match = RECORD.exec(problem.path);
		if (match) faulty[match[1] as keyof typeof faulty].add(Number(match[2]));
	}
	const actors = dataset.actors.filter((_, i) => !faulty.actors.has(i));
	const sources = dataset.sources.filter((_, i) => !faulty.sources.has(i));
	const actorIds = new Set(actors.map((actor) => actor.id));
	const sourceIds = new Set(sources.map((source) => source.id));
	const events = dataset.events.filter(
		(event, i) =>
			!faulty.events.has(i) &&
			[...event.sourceActors, ...event.targetActors, ...(event.mediators ?? [])].every((id) =>
				actorIds.has(id)
			) &&
			(event.location === undefined || actorIds.has(event.location.actorId)) &&
			event.evidence.every((item) => sourceIds.has(item.sourceId))
	);
	const eventIds = new Set(events.map((event) => event.id));
	const linked = events.map((event) =>
		event.related?.some((link) => !eventIds.has(link.eventId))
			? { ...event, related: event.related.filter((link) => eventIds.has(link.eventId)) }
			: event
	);
	const chartable: Dataset = { ...dataset, actors, sources, events: linked };
	if (dataset.relations) {
		chartable.relations = dataset.relations
			.filter(
				(relation, i) =>
					!faulty.relations.has(i) &&
					actorIds.has(relation.from) &&
					relation.to.every((id) => actorIds.has(id))
			)
			.map((relation) =>
				relation.eventIds?.some((id) => !eventIds.has(id))
					? { ...relation, eventIds: relation.eventIds.filter((id) => eventIds.has(id)) }
					: relation
			);
	}
	return { dataset: chartable, leftOut: dataset.events.length - events.length };
}
