/**
 * Keyed lists over what a file may repeat: the same event related under two relations, an actor
 * named twice in one role or in several roles, a parent or primary source named twice. Svelte
 * throws `each_key_duplicate` on a repeated key, so every key computed for a keyed `{#each}`
 * must be unique in its list, for any valid dataset with such repeats.
 */
import fc from 'fast-check';
import { EVENT_RELATIONS, type Dataset } from '../../src/lib/data/schema';
import { buildDataset } from '../fixtures/arbitraryDataset';

export const isUnique = (keys: readonly unknown[]) => new Set(keys).size === keys.length;

/** A valid dataset whose lists repeat what a real file may repeat. */
export const repeatingDataset = fc.gen().map((g) => {
	const dataset: Dataset = buildDataset(g, 6);
	const actorIds = dataset.actors.map((a) => a.id);
	const eventIds = dataset.events.map((e) => e.id);
	const pick = <T>(items: readonly T[]) => g(() => fc.constantFrom(...items));
	for (const event of dataset.events) {
		// The same actor in several roles, and twice in one.
		const someone = pick(actorIds);
		if (g(fc.boolean)) event.targetActors = [...event.targetActors, someone, someone];
		if (g(fc.boolean))
			event.mediators = [...(event.mediators ?? []), someone, event.sourceActors[0]!];
		if (g(fc.boolean)) event.sourceActors = [...event.sourceActors, event.sourceActors[0]!];
		if (g(fc.boolean)) event.location = { actorId: someone };
		// The same event under several relations, and the same link twice.
		const others = eventIds.filter((id) => id !== event.id);
		if (others.length > 0 && g(fc.boolean)) {
			const other = pick(others);
			const relations = g(() =>
				fc.array(fc.constantFrom(...EVENT_RELATIONS), { minLength: 1, maxLength: 4 })
			);
			event.related = [
				...(event.related ?? []),
				...relations.map((relation) => ({ eventId: other, relation }))
			];
		}
		if (g(fc.boolean)) event.evidence = [...event.evidence, event.evidence[0]!];
		if (event.tags && event.tags.length > 0) event.tags = [...event.tags, event.tags[0]!];
	}
	for (const actor of dataset.actors) {
		if (actor.memberOf?.length) actor.memberOf = [...actor.memberOf, actor.memberOf[0]!];
	}
	const primary = dataset.meta.primarySourceIds;
	if (primary?.length) dataset.meta.primarySourceIds = [...primary, primary[0]!];
	return dataset;
});
