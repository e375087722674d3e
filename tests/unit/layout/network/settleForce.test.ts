import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../../../src/lib/data/actors/actorHierarchy';
import { validateDataset } from '../../../../src/lib/data/validation/validateDataset';
import { selectNodes, subgraph } from '../../../../src/lib/layout/network/boundGraph';
import { buildGraph } from '../../../../src/lib/layout/network/buildGraph';
import { layoutNetwork } from '../../../helpers/oracles/layoutNetwork';
import { NODE_GAP } from '../../../../src/lib/layout/network/layoutTypes';
import { diagramHeight } from '../../../../src/lib/layout/network/diagramHeight';
import { isBetween } from '../../../../src/lib/layout/network/mediationRule';
import {
	settleForce,
	spiralStart,
	type ForceModel
} from '../../../../src/lib/layout/network/settleForce';
import { generateNetworkDataset } from '../../../bench/lib/networkDataset.mjs';

/** A model of `n` nodes with the given links; every other force off unless overridden. */
function model(n: number, links: [number, number][], over: Partial<ForceModel> = {}): ForceModel {
	return {
		collideRadius: new Float64Array(n),
		strengthX: new Float64Array(n),
		strengthY: new Float64Array(n),
		charge: 0,
		source: Int32Array.from(links, (l) => l[0]),
		target: Int32Array.from(links, (l) => l[1]),
		distance: new Float64Array(links.length).fill(50),
		strength: new Float64Array(links.length).fill(1),
		collideIterations: 1,
		...over
	};
}

const DECAY = 1 - Math.pow(0.001, 1 / 300);
const distance = ([x, y]: [Float64Array, Float64Array], i: number, j: number) =>
	Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!);

