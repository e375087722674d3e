import { describe, expect, it } from 'vitest';
import { isBetween as ruleIsBetween, mediationShare } from '$lib/layout/network/mediationRule';
import { isBetween } from '../../../helpers/mediationScore';

describe('isBetween(m, a, b): the mediation rule', () => {
	const a = { x: 0, y: 0 };
	const b = { x: 100, y: 0 };
	it.each([
		{ m: { x: 50, y: 0 }, expected: true, why: 'on the midpoint' },
		{ m: { x: 10, y: 35 }, expected: true, why: 'at the limits (10 %, 35 %)' },
		{ m: { x: 5, y: 0 }, expected: false, why: 'too near one party' },
		{ m: { x: 50, y: 40 }, expected: false, why: 'too far off the segment' },
		{ m: { x: 150, y: 0 }, expected: false, why: 'beyond a party' }
	])('isBetween($m) is $expected: $why', ({ m, expected }) => {
		expect(isBetween(m, a, b)).toBe(expected);
	});
});

describe('mediationShare(mediations, x, y): the rule the force layout picks its runs by', () => {
	// Parties 0 (0, 0) and 1 (100, 0); 2 between them, 3 beyond party 1, 4 too far off.
	const x = [0, 100, 50, 130, 50];
	const y = [0, 0, 20, 0, 40];
	it.each([
		{ mediators: [2], weights: [1], expected: 1 },
		{ mediators: [3], weights: [1], expected: 0 },
		{ mediators: [4], weights: [1], expected: 0 },
		{ mediators: [2, 3], weights: [3, 1], expected: 0.75 },
		{ mediators: [], weights: [], expected: 1 }
	])(
		'mediationShare(mediators $mediators, weights $weights) is $expected',
		({ mediators, weights, expected }) => {
			const indexed = {
				mediator: Int32Array.from(mediators),
				partyA: Int32Array.from(mediators, () => 0),
				partyB: Int32Array.from(mediators, () => 1),
				weight: Float64Array.from(weights)
			};
			expect(mediationShare(indexed, x, y)).toBe(expected);
			// The same judgement as the tests' own statement of the rule.
			for (const m of mediators)
				expect(ruleIsBetween(x[m]!, y[m]!, 0, 0, 100, 0)).toBe(
					isBetween({ x: x[m]!, y: y[m]! }, { x: 0, y: 0 }, { x: 100, y: 0 })
				);
		}
	);
});
