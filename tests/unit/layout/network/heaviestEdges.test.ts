import { describe, expect, it } from 'vitest';
import { heaviestEdges } from '$lib/layout/network/heaviestEdges';

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
