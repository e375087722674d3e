import { describe, expect, it } from 'vitest';
import type { Actor, DiplomaticEvent } from '$lib/data/schema';
import { writeGraph, type BuiltNode } from '$lib/layout/network/writeGraph';

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
