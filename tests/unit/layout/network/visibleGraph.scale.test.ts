/**
 * Correctness at 100,000 events: counts, filters (against a naive reference), sorting, the
 * data export subsets and the network's edges are right, and what is drawn stays bounded.
 * Outcomes only: nothing here is timed.
 */
import { N, hierarchy, all, ids } from '../../../helpers/manyEvents';
import { describe, expect, it, vi } from 'vitest';
import { rollUpActor } from '$lib/data/actors/actorHierarchy';
import { eventSpan } from '$lib/data/time/eventSpan';
import { buildGraph } from '$lib/layout/network/buildGraph';
import { computeVisibleGraph } from '../../../helpers/oracles/computeVisibleGraph';
import { contactKindOf } from '$lib/layout/network/contactKinds';
import { eventsInTime } from '$lib/layout/network/eventsInTime';

// Building 100,000 events and their references takes seconds on a busy machine; nothing is timed.
vi.setConfig({ testTimeout: 60_000 });
describe(`at ${N.toLocaleString('en-GB')} events`, () => {
	it("the network's edges carry each event's contacts exactly once, and a window weighs them right", () => {
		const graph = buildGraph(all, hierarchy, []);
		// The reference: every event's distinct (kind, pair) contacts, by the same rules.
		const naive = new Map<string, string[]>();
		for (const event of all) {
			const kind = contactKindOf(event.type);
			const up = (list: readonly string[]) => [
				...new Set(list.map((id) => rollUpActor(hierarchy, id)))
			];
			const sources = up(event.sourceActors);
			const targets = up(event.targetActors);
			const mediators = up(event.mediators ?? []);
			const parties = [...new Set([...sources, ...targets])];
			const pairs = new Set<string>();
			const add = (k: string, p: string, q: string) => {
				if (p !== q) pairs.add(`${k}:${p < q ? p : q}|${p < q ? q : p}`);
			};
			if (targets.length > 0) for (const s of sources) for (const t of targets) add(kind, s, t);
			else sources.forEach((s, i) => sources.slice(i + 1).forEach((t) => add(kind, s, t)));
			for (const m of mediators)
				if (!parties.includes(m)) for (const p of parties) add('mediation', m, p);
			for (const key of pairs) {
				const list = naive.get(key);
				if (list) list.push(event.id);
				else naive.set(key, [event.id]);
			}
		}
		expect(new Set(graph.edges.map((edge) => edge.key))).toEqual(new Set(naive.keys()));
		for (const edge of graph.edges) expect(edge.eventIds).toEqual(naive.get(edge.key));

		const window = [Date.parse('2020-03-01T00:00Z'), Date.parse('2020-03-31T00:00Z')] as const;
		const inWindow = eventsInTime(all, { kind: 'window', window });
		const reference = all.filter((event) => {
			const span = eventSpan(event.date);
			return (
				Date.parse(`${span.first}T00:00Z`) <= window[1] &&
				Date.parse(`${span.last}T00:00Z`) + 86_400_000 > window[0]
			);
		});
		expect(ids(inWindow)).toEqual(ids(reference));
		const visibleIds = new Set(ids(inWindow));
		const visible = computeVisibleGraph(graph, visibleIds);
		for (const edge of graph.edges) {
			const count = naive.get(edge.key)!.filter((id) => visibleIds.has(id)).length;
			expect(visible.edges.get(edge.key)?.weight ?? 0).toBe(count);
		}
	});
});
