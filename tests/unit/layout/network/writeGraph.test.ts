import { describe, expect, it } from 'vitest';
import type { Actor, DiplomaticEvent } from '$lib/data/schema';
import { orderByKey, writeGraph, type BuiltNode } from '$lib/layout/network/writeGraph';

/** Events that only need an id here (writeGraph reads ids, and statuses of edge shares). */
function eventsNamed(count: number): DiplomaticEvent[] {
	return Array.from({ length: count }, (_, i) => ({ id: `e${i}` }) as DiplomaticEvent);
}

describe('writeGraph', () => {
	it('writeGraph(nodes holding many events) yields between nodes, and writes every node sorted by id', () => {
		const events = eventsNamed(60_000);
		const all = Array.from(events.keys());
		const built: BuiltNode[] = ['tur', 'irn', 'usa'].map((id) => ({
			id,
			parentId: null,
			events: all,
			lastEvent: all.length - 1
		}));
		const actors = new Map<string, Actor>();
		const steps = writeGraph(events, built, [], [], { actors, showMembers: false });
		let yields = 0;
		let next = steps.next();
		for (; !next.done; next = steps.next()) yields++;
		// 180,000 node events: yields inside the nodes' pass too, not only between the passes.
		expect(yields).toBeGreaterThanOrEqual(4);
		const { graph, index } = next.value;
		expect(graph.nodes.map((n) => n.id)).toEqual(['irn', 'tur', 'usa']);
		for (const node of graph.nodes) {
			expect(node.eventIds).toHaveLength(60_000);
			expect(node.eventIds[59_999]).toBe('e59999');
		}
		expect(Array.from(index.nodeStart)).toEqual([0, 60_000, 120_000, 180_000]);
		expect(built[0]!.events).toBe(all);
	});
});

describe('orderByKey(keys, keyBound)', () => {
	const byComparator = (keys: number[]) =>
		keys.map((_, i) => i).sort((p, q) => keys[p]! - keys[q]! || p - q);
	it.each([
		{ name: 'no keys', keys: [], bound: 1 },
		{ name: 'one key', keys: [5], bound: 10 },
		{ name: 'reversed', keys: [9, 7, 4, 2, 0], bound: 10 },
		{ name: 'ties keep the positions’ order', keys: [3, 1, 3, 1, 0, 3], bound: 4 },
		{ name: 'keys near the bound', keys: [1e9 - 1, 0, 5e8, 1e9 - 2], bound: 1e9 },
		{
			name: 'too large to pack: sorted by a comparator',
			keys: [2 ** 52, 1, 2 ** 51, 0],
			bound: 2 ** 53
		}
	])('orderByKey($name) orders positions as a comparator sort would', ({ keys, bound }) => {
		const input = Float64Array.from(keys);
		expect([...orderByKey(input, bound)]).toEqual(byComparator(keys));
		expect([...input]).toEqual(keys);
	});

	it('orderByKey(random keys) orders as a comparator sort would', () => {
		let seed = 11;
		const next = () => (seed = (seed * 16807) % 2147483647);
		for (const n of [10, 1000, 20000]) {
			const keys = Array.from({ length: n }, () => next() % (n * 3));
			expect([...orderByKey(Float64Array.from(keys), n * 3)]).toEqual(byComparator(keys));
		}
	});
});
