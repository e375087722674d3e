/**
 * A dataset cut down to some of its events, still valid on its own: the actors, sources and
 * relations those events need come along, and links to events left out are dropped.
 */
import { eventSpan } from './time/eventSpan';
import type { Dataset } from './schema';
import { LIMITS } from './vocabularies';

export interface SubsetOptions {
	/** Appended to `meta.description`, e.g. which filters made the subset. */
	note?: string;
}

export function subsetDataset(
	dataset: Dataset,
	eventIds: ReadonlySet<string>,
	options: SubsetOptions = {}
): Dataset {
	if (eventIds.size === dataset.events.length && dataset.events.every((e) => eventIds.has(e.id))) {
		return structuredClone(dataset);
	}
	const events = structuredClone(dataset.events.filter((event) => eventIds.has(event.id)));
	for (const event of events) {
		if (!event.related) continue;
		event.related = event.related.filter((link) => eventIds.has(link.eventId));
		if (event.related.length === 0) delete event.related;
	}

	const actorsById = new Map(dataset.actors.map((actor) => [actor.id, actor]));
	const actorIds = new Set<string>();
	const addActor = (id: string) => {
		if (actorIds.has(id) || !actorsById.has(id)) return;
		actorIds.add(id);
		const actor = actorsById.get(id)!;
		for (const parent of actor.memberOf ?? []) addActor(parent);
		if (actor.seat) addActor(actor.seat);
	};
	for (const event of events) {
		for (const id of [...event.sourceActors, ...event.targetActors, ...(event.mediators ?? [])]) {
			addActor(id);
		}
		if (event.location) addActor(event.location.actorId);
	}

	const relations = structuredClone(dataset.relations ?? [])
		.filter(
			(relation) =>
				actorIds.has(relation.from) &&
				relation.to.every((id) => actorIds.has(id)) &&
				(!relation.eventIds ||
					relation.eventIds.length === 0 ||
					relation.eventIds.some((id) => eventIds.has(id)))
		)
		.map((relation) =>
			relation.eventIds
				? { ...relation, eventIds: relation.eventIds.filter((id) => eventIds.has(id)) }
				: relation
		);

	const actors = structuredClone(dataset.actors.filter((actor) => actorIds.has(actor.id)));
	const sourceIds = new Set<string>();
	for (const item of [...events, ...relations]) {
		for (const evidence of item.evidence) sourceIds.add(evidence.sourceId);
	}
	for (const actor of actors) if (actor.coordSourceId) sourceIds.add(actor.coordSourceId);
	const meta = structuredClone(dataset.meta);
	for (const id of meta.primarySourceIds ?? []) sourceIds.add(id);
	const sources = structuredClone(dataset.sources.filter((source) => sourceIds.has(source.id)));

	if (meta.coverage && events.length > 0) {
		const spans = events.map((event) => eventSpan(event.date));
		meta.coverage = {
			earliest: spans.reduce((min, s) => (s.first < min ? s.first : min), spans[0]!.first),
			latest: spans.reduce((max, s) => (s.last > max ? s.last : max), spans[0]!.last)
		};
	}
	if (options.note) {
		const description = meta.description ? `${meta.description} ${options.note}` : options.note;
		meta.description =
			description.length > LIMITS.note ? `${description.slice(0, LIMITS.note - 1)}…` : description;
	}

	const subset: Dataset = { ...structuredClone(dataset), meta, sources, actors, events };
	if (dataset.relations) subset.relations = relations;
	return subset;
}
