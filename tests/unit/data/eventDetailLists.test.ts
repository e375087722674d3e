/**
 * Keyed lists over what a file may repeat: the same event related under two relations, an actor
 * named twice in one role or in several roles, a parent or primary source named twice. Svelte
 * throws `each_key_duplicate` on a repeated key, so every key computed for a keyed `{#each}`
 * must be unique in its list, for any valid dataset with such repeats.
 */
import { isUnique, repeatingDataset } from '../../helpers/repeatingDataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventParticipantGroups, relatedLinks, uniqueInOrder } from '$lib/data/eventDetailLists';
import { type DiplomaticEvent } from '$lib/data/schema';
import { validateDataset } from '$lib/data/validation/validateDataset';

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
