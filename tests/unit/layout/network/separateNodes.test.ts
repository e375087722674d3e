import { describe, expect, it } from 'vitest';
import { NODE_GAP } from '$lib/layout/network/layoutTypes';
import { separateNodes, separateNodesSteps } from '$lib/layout/network/separateNodes';

const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };

/** `n` nodes of radius `r` crowded on a small spiral around the box's centre. */
function crowd(n: number, r = 8) {
	return Array.from({ length: n }, (_, i) => ({
		x: 200 + Math.cos(i * 2.4) * Math.sqrt(i) * 2,
		y: 150 + Math.sin(i * 2.4) * Math.sqrt(i) * 2,
		r
	}));
}

function closestGap(nodes: { x: number; y: number; r: number }[]): number {
	let least = Infinity;
	for (let i = 0; i < nodes.length; i++)
		for (let j = i + 1; j < nodes.length; j++) {
			const p = nodes[i]!;
			const q = nodes[j]!;
			least = Math.min(least, Math.hypot(q.x - p.x, q.y - p.y) - p.r - q.r);
		}
	return least;
}

describe('separateNodes', () => {
	it.each([2, 10, 60])(
		'separateNodes(a crowd of %i) leaves NODE_GAP between nodes, inside the box',
		(n) => {
			const nodes = crowd(n);
			separateNodes(nodes, bounds);
			expect(closestGap(nodes)).toBeGreaterThanOrEqual(NODE_GAP - 1e-3);
			for (const d of nodes) {
				expect(d.x - d.r).toBeGreaterThanOrEqual(bounds.x0 - 1e-9);
				expect(d.x + d.r).toBeLessThanOrEqual(bounds.x1 + 1e-9);
				expect(d.y - d.r).toBeGreaterThanOrEqual(bounds.y0 - 1e-9);
				expect(d.y + d.r).toBeLessThanOrEqual(bounds.y1 + 1e-9);
			}
		}
	);

	it('separateNodesSteps gives what separateNodes gives, a few rounds per step', () => {
		const atOnce = crowd(60);
		const stepped = crowd(60);
		separateNodes(atOnce, bounds);
		const steps = separateNodesSteps(stepped, bounds);
		let yields = 0;
		while (!steps.next().done) yields++;
		expect(stepped).toEqual(atOnce);
		// A crowd takes many rounds: they are spread over several steps.
		expect(yields).toBeGreaterThan(0);
	});

	it('separateNodesSteps(nodes already apart) ends at once', () => {
		const nodes = [
			{ x: 50, y: 50, r: 5 },
			{ x: 300, y: 200, r: 5 }
		];
		const before = structuredClone(nodes);
		const steps = separateNodesSteps(nodes, bounds);
		expect(steps.next().done).toBe(true);
		expect(nodes).toEqual(before);
	});
});