describe('settleForce(n, model, ticks, alphaDecay)', () => {
	it.each([
		{
			name: 'a link pulls its two ends to its length',
			n: 2,
			links: [[0, 1]] as [number, number][],
			over: {},
			check: (p: [Float64Array, Float64Array]) => expect(distance(p, 0, 1)).toBeCloseTo(50, 0)
		},
		{
			name: 'collision keeps two nodes at least their radii apart',
			n: 2,
			links: [],
			over: { collideRadius: new Float64Array([20, 20]), collideIterations: 2 },
			check: (p: [Float64Array, Float64Array]) =>
				expect(distance(p, 0, 1)).toBeGreaterThan(40 - 0.5)
		},
		{
			name: 'many-body repulsion spreads three nodes further than they start',
			n: 3,
			links: [],
			over: { charge: -100 },
			check: (p: [Float64Array, Float64Array]) => {
				for (const [i, j] of [
					[0, 1],
					[1, 2],
					[0, 2]
				])
					expect(distance(p, i!, j!)).toBeGreaterThan(40);
			}
		},
		{
			name: 'the pull to the centre brings an unlinked node to the origin',
			n: 1,
			links: [],
			over: { strengthX: new Float64Array([0.3]), strengthY: new Float64Array([0.3]) },
			check: ([x, y]: [Float64Array, Float64Array]) => {
				expect(Math.abs(x[0]!)).toBeLessThan(1);
				expect(Math.abs(y[0]!)).toBeLessThan(1);
			}
		}
	])('$name', ({ n, links, over, check }) => {
		const m = model(n, links, over);
		const before = structuredClone(m);
		const positions = settleForce(n, m, 300, DECAY);
		expect(m).toEqual(before);
		for (const v of [...positions[0], ...positions[1]]) expect(Number.isFinite(v)).toBe(true);
		check(positions);
	});

	// Parties 0 and 1 held apart by their link; 2 mediates between them; 3 only knows both.
	const mediation = (over: Partial<ForceModel> = {}) =>
		model(4, [[0, 1]], {
			distance: new Float64Array([300]),
			collideRadius: new Float64Array(4).fill(10),
			collideIterations: 1,
			mediator: Int32Array.from([2]),
			partyA: Int32Array.from([0]),
			partyB: Int32Array.from([1]),
			mediationStrength: Float64Array.from([0.8]),
			startX: Float64Array.from([-150, 150, 400, 0]),
			startY: Float64Array.from([0, 0, 300, 5]),
			...over
		});
	const between = ([x, y]: [Float64Array, Float64Array], m: number) =>
		isBetween(x[m]!, y[m]!, x[0]!, y[0]!, x[1]!, y[1]!);

	it('settleForce(n, model with a mediation, …) draws the mediator between its parties', () => {
		const m = mediation();
		const before = structuredClone(m);
		const positions = settleForce(4, m, 300, DECAY);
		expect(m).toEqual(before);
		expect(between(positions, 2)).toBe(true);
		// Without the mediation, nothing brings it there.
		const { mediator: _m, partyA: _a, partyB: _b, ...plain } = m;
		expect(between(settleForce(4, plain, 300, DECAY), 2)).toBe(false);
	});

	it('settleForce(n, model with a mediation, …) pushes a node that does not mediate out of its way', () => {
		const [x, y] = settleForce(4, mediation(), 300, DECAY);
		// Node 3 started on the parties' line; it ends at least 35 % of their distance off it.
		const length = Math.hypot(x[1]! - x[0]!, y[1]! - y[0]!);
		const across =
			Math.abs((x[3]! - x[0]!) * (y[1]! - y[0]!) - (y[3]! - y[0]!) * (x[1]! - x[0]!)) / length;
		expect(across).toBeGreaterThan(0.3 * length);
		expect(between([x, y], 2)).toBe(true);
	});

	it("spiralStart(n, shift) is d3's spiral, each node moved `shift` places along it", () => {
		const { startX, startY } = spiralStart(5);
		expect(startX[0]).toBeCloseTo(10 * Math.sqrt(0.5), 9);
		expect(startY[0]).toBeCloseTo(0, 9);
		const shifted = spiralStart(5, 1);
		for (let i = 0; i < 4; i++) {
			expect(shifted.startX[i]).toBeCloseTo(startX[i + 1]!, 9);
			expect(shifted.startY[i]).toBeCloseTo(startY[i + 1]!, 9);
		}
	});

	it('settleForce(0, model, …) returns no positions', () => {
		expect(settleForce(0, model(0, []), 10, DECAY)).toEqual([
			new Float64Array(0),
			new Float64Array(0)
		]);
	});

	it('settleForce(n, model, …) is deterministic: the same model gives the same positions', () => {
		const links: [number, number][] = Array.from({ length: 60 }, (_, k) => [
			k % 30,
			(k * 7 + 3) % 30
		]);
		const m = model(
			30,
			links.filter(([a, b]) => a !== b),
			{
				charge: -60,
				collideRadius: new Float64Array(30).fill(12),
				strengthX: new Float64Array(30).fill(0.05),
				strengthY: new Float64Array(30).fill(0.05),
				collideIterations: 2
			}
		);
		expect(settleForce(30, m, 200, DECAY)).toEqual(settleForce(30, m, 200, DECAY));
	});
});

describe('the benchmark network (200 actors, 5,000 contact events)', { timeout: 60_000 }, () => {
	const dataset = generateNetworkDataset({ actors: 200, events: 5000, seed: 42 });

	it('generateNetworkDataset({ actors, events, seed }) is a valid dataset, the same for the same seed', () => {
		const { errors } = validateDataset(dataset);
		expect(errors).toEqual([]);
		expect(dataset.actors).toHaveLength(200);
		expect(dataset.events).toHaveLength(5000);
		expect(generateNetworkDataset({ actors: 200, events: 5000, seed: 42 })).toEqual(dataset);
		expect(generateNetworkDataset({ actors: 200, events: 5000, seed: 7 })).not.toEqual(dataset);
	});

	it('layoutNetwork(graph, options) settles it (over the tick budget) with no overlaps, deterministically', () => {
		const full = buildGraph(dataset.events, createActorHierarchy(dataset.actors), []);
		const graph = subgraph(full, selectNodes(full, 150, null).ids);
		const before = structuredClone(graph);
		const size = { width: 1280, height: diagramHeight(1280), mode: 'force' as const };
		const layout = layoutNetwork(graph, size);
		expect(graph).toEqual(before);
		expect(layout.nodes).toHaveLength(graph.nodes.length);
		for (const [i, p] of layout.nodes.entries())
			for (const q of layout.nodes.slice(i + 1))
				expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(
					p.r + q.r + NODE_GAP - 0.01
				);
		expect(layoutNetwork(graph, size)).toEqual(layout);
	});
});
