import { bundled, bundledGraph } from '../../../helpers/networkFixtures';
import { describe, expect, it } from 'vitest';
import type { Graph } from '$lib/layout/network/graphTypes';
import {
	computeVisibleGraphAt,
	visibleGraphSteps,
	type VisibleGraph
} from '$lib/layout/network/visibleGraph';
import { indexGraph, positionsById } from '$lib/layout/network/graphIndex';
import { computeVisibleGraph } from '../../../helpers/oracles/computeVisibleGraph';

/** `computeVisibleGraphAt` (what the app runs) with the visible events as a mask over the dataset. */
function visibleAt(graph: Graph, ids: ReadonlySet<string>): VisibleGraph {
	const mask = Uint8Array.from(bundled.events, (event) => (ids.has(event.id) ? 1 : 0));
	return computeVisibleGraphAt(graph, indexGraph(graph, positionsById(bundled.events)), mask);
}

const WAYS = [
	['computeVisibleGraphAt(graph, index, mask)', visibleAt],
	['computeVisibleGraph(graph, ids) (the oracle)', computeVisibleGraph]
] as const;

describe.each(WAYS)('%s', (_name, visibleGraph) => {
	it('keeps only edges and nodes with visible events, and recounts weights', () => {
		const graph = bundledGraph();
		const before = structuredClone(graph);
		const ids = new Set(['araghchi-call-saudi-fm', 'us-demands', 'iran-red-line-defence']);
		const visible = visibleGraph(graph, ids);
		expect(graph).toEqual(before);
		expect([...visible.nodes.keys()].sort()).toEqual(['irn', 'sau', 'usa']);
		expect([...visible.edges.keys()].sort()).toEqual([
			'consultation:irn|sau',
			'mediation:irn|sau',
			// Saudi Arabia's standing mediation rests on the same call, so it shows too.
			'mediation:sau|usa',
			'statement:irn|usa'
		]);
		expect(visible.edges.get('statement:irn|usa')).toMatchObject({ weight: 2, direction: 'both' });
		expect(visible.edges.get('mediation:irn|sau')).toMatchObject({ standing: true, source: 'sau' });
	});

	it('shows a state, and the line to its member, when only the member has visible events', () => {
		const graph = bundledGraph(true);
		const visible = visibleGraph(graph, new Set(['witkoff-meets-israeli-pm']));
		expect([...visible.nodes.keys()].sort()).toEqual(['isr', 'israeli-pm', 'usa', 'witkoff']);
		expect([...visible.edges.keys()].sort()).toEqual([
			'consultation:israeli-pm|witkoff',
			'membership:isr|israeli-pm',
			'membership:usa|witkoff'
		]);
	});
});

describe('visibleGraphSteps(graph, index, mask, stepWork)', () => {
	it('visibleGraphSteps(...) yields after each share of work and ends with what computeVisibleGraphAt gives', () => {
		const graph = bundledGraph(true);
		const index = indexGraph(graph, positionsById(bundled.events));
		const mask = Uint8Array.from(bundled.events, (_, i) => (i % 3 === 0 ? 0 : 1));
		const whole = computeVisibleGraphAt(graph, index, mask);
		const yieldsBy: number[] = [];
		for (const stepWork of [1, 5, 40, Number.MAX_SAFE_INTEGER]) {
			const steps = visibleGraphSteps(graph, index, mask, stepWork);
			let yields = 0;
			let next = steps.next();
			for (; !next.done; next = steps.next()) yields++;
			expect(next.value).toEqual(whole);
			yieldsBy.push(yields);
		}
		// Smaller shares, more steps; none when it all fits in one.
		expect(yieldsBy[0]).toBeGreaterThan(10);
		expect(yieldsBy).toEqual([...yieldsBy].sort((p, q) => q - p));
		expect(yieldsBy.at(-1)).toBe(0);
	});
});
