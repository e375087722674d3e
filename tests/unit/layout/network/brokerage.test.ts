import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import type { Dataset } from '$lib/data/schema';
import { buildGraph } from '$lib/layout/network/buildGraph';
import type { Graph } from '$lib/layout/network/graphTypes';
import { computeBrokerage, computeDegree, contactPairs } from '$lib/layout/network/brokerage';
import { topScores } from '$lib/layout/network/topScores';
import { mediationDataset } from '../../../fixtures/mediationDataset';

/** A graph of the given nodes and contacts (one event each), with mediations. */
function graph(
	ids: string[],
	contacts: [string, string][],
	mediations: { mediator: string; a: string; b: string; eventIds: string[] }[] = []
): Graph {
	return {
		nodes: ids.map((id) => ({
			id,
			kind: 'state',
			label: id,
			name: id,
			parentId: null,
			coordinates: null,
			eventIds: []
		})),
		edges: contacts.map(([p, q], i) => {
			const [a, b] = p < q ? [p, q] : [q, p];
			return {
				key: `meeting:${a}|${b}`,
				kind: 'meeting',
				basis: 'event',
				a,
				b,
				contributions: [{ eventId: `e${i}`, direction: 'none', status: 'occurred' }],
				relationIds: [],
				relationDirection: 'none',
				relationUnconditional: false,
				eventIds: [`e${i}`]
			};
		}),
		mediations: mediations.map((m) => ({ key: `${m.mediator}|${m.a}|${m.b}`, ...m }))
	};
}

describe('computeBrokerage(graph): betweenness on the contact graph', () => {
	it.each([
		{
			name: 'a path a–b–c: b lies on the one path between the others',
			g: graph(
				['a', 'b', 'c'],
				[
					['a', 'b'],
					['b', 'c']
				]
			),
			expected: { a: 0, b: 1, c: 0 }
		},
		{
			name: 'a star: the centre lies on every path (normalised 1), the leaves on none',
			g: graph(
				['c', 'l1', 'l2', 'l3', 'l4'],
				[
					['c', 'l1'],
					['c', 'l2'],
					['c', 'l3'],
					['c', 'l4']
				]
			),
			expected: { c: 1, l1: 0, l2: 0, l3: 0, l4: 0 }
		},
		{
			name: 'a path of four: the inner two each carry 2 of the 3 pairs',
			g: graph(
				['a', 'b', 'c', 'd'],
				[
					['a', 'b'],
					['b', 'c'],
					['c', 'd']
				]
			),
			expected: { a: 0, b: 2 / 3, c: 2 / 3, d: 0 }
		},
		{
			name: 'a square: each node carries half of the pair across it',
			g: graph(
				['a', 'b', 'c', 'd'],
				[
					['a', 'b'],
					['b', 'c'],
					['c', 'd'],
					['d', 'a']
				]
			),
			expected: { a: 1 / 6, b: 1 / 6, c: 1 / 6, d: 1 / 6 }
		}
	])('$name', ({ g, expected }) => {
		const before = structuredClone(g);
		const scores = computeBrokerage(g);
		expect(g).toEqual(before);
		for (const [id, value] of Object.entries(expected))
			expect(scores.get(id)).toBeCloseTo(value, 6);
	});

	it('computeBrokerage(graph) counts a contact made through a go-between through it, not straight', () => {
		// p and q met only through m (the meeting's event is m's mediation): m brokers.
		const g = graph(
			['m', 'p', 'q'],
			[
				['p', 'q'],
				['m', 'p'],
				['m', 'q']
			],
			[{ mediator: 'm', a: 'p', b: 'q', eventIds: ['e0'] }]
		);
		expect(contactPairs(g)).toEqual([
			['m', 'p', 1],
			['m', 'q', 1]
		]);
		expect(computeBrokerage(g).get('m')).toBeCloseTo(1, 6);
		expect(computeDegree(g)).toEqual(
			new Map([
				['m', 2],
				['p', 1],
				['q', 1]
			])
		);
	});

	it("computeBrokerage(graph) with no mediations is graphology-metrics' betweenness", () => {
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const dataset = mediationDataset(seed, 12 + seed);
			const full = buildGraph(dataset.events, createActorHierarchy(dataset.actors), []);
			const g = { ...full, mediations: [] };
			const reference = new UndirectedGraph();
			for (const node of g.nodes) reference.addNode(node.id);
			for (const [a, b, events] of contactPairs(g))
				reference.mergeEdge(a, b, { length: 1 / events });
			const expected = betweennessCentrality(reference, {
				normalized: true,
				getEdgeWeight: 'length'
			});
			const scores = computeBrokerage(g);
			for (const node of g.nodes)
				expect(scores.get(node.id), `seed ${seed}, ${node.id}`).toBeCloseTo(expected[node.id]!, 9);
		}
	});

	it('computeBrokerage(graph) counts a pair once more for each event a go-between carried between it', () => {
		// p and q in direct contact, m on the only paths from p and from q to r. Then p and q
		// deal only through m, three times: m stands between them too, that pair weighing 4.
		const direct = graph(
			['m', 'p', 'q', 'r'],
			[
				['p', 'q'],
				['m', 'p'],
				['m', 'r']
			]
		);
		// Ordered pairs not touching m: 6 of weight 1; m lies on p–r and q–r (both ways): 4 / 6.
		expect(computeBrokerage(direct).get('m')).toBeCloseTo(4 / 6, 9);
		const carried = graph(
			['m', 'p', 'q', 'r'],
			[
				['m', 'p'],
				['m', 'q'],
				['m', 'r']
			],
			[{ mediator: 'm', a: 'p', b: 'q', eventIds: ['x1', 'x2', 'x3'] }]
		);
		// Now a star around m: every pair through it, p–q weighing 4 each way.
		expect(computeBrokerage(carried).get('m')).toBeCloseTo(1, 9);
		const scores = computeBrokerage(carried);
		for (const id of ['p', 'q', 'r']) expect(scores.get(id)).toBe(0);
	});

	it('computeBrokerage(graph) on the real-shaped fixture: its main go-between is the biggest broker', () => {
		const dataset = JSON.parse(
			readFileSync('tests/fixtures/realShaped/dataset.json', 'utf8')
		) as Dataset;
		const g = buildGraph(dataset.events, createActorHierarchy(dataset.actors), []);
		const main = g.mediations.reduce((p, q) => (q.eventIds.length > p.eventIds.length ? q : p));
		const [top] = topScores(computeBrokerage(g), 1);
		expect(top?.id).toBe(main.mediator);
		expect(g.nodes.find((node) => node.id === main.mediator)?.kind).toBe('state');
	});
});
