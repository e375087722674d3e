/**
 * Correctness at 100,000 events: counts, filters (against a naive reference), sorting, the
 * data export subsets and the network's edges are right, and what is drawn stays bounded.
 * Outcomes only: nothing here is timed.
 */
import { describe, expect, it, vi } from 'vitest';
import {
	createActorHierarchy,
	eventParticipants,
	rollUpActor,
	selfAndAncestors
} from '../../src/lib/data/actorHierarchy';
import { actorTreeView, buildActorTree, countActorEvents } from '../../src/lib/data/actorTree';
import { countFields, countValues } from '../../src/lib/data/countValues';
import { datasetToCsvTables } from '../../src/lib/data/csv/datasetToCsv';
import { eventSpan } from '../../src/lib/data/dates';
import { explainFilters } from '../../src/lib/data/explainFilters';
import {
	categoryOf,
	filterEvents,
	NO_FILTERS,
	normalizeSearchText,
	searchableText,
	type FilterCriteria
} from '../../src/lib/data/filterEvents';
import type { DiplomaticEvent } from '../../src/lib/data/schema';
import { sortEvents, sortEventsByTime, type EventSortKey } from '../../src/lib/data/sortEvents';
import { subsetDataset } from '../../src/lib/data/subsetDataset';
import { selectNodes, subgraph } from '../../src/lib/layout/network/boundGraph';
import { buildGraph } from '../../src/lib/layout/network/buildGraph';
import { computeVisibleGraph } from '../../src/lib/layout/network/visibleGraph';
import { contactKindOf } from '../../src/lib/layout/network/contactKinds';
import { eventsInTime, heaviestEdges } from '../../src/lib/layout/network/networkView';
import { randomDataset } from '../fixtures/randomDataset';
import { randomNetworkDataset } from '../fixtures/randomNetworkDataset';

const N = 100_000;

// Building 100,000 events and their references takes seconds on a busy machine; nothing is timed.
vi.setConfig({ testTimeout: 60_000 });
const dataset = randomDataset(100, {
	events: N,
	states: 8,
	peoplePerState: 3,
	unaffiliated: 4,
	spanDays: 730
});
const hierarchy = createActorHierarchy(dataset.actors);
const all = sortEventsByTime(dataset.events);
const ids = (events: readonly DiplomaticEvent[]) => events.map((event) => event.id);

/** The filter as first written: obviously right, and slow. */
function naiveFilter(events: readonly DiplomaticEvent[], criteria: FilterCriteria) {
	const terms = normalizeSearchText(criteria.search).split(' ').filter(Boolean);
	return events.filter((event) => {
		if (criteria.categories.length > 0 && !criteria.categories.includes(categoryOf(event)))
			return false;
		if (criteria.statuses.length > 0 && !criteria.statuses.includes(event.status)) return false;
		if (criteria.confidences.length > 0 && !criteria.confidences.includes(event.confidence))
			return false;
		if (criteria.timeRange) {
			const span = eventSpan(event.date);
			if (span.last < criteria.timeRange.start || span.first > criteria.timeRange.end) return false;
		}
		if (criteria.actorIds.length > 0) {
			const involves = (id: string) =>
				eventParticipants(event, { includeMediators: criteria.includeMediators }).some((p) =>
					selfAndAncestors(hierarchy, p).includes(id)
				);
			const ok =
				criteria.actorMode === 'all'
					? criteria.actorIds.every(involves)
					: criteria.actorIds.some(involves);
			if (!ok) return false;
		}
		if (terms.length > 0) {
			const text = searchableText(event, hierarchy);
			if (!terms.every((term) => text.includes(term))) return false;
		}
		return true;
	});
}

