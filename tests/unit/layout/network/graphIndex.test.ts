import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import type { DiplomaticEvent } from '$lib/data/schema';
import { selectNodes, subgraph } from '$lib/layout/network/boundGraph';
import type { Graph } from '$lib/layout/network/graphTypes';
import { buildGraphAtOnce } from '$lib/layout/network/graphBuilder';
import { indexGraph, indexSubgraph, positionsById } from '$lib/layout/network/graphIndex';
import { randomNetworkDataset } from '../../../fixtures/randomNetworkDataset';

const events = [{ id: 'e0' }, { id: 'e1' }, { id: 'e2' }] as DiplomaticEvent[];
/** Only what an index reads: each node's and edge's event ids. */
const graph = {
	nodes: [{ eventIds: ['e2', 'e0'] }, { eventIds: [] }, { eventIds: ['gone', 'e1'] }],
	edges: [{ eventIds: ['e1'] }, { eventIds: ['e0', 'e2'] }],
	mediations: []
} as unknown as Graph;

describe('graphIndex', () => {
	it("positionsById(events) is each id's position in the list", () => {
		const before = structuredClone(events);
		expect(positionsById(events)).toEqual(
			new Map([
				['e0', 0],
				['e1', 1],
				['e2', 2]
			])
		);
		expect(events).toEqual(before);
	});

	it.each([
		['nodeStart', [0, 2, 2, 4]],
		// An id not in the list is -1.
		['nodeEvents', [2, 0, -1, 1]],
		['edgeStart', [0, 1, 3]],
		['edgeEvents', [1, 0, 2]]
	] as const)('indexGraph(graph, positions).%s is %j', (field, expected) => {
		const before = structuredClone(graph);
		expect([...indexGraph(graph, positionsById(events))[field]]).toEqual(expected);
		expect(graph).toEqual(before);
	});

	it.each([5, 20, 1000])(
		'indexSubgraph(graph, index, its %i busiest) is indexGraph of that part',
		(limit) => {
			const dataset = randomNetworkDataset(5, 80, 900);
			const { graph, index } = buildGraphAtOnce(
				dataset.events,
				createActorHierarchy(dataset.actors),
				dataset.relations ?? []
			);
			const before = structuredClone(index);
			const part = subgraph(graph, selectNodes(graph, limit, null).ids);
			expect(indexSubgraph(graph, index, part)).toEqual(
				indexGraph(part, positionsById(dataset.events))
			);
			// Out of order too: the edges reversed.
			const reversed = { ...part, edges: [...part.edges].reverse() };
			expect(indexSubgraph(graph, index, reversed)).toEqual(
				indexGraph(reversed, positionsById(dataset.events))
			);
			expect(index).toEqual(before);
		}
	);
});
