import { graphOf } from '../../../helpers/mediationGraph';
import { describe, expect, it } from 'vitest';
import { mediationDataset } from '../../../fixtures/mediationDataset';

describe('buildGraph(...).mediations', () => {
	it('buildGraph(events) lists each (mediator, party, party) triple with its events', () => {
		const dataset = mediationDataset(1);
		const before = structuredClone(dataset);
		const graph = graphOf(dataset);
		expect(dataset).toEqual(before);
		expect(graph.mediations.length).toBeGreaterThan(0);
		for (const m of graph.mediations) {
			expect(m.a < m.b).toBe(true);
			expect([m.a, m.b]).not.toContain(m.mediator);
			for (const id of m.eventIds)
				expect(dataset.events.find((e) => e.id === id)?.mediators ?? ['045']).toBeTruthy();
		}
	});
});

describe('buildGraph(events).mediations when a go-between is also a source', () => {
	it.each([
		{
			name: 'a mediator that is the source (CAMEO 045) stands between the targets',
			event: { sourceActors: ['m'], targetActors: ['p', 'q'], mediators: ['m'] },
			expected: ['m|p|q']
		},
		{
			name: 'co-mediators, one of them the source, are not parties to each other',
			event: { sourceActors: ['m'], targetActors: ['p', 'q'], mediators: ['m', 'n'] },
			expected: ['m|p|q', 'n|p|q']
		},
		{
			name: 'a mediator named only in mediators stands between sources and targets',
			event: { sourceActors: ['p'], targetActors: ['q'], mediators: ['n'] },
			expected: ['n|p|q']
		}
	])('$name', ({ event, expected }) => {
		const dataset = mediationDataset(1, 6, 1);
		const state = (id: string) => ({ id, name: id.toUpperCase(), kind: 'state' as const });
		dataset.actors = ['m', 'n', 'p', 'q'].map(state);
		dataset.events = [{ ...dataset.events[0]!, ...event }];
		const before = structuredClone(dataset);
		expect(graphOf(dataset).mediations.map((m) => m.key)).toEqual(expected);
		expect(dataset).toEqual(before);
	});
});
