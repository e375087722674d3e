/**
 * Keyed lists over what a file may repeat: the same event related under two relations, an actor
 * named twice in one role or in several roles, a parent or primary source named twice. Svelte
 * throws `each_key_duplicate` on a repeated key, so every key computed for a keyed `{#each}`
 * must be unique in its list, for any valid dataset with such repeats.
 */
import { isUnique, repeatingDataset } from '../../../helpers/repeatingDataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildActorTree, type ActorTreeNode } from '$lib/data/actors/actorTree';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';

function treeIds(nodes: readonly ActorTreeNode[]): boolean {
	return isUnique(nodes.map((n) => n.id)) && nodes.every((n) => treeIds(n.children));
}

describe('keys of keyed lists', () => {
	it('buildActorTree(...) lists each member once under a parent named twice', () => {
		fc.assert(
			fc.property(repeatingDataset, (dataset) => {
				const tree = buildActorTree(createActorHierarchy(dataset.actors), dataset.events);
				expect(treeIds(tree)).toBe(true);
			}),
			{ numRuns: 40, endOnFailure: true }
		);
	}, 60_000);
});
