/**
 * Keyed lists over what a file may repeat: the same event related under two relations, an actor
 * named twice in one role or in several roles, a parent or primary source named twice. Svelte
 * throws `each_key_duplicate` on a repeated key, so every key computed for a keyed `{#each}`
 * must be unique in its list, for any valid dataset with such repeats.
 */
import { isUnique, repeatingDataset } from '../../../helpers/repeatingDataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { buildGraph } from '$lib/layout/network/buildGraph';

describe('keys of keyed lists', () => {
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
});
