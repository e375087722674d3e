/**
 * Keyed lists over what a file may repeat: the same event related under two relations, an actor
 * named twice in one role or in several roles, a parent or primary source named twice. Svelte
 * throws `each_key_duplicate` on a repeated key, so every key computed for a keyed `{#each}`
 * must be unique in its list, for any valid dataset with such repeats.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorTree, type ActorTreeNode } from '../../src/lib/data/actorTree';
import { createActorHierarchy } from '../../src/lib/data/actorHierarchy';
import {
	eventParticipantGroups,
	relatedLinks,
	uniqueInOrder
} from '../../src/lib/data/eventDetailLists';
import { EVENT_RELATIONS, type Dataset, type DiplomaticEvent } from '../../src/lib/data/schema';
import { validateDataset } from '../../src/lib/data/validateDataset';
import { buildGraph } from '../../src/lib/layout/network/buildGraph';
import { reportedOnDates } from '../../src/lib/layout/timeline/timeExtent';
import { buildDataset } from '../fixtures/arbitraryDataset';

const isUnique = (keys: readonly unknown[]) => new Set(keys).size === keys.length;

/** A valid dataset whose lists repeat what a real file may repeat. */
const repeatingDataset = fc.gen().map((g) => {
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

function treeIds(nodes: readonly ActorTreeNode[]): boolean {
	return isUnique(nodes.map((n) => n.id)) && nodes.every((n) => treeIds(n.children));
}

describe('keys of keyed lists', () => {
	it('the repeating datasets are valid datasets (the loader accepts every repeat)', () => {
		fc.assert(
			fc.property(repeatingDataset, (dataset) => {
				expect(validateDataset(structuredClone(dataset)).errors).toEqual([]);
			}),
			{ numRuns: 30, endOnFailure: true }
		);
	}, 60_000);

	it('relatedLinks(event) keys are unique and keep every relation to every event', () => {
		fc.assert(
			fc.property(repeatingDataset, (dataset) => {
				for (const event of dataset.events) {
					const before = structuredClone(event);
					const links = relatedLinks(event);
					expect(isUnique(links.map((l) => l.key))).toBe(true);
					const pairs = new Set((event.related ?? []).map((r) => `${r.relation}:${r.eventId}`));
					expect(new Set(links.map((l) => `${l.relation}:${l.eventId}`))).toEqual(pairs);
					expect(event).toEqual(before);
				}
			}),
			{ numRuns: 40, endOnFailure: true }
		);
	}, 60_000);

	it('eventParticipantGroups(event) keys each role once and each actor once per role', () => {
		fc.assert(
			fc.property(repeatingDataset, (dataset) => {
				for (const event of dataset.events) {
					const before = structuredClone(event);
					const groups = eventParticipantGroups(event);
					expect(isUnique(groups.map((group) => group.role))).toBe(true);
					for (const group of groups) expect(isUnique(group.actorIds)).toBe(true);
					const named = new Set([
						...event.sourceActors,
						...event.targetActors,
						...(event.mediators ?? []),
						...(event.location ? [event.location.actorId] : [])
					]);
					expect(new Set(groups.flatMap((group) => group.actorIds))).toEqual(named);
					expect(event).toEqual(before);
				}
			}),
			{ numRuns: 40, endOnFailure: true }
		);
	}, 60_000);

	it('buildActorTree(...) lists each member once under a parent named twice', () => {
		fc.assert(
			fc.property(repeatingDataset, (dataset) => {
				const tree = buildActorTree(createActorHierarchy(dataset.actors), dataset.events);
				expect(treeIds(tree)).toBe(true);
			}),
			{ numRuns: 40, endOnFailure: true }
		);
	}, 60_000);

	it('reportedOnDates(dataset) names each primary source once', () => {
		fc.assert(
			fc.property(repeatingDataset, (dataset) => {
				expect(isUnique(reportedOnDates(dataset).map((r) => r.sourceId))).toBe(true);
			}),
			{ numRuns: 40, endOnFailure: true }
		);
	}, 60_000);

	it('buildGraph(...) node ids and edge keys are unique, each edge lists an event once', () => {
		fc.assert(
			fc.property(repeatingDataset, (dataset) => {
				const graph = buildGraph(
					dataset.events,
					createActorHierarchy(dataset.actors),
					dataset.relations ?? []
				);
				expect(isUnique(graph.nodes.map((n) => n.id))).toBe(true);
				expect(isUnique(graph.edges.map((e) => e.key))).toBe(true);
				for (const edge of graph.edges) expect(isUnique(edge.eventIds)).toBe(true);
			}),
			{ numRuns: 40, endOnFailure: true }
		);
	}, 60_000);

	it('relatedLinks(event) shows an event related twice under two relations, both', () => {
		const event = {
			related: [
				{ eventId: 'round-3', relation: 'responds_to' },
				{ eventId: 'round-3', relation: 'contradicts' },
				{ eventId: 'round-3', relation: 'responds_to' }
			]
		} as DiplomaticEvent;
		expect(relatedLinks(event)).toEqual([
			{ key: 'responds_to:round-3', relation: 'responds_to', eventId: 'round-3' },
			{ key: 'contradicts:round-3', relation: 'contradicts', eventId: 'round-3' }
		]);
	});

	it('uniqueInOrder(items) keeps the first of each, in order', () => {
		const items = ['b', 'a', 'b', 'c', 'a'];
		expect(uniqueInOrder(items)).toEqual(['b', 'a', 'c']);
		expect(items).toEqual(['b', 'a', 'b', 'c', 'a']);
	});
});
