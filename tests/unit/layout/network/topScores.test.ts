import { describe, expect, it } from 'vitest';
import { topScores } from '$lib/layout/network/topScores';

describe('topScores', () => {
	it('topScores(scores, n) lists the highest above zero, ties by id', () => {
		const scores = new Map([
			['b', 0.5],
			['a', 0.5],
			['c', 0],
			['d', 0.9]
		]);
		expect(topScores(scores, 2)).toEqual([
			{ id: 'd', score: 0.9 },
			{ id: 'a', score: 0.5 }
		]);
		expect(topScores(scores, 10).map((s) => s.id)).toEqual(['d', 'a', 'b']);
	});
});