describe(`at ${N.toLocaleString('en-GB')} events`, () => {
	it.each<{ name: string; criteria: Partial<FilterCriteria>; events?: number }>([
		{ name: 'no filter', criteria: {} },
		{ name: 'one state (its people included)', criteria: { actorIds: ['state-3'] } },
		{ name: 'one person', criteria: { actorIds: ['person-3-1'] } },
		{ name: 'two actors, any', criteria: { actorIds: ['state-1', 'group-2'] } },
		{
			name: 'two actors, all together',
			criteria: { actorIds: ['state-1', 'state-2'], actorMode: 'all' }
		},
		{
			name: 'three actors, all, mediators not counted',
			criteria: {
				actorIds: ['state-1', 'person-2-0', 'group-0'],
				actorMode: 'all',
				includeMediators: false
			}
		},
		{ name: 'every actor, any', criteria: { actorIds: dataset.actors.map((a) => a.id) } },
		{ name: 'categories', criteria: { categories: ['CONSULT', 'none'] } },
		{
			name: 'status and confidence',
			criteria: { statuses: ['planned', 'cancelled'], confidences: ['low'] }
		},
		{ name: 'time range', criteria: { timeRange: { start: '2019-06-01', end: '2019-06-30' } } },
		{
			name: 'everything at once',
			criteria: {
				actorIds: ['state-5'],
				categories: ['CONSULT', 'AGREE', 'REJECT'],
				statuses: ['occurred'],
				timeRange: { start: '2020-01-01', end: '2020-12-31' }
			}
		},
		// The search reference builds every event's text: a 10,000-event slice keeps it quick.
		{ name: 'search', criteria: { search: 'EVENT 123' }, events: 10_000 }
	])('filterEvents matches the naive reference: $name', ({ criteria, events }) => {
		const input = events ? all.slice(0, events) : all;
		const full = { ...NO_FILTERS, ...criteria };
		const got = filterEvents(input, hierarchy, full);
		expect(ids(got)).toEqual(ids(naiveFilter(input, full)));
		// Asked twice (the search text is cached the second time), the answer is the same.
		expect(ids(filterEvents(input, hierarchy, full))).toEqual(ids(got));
	});

	it('counts every event once per actor it involves, and each field in one pass', () => {
		const naive = new Map<string, number>();
		for (const event of all) {
			const involved = new Set(
				eventParticipants(event).flatMap((id) => selfAndAncestors(hierarchy, id))
			);
			for (const id of involved) naive.set(id, (naive.get(id) ?? 0) + 1);
		}
		expect(countActorEvents(hierarchy, all)).toEqual(naive);
		const tree = buildActorTree(hierarchy, all);
		for (const node of tree) expect(node.eventCount).toBe(naive.get(node.id));

		const counts = countFields(all, { category: categoryOf, status: (e) => e.status });
		expect([...counts.category].sort()).toEqual(
			countValues(all.map(categoryOf))
				.map(({ value, count }): [string, number] => [value, count])
				.sort()
		);
		expect([...counts.status.values()].reduce((sum, n) => sum + n, 0)).toBe(N);
	});

	it('explains an empty result with each filter counted on its own', () => {
		const criteria = { ...NO_FILTERS, actorIds: ['state-1'], statuses: ['claimed' as const] };
		expect(explainFilters(all, hierarchy, criteria)).toEqual([
			{
				filter: 'actorIds',
				count: naiveFilter(all, { ...NO_FILTERS, actorIds: ['state-1'] }).length
			},
			{ filter: 'statuses', count: all.filter((e) => e.status === 'claimed').length }
		]);
	});

	it.each<EventSortKey>(['date', 'actor', 'category', 'status', 'confidence'])(
		'sortEvents by %s, both ways, agrees with a plain comparator sort',
		(key) => {
			// The reference compares with localeCompare on every call: 5,000 events keep it quick.
			const input = filterEvents(all, hierarchy, { ...NO_FILTERS, actorIds: ['state-2'] }).slice(
				0,
				5_000
			);
			const name = (id: string) => hierarchy.actors.get(id)?.name ?? id;
			const rank = (list: string[], value: string) => list.indexOf(value);
			const STATUS = [
				'occurred',
				'reported',
				'claimed',
				'planned',
				'tentative',
				'postponed',
				'cancelled'
			];
			const keyCompare = (a: DiplomaticEvent, b: DiplomaticEvent): number => {
				switch (key) {
					case 'date':
						return 0;
					case 'actor':
						return name(a.sourceActors[0]!).localeCompare(name(b.sourceActors[0]!), undefined, {
							sensitivity: 'base'
						});
					case 'category':
						return (a.type.plover ?? '\uffff').localeCompare(b.type.plover ?? '\uffff');
					case 'status':
						return rank(STATUS, a.status) - rank(STATUS, b.status);
					case 'confidence':
						return (
							rank(['high', 'medium', 'low'], a.confidence) -
							rank(['high', 'medium', 'low'], b.confidence)
						);
				}
			};
			const time = new Map(input.map((event, i) => [event, i]));
			for (const direction of ['ascending', 'descending'] as const) {
				const sign = direction === 'ascending' ? 1 : -1;
				const expected =
					key === 'date'
						? direction === 'ascending'
							? input
							: [...input].reverse()
						: [...input].sort((a, b) => sign * keyCompare(a, b) || time.get(a)! - time.get(b)!);
				// Shuffled input: the sort puts it in time order itself before breaking ties.
				const shuffled = [...input].reverse();
				expect(ids(sortEvents(shuffled, key, direction, name))).toEqual(ids(expected));
			}
		}
	);

	it('exports exactly the filtered events, as a dataset and as CSV rows', () => {
		const shown = filterEvents(all, hierarchy, { ...NO_FILTERS, actorIds: ['person-4-2'] });
		const subset = subsetDataset(dataset, new Set(ids(shown)));
		expect(new Set(ids(subset.events))).toEqual(new Set(ids(shown)));
		const needed = new Set(
			shown.flatMap((e) => eventParticipants(e).flatMap((id) => selfAndAncestors(hierarchy, id)))
		);
		expect(new Set(subset.actors.map((a) => a.id))).toEqual(needed);
		const csv = datasetToCsvTables(dataset, shown);
		expect(csv.events.data).toHaveLength(shown.length);
		const idColumn = csv.events.fields.indexOf('id');
		expect(csv.events.data.map((row) => row[idColumn])).toEqual(ids(shown));
	});

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

describe('bounded drawing with many actors', () => {
	it('the actor filter draws at most its limit per level, and finds any actor by name', () => {
		const many = randomNetworkDataset(9, 20_000, 20_000);
		const h = createActorHierarchy(many.actors);
		const tree = buildActorTree(h, many.events);
		const view = actorTreeView(tree, { limit: 50 });
		const rows = (nodes: typeof tree): number =>
			nodes.reduce((sum, node) => sum + 1 + rows(node.children), 0);
		expect(rows(view.nodes)).toBeLessThanOrEqual(50 + 50 * 50);
		expect(view.hidden + rows(view.nodes)).toBe(view.total);
		const someone = tree.at(-1)!;
		expect(actorTreeView(tree, { query: someone.name }).nodes.map((n) => n.id)).toContain(
			someone.id
		);
	});

	it('the network keeps the most connected nodes (filtered events counted) and the heaviest edges', () => {
		const many = randomNetworkDataset(11, 5_000, 20_000);
		const h = createActorHierarchy(many.actors);
		const graph = buildGraph(sortEventsByTime(many.events), h, many.relations ?? [], {
			showMembers: true
		});
		expect(graph.nodes.length).toBeGreaterThan(150);
		const { ids: kept, candidates } = selectNodes(graph, 150, null);
		expect(candidates).toBe(graph.nodes.filter((n) => n.eventIds.length > 0).length);
		// The limit, plus at most the states of the members kept.
		expect(kept!.length).toBeGreaterThanOrEqual(150);
		expect(kept!.length).toBeLessThanOrEqual(300);
		// Every node busier than the 150th busiest is drawn.
		const counts = graph.nodes.map((n) => n.eventIds.length).sort((p, q) => q - p);
		for (const node of graph.nodes)
			if (node.eventIds.length > counts[149]!) expect(kept).toContain(node.id);
		const shown = subgraph(graph, kept);
		for (const edge of shown.edges) {
			expect(kept).toContain(edge.a);
			expect(kept).toContain(edge.b);
		}
		// A filter to one quiet actor brings it in.
		const quiet = graph.nodes.find((n) => n.eventIds.length === 1 && !kept!.includes(n.id))!;
		const allowed = new Set(quiet.eventIds);
		expect(selectNodes(graph, 150, (id) => allowed.has(id)).ids).toContain(quiet.id);

		const drawn = shown.edges.map((edge) => ({ edge, summary: { weight: edge.eventIds.length } }));
		const heaviest = heaviestEdges(drawn, 40);
		expect(heaviest.length).toBeLessThanOrEqual(
			40 + drawn.filter((d) => d.edge.kind === 'membership').length
		);
		const lightestKept = Math.min(
			...heaviest.filter((d) => d.edge.kind !== 'membership').map((d) => d.summary.weight)
		);
		for (const d of drawn)
			if (!heaviest.includes(d)) expect(d.summary.weight).toBeLessThanOrEqual(lightestKept);
	});
});
