import { describe, expect, it } from 'vitest';
import { describeSummary, summarizeDataset } from '$lib/data/summarizeDataset';
import { smallDataset } from '../../fixtures/smallDataset';

describe('summarizeDataset(dataset)', () => {
	it('summarizeDataset(dataset) counts records and spans every window and end', () => {
		const summary = summarizeDataset(smallDataset());
		expect(summary).toEqual({
			events: 2,
			actors: 7,
			sources: 1,
			span: { first: '2023-02-20', last: '2023-03-05' }
		});
		expect(describeSummary(summary)).toBe('2 events, 7 actors, 1 source, 20 Feb – 5 Mar 2023');
	});

	it('summarizeDataset(empty dataset) has no span', () => {
		const dataset = { ...smallDataset(), events: [] };
		expect(summarizeDataset(dataset).span).toBeNull();
		expect(describeSummary(summarizeDataset(dataset))).toBe('0 events, 7 actors, 1 source');
	});
});
