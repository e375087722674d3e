import { describe, expect, it } from 'vitest';
import { computeEdgeGeometry } from '../../../../src/lib/layout/network/edgeGeometry';
import { buildGraph } from '../../../../src/lib/layout/network/buildGraph';
import { layoutNodes, layoutNodesSteps } from '../../../../src/lib/layout/network/layoutNetwork';
import { settleForce, settleForceSteps } from '../../../../src/lib/layout/network/settleForce';
import { runFor, runToEnd, type Steps } from '../../../../src/lib/data/steps';
import { boundsNote } from '../../../../src/lib/state/network/networkText';
import { dataset, hierarchy } from '../../../e2e/loadDataset';

function* count(to: number): Steps<number> {
	for (let i = 0; i < to; i++) yield;
	return to;
}

describe('runToEnd(steps) and runFor(steps, budgetMs, now)', () => {
	it('runToEnd(steps) runs every step and returns the result', () => {
		expect(runToEnd(count(5))).toBe(5);
	});

	it('runFor(steps, 3, clock) stops once the budget is spent, at least one step a call, and the rest runs later', () => {
		let time = 0;
		const now = () => time++;
		const steps = count(10);
		const calls: boolean[] = [];
		for (;;) {
			const r = runFor(steps, 3, now);
			calls.push(r.done);
			if (r.done) {
				expect(r.value).toBe(10);
				break;
			}
		}
		expect(calls.length).toBeGreaterThan(1);
		expect(calls.at(-1)).toBe(true);
		expect(runFor(count(0), 0, now)).toEqual({ done: true, value: 0 });
	});
});

describe('layouts in steps give the same picture as at once', () => {
	const model = {
		collideRadius: Float64Array.from([10, 10, 10, 10]),
		strengthX: Float64Array.from([0.1, 0.1, 0.1, 0.1]),
		strengthY: Float64Array.from([0.1, 0.1, 0.1, 0.1]),
		charge: -30,
		source: Int32Array.from([0, 1, 2]),
		target: Int32Array.from([1, 2, 3]),
		distance: Float64Array.from([30, 30, 30]),
		strength: Float64Array.from([0.5, 0.5, 0.5]),
		collideIterations: 1
	};

	it('settleForceSteps(n, model, ticks, decay, 7) yields between ticks and ends where settleForce does', () => {
		const steps = settleForceSteps(4, model, 50, 0.05, 7);
		let yields = 0;
		let next = steps.next();
		while (!next.done) {
			yields++;
			next = steps.next();
		}
		expect(yields).toBe(7);
		expect(next.value).toEqual(settleForce(4, model, 50, 0.05));
	});

	it('layoutNodesSteps(graph, options) run step by step is layoutNodes(graph, options)', () => {
		const graph = buildGraph(dataset.events, hierarchy);
		for (const mode of ['force', 'geo'] as const) {
			const options = { width: 900, height: 500, mode };
			const steps = layoutNodesSteps(graph, options);
			let n = 0;
			let next = steps.next();
			while (!next.done) {
				n++;
				next = steps.next();
			}
			// The labels are placed in a step of their own; the forces settle over several.
			expect(n, mode).toBeGreaterThan(mode === 'force' ? 2 : 0);
			expect(next.value).toEqual(layoutNodes(graph, options));
			expect(computeEdgeGeometry(graph.edges, next.value.nodes)).toHaveLength(graph.edges.length);
		}
	});
});

describe('boundsNote(shown)', () => {
	it.each([
		{ shown: { actors: 10, candidates: null, drawn: 20, lines: 20, glyphLimit: 200 }, want: null },
		{
			shown: { actors: 150, candidates: 200, drawn: 600, lines: 1200, glyphLimit: 200 },
			want: 'Showing the 150 most connected of 200 actors; filter by actor to bring in others. Drawing the 600 heaviest of 1,200 contacts. Kind glyphs on the 200 heaviest lines; every line names its kinds when selected.'
		},
		{
			shown: { actors: 30, candidates: null, drawn: 250, lines: 250, glyphLimit: 200 },
			want: 'Kind glyphs on the 200 heaviest lines; every line names its kinds when selected.'
		}
	])('boundsNote($shown) is $want', ({ shown, want }) => {
		expect(boundsNote(shown)).toBe(want);
	});
});
