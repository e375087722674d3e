import { describe, expect, it } from 'vitest';
import { choiceCounts, prepareChoiceCounts } from '$lib/data/filters/choiceCounts';
import { categoryOf } from '$lib/data/filters/filterEvents';
import { isUnquoted } from '$lib/data/isUnquoted';
import type { DiplomaticEvent } from '$lib/data/schema';
import { runToEnd } from '$lib/data/steps';
import fc from 'fast-check';
import { datasetArbitrary } from '../../../fixtures/arbitraryDataset';
import { smallDataset } from '../../../fixtures/smallDataset';

/** Each field counted the plain way: a filter per value. */
function naive(events: readonly DiplomaticEvent[]) {
	const count = (read: (e: DiplomaticEvent) => string) => {
		const map = new Map<string, number>();
		for (const e of events) map.set(read(e), (map.get(read(e)) ?? 0) + 1);
		return map;
	};
	return {
		category: count(categoryOf),
		status: count((e) => e.status),
		confidence: count((e) => e.confidence),
		unquoted: events.filter(isUnquoted).length
	};
}

describe('choiceCounts', () => {
	it.each([
		['the small dataset', smallDataset().events],
		['no events', []]
	])(
		'choiceCounts(%s) counts each field and the unquoted events as a filter would',
		(_, events) => {
			const before = structuredClone(events);
			expect(choiceCounts(events)).toEqual(naive(events));
			expect(events).toEqual(before);
		}
	);

	it('choiceCounts(events) agrees with counting each field apart, on generated datasets', () => {
		fc.assert(
			fc.property(datasetArbitrary(20), (dataset) => {
				expect(choiceCounts(dataset.events)).toEqual(naive(dataset.events));
			}),
			{ numRuns: 50 }
		);
	});

	it('prepareChoiceCounts(events) in steps keeps what choiceCounts(events) then gives, without counting again', () => {
		const [dataset] = fc.sample(datasetArbitrary(30), { numRuns: 1, seed: 4 });
		const events = dataset!.events;
		runToEnd(prepareChoiceCounts(events));
		const prepared = choiceCounts(events);
		expect(prepared).toEqual(naive(events));
		// Kept per list of events: the same object, and another list is counted apart.
		expect(choiceCounts(events)).toBe(prepared);
		expect(choiceCounts(events.slice(1))).not.toBe(prepared);
	});
});
