/**
 * Keyed lists over what a file may repeat: the same event related under two relations, an actor
 * named twice in one role or in several roles, a parent or primary source named twice. Svelte
 * throws `each_key_duplicate` on a repeated key, so every key computed for a keyed `{#each}`
 * must be unique in its list, for any valid dataset with such repeats.
 */
import { isUnique, repeatingDataset } from '../../../helpers/repeatingDataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportedOnDates } from '$lib/layout/timeline/timeExtent';

describe('keys of keyed lists', () => {
	it('reportedOnDates(dataset) names each primary source once', () => {
		fc.assert(
			fc.property(repeatingDataset, (dataset) => {
				expect(isUnique(reportedOnDates(dataset).map((r) => r.sourceId))).toBe(true);
			}),
			{ numRuns: 40, endOnFailure: true }
		);
	}, 60_000);
});
