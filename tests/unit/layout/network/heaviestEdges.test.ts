import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heaviestEdges, nthHeaviest } from '$lib/layout/network/heaviestEdges';

const line = (id: string, kind: string, weight: number) => ({
	id,
	edge: { kind },
	summary: { weight }
});
const edges = [
	line('a', 'meeting', 5),
	line('m', 'membership', 0),
	line('b', 'call', 1),
	line('c', 'meeting', 3),
	line('d', 'mediation', 3),
	line('e', 'meeting', 9)
];

describe('heaviestEdges', () => {
	it.each([
		['within the limit: all of them', 6, ['a', 'm', 'b', 'c', 'd', 'e']],
		['the heaviest, in their order, membership kept', 3, ['a', 'm', 'e']],
		['ties at the threshold taken in order', 4, ['a', 'm', 'c', 'e']],
		['only membership when there is no room', 1, ['m']],
		['membership even over the limit', 0, ['m']]
	])('heaviestEdges(edges, limit): %s (limit %i)', (_name, limit, expected) => {
		const before = structuredClone(edges);
		expect(heaviestEdges(edges, limit).map((d) => d.id)).toEqual(expected);
		expect(edges).toEqual(before);
	});

	it('heaviestEdges(edges, limit) within the limit is the same list', () => {
		expect(heaviestEdges(edges, 10)).toBe(edges);
	});
});

describe('nthHeaviest', () => {
	it.each([
		['the highest', [3, 9, 1, 9], 1, { threshold: 9, above: 0 }],
		['ties: the second of two equals', [3, 9, 1, 9], 2, { threshold: 9, above: 0 }],
		['below the ties', [3, 9, 1, 9], 3, { threshold: 3, above: 2 }],
		['none asked', [3, 9, 1], 0, { threshold: Infinity, above: 0 }],
		['more than there are', [3, 9, 1], 4, { threshold: Infinity, above: 0 }],
		['none at all', [], 1, { threshold: Infinity, above: 0 }]
	])('nthHeaviest(weights, n): %s', (_name, weights, n, expected) => {
		expect(nthHeaviest(weights, n)).toEqual(expected);
	});

	it('nthHeaviest(weights, n) agrees with sorting by a comparator, for any weights', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 60 }),
				fc.integer({ min: 0, max: 70 }),
				(weights, n) => {
					const sorted = [...weights].sort((p, q) => q - p);
					const threshold = sorted[n - 1] ?? Infinity;
					expect(nthHeaviest(weights, n)).toEqual({
						threshold,
						above: sorted.filter((w) => w > threshold).length
					});
				}
			)
		);
	});
});
