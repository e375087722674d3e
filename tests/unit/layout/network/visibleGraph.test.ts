import { bundledGraph } from '../../../helpers/networkFixtures';
import { describe, expect, it } from 'vitest';
import { computeVisibleGraph } from '$lib/layout/network/visibleGraph';

describe('computeVisibleGraph(graph, visibleEventIds)', () => {
	it('keeps only edges and nodes with visible events, and recounts weights', () => {
		const graph = bundledGraph();
		const before = structuredClone(graph);
		const ids = new Set(['araghchi-call-saudi-fm', 'us-demands', 'iran-red-line-defence']);
		const visible = computeVisibleGraph(graph, ids);
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
		const visible = computeVisibleGraph(graph, new Set(['witkoff-meets-israeli-pm']));
		expect([...visible.nodes.keys()].sort()).toEqual(['isr', 'israeli-pm', 'usa', 'witkoff']);
		expect([...visible.edges.keys()].sort()).toEqual([
			'consultation:israeli-pm|witkoff',
			'membership:isr|israeli-pm',
			'membership:usa|witkoff'
		]);
	});
});
