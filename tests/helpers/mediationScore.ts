/**
 * The test of "a mediator sits between the parties it mediates": for each (mediator, party,
 * party) triple, whether the mediator's projection on the segment between the parties falls
 * within 10–90 % of it, no farther from it than 35 % of its length; the share of triples that
 * do, weighted by their events.
 */
import type { Graph } from '../../src/lib/layout/network/graphTypes';
import type { NodePlacement } from '../../src/lib/layout/network/layoutTypes';

export function isBetween(
	m: { x: number; y: number },
	a: { x: number; y: number },
	b: { x: number; y: number }
): boolean {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length2 = dx * dx + dy * dy;
	if (length2 === 0) return false;
	const t = ((m.x - a.x) * dx + (m.y - a.y) * dy) / length2;
	const off = Math.abs((m.x - a.x) * dy - (m.y - a.y) * dx) / Math.sqrt(length2);
	return t >= 0.1 && t <= 0.9 && off <= 0.35 * Math.sqrt(length2);
}

export function mediationScore(
	graph: Graph,
	nodes: readonly NodePlacement[]
): { share: number; triples: number; misplaced: string[] } {
	const at = new Map(nodes.map((node) => [node.id, node]));
	let total = 0;
	let between = 0;
	const misplaced: string[] = [];
	for (const m of graph.mediations) {
		const [pm, pa, pb] = [at.get(m.mediator), at.get(m.a), at.get(m.b)];
		if (!pm || !pa || !pb) continue;
		const weight = Math.max(1, m.eventIds.length);
		total += weight;
		if (isBetween(pm, pa, pb)) between += weight;
		else misplaced.push(m.key);
	}
	return { share: total === 0 ? 1 : between / total, triples: graph.mediations.length, misplaced };
}
