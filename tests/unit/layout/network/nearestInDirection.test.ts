import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '$lib/layout/network/nearestInDirection';

describe('nearestInDirection', () => {
	const grid = [
		{ id: 'c', x: 100, y: 100 },
		{ id: 'e', x: 200, y: 110 },
		{ id: 'w', x: 0, y: 90 },
		{ id: 'n', x: 110, y: 0 },
		{ id: 's', x: 90, y: 200 },
		{ id: 'far-e', x: 400, y: 100 }
	];
	it.each([
		['right', 'e'],
		['left', 'w'],
		['up', 'n'],
		['down', 's']
	] as const)('nearestInDirection(nodes, "c", %s) is %s', (direction, expected) => {
		expect(nearestInDirection(grid, 'c', direction)).toBe(expected);
	});
	it('nearestInDirection(nodes, "far-e", "right") is null', () => {
		expect(nearestInDirection(grid, 'far-e', 'right')).toBeNull();
	});
});
