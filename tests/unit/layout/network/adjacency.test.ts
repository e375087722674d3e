import { describe, expect, it } from 'vitest';
import { adjacency } from '$lib/layout/network/adjacency';

describe('adjacency', () => {
	it.each([
		['no edges', [], {}],
		['one edge, both ways', [{ source: 'a', target: 'b' }], { a: ['b'], b: ['a'] }],
		[
			'a repeated pair counted once',
			[
				{ source: 'a', target: 'b' },
				{ source: 'b', target: 'a' },
				{ source: 'b', target: 'c' }
			],
			{ a: ['b'], b: ['a', 'c'], c: ['b'] }
		]
	])('adjacency(%s)', (_name, edges, expected) => {
		const before = structuredClone(edges);
		const neighbours = adjacency(edges);
		expect(Object.fromEntries([...neighbours].map(([id, set]) => [id, [...set].sort()]))).toEqual(
			expected
		);
		expect(edges).toEqual(before);
	});
});
