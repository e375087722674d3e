import { bundled, bundledGraph } from '../../../helpers/networkFixtures';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import type { Dataset, DiplomaticEvent } from '$lib/data/schema';
import { buildGraph } from '$lib/layout/network/buildGraph';
import type { Graph } from '$lib/layout/network/graphTypes';
import { summarizeEdge } from '$lib/layout/network/summarizeEdge';

/** A small world: two states with ministers, a mediating state, a venue, a free-standing group. */
const actors: Dataset['actors'] = [
	{ id: 'aa', name: 'Aland', kind: 'state', seat: 'aa-city' },
	{ id: 'bb', name: 'Borduria', kind: 'state', seat: 'bb-city' },
	{ id: 'cc', name: 'Carpania', kind: 'state' },
	{ id: 'aa-city', name: 'Aville', kind: 'venue', lat: 10, lon: 10 },
	{ id: 'bb-city', name: 'Btown', kind: 'venue', lat: 20, lon: 30 },
	{ id: 'resort', name: 'Lakeside', kind: 'venue', lat: 15, lon: 20 },
	{ id: 'aa-fm', name: 'Aland FM', kind: 'person', memberOf: ['aa'] },
	{ id: 'bb-fm', name: 'Borduria FM', kind: 'person', memberOf: ['bb'] },
	{ id: 'free', name: 'Free group', kind: 'group' }
];
const hierarchy = createActorHierarchy(actors);

function event(
	id: string,
	cameo: string,
	sourceActors: string[],
	targetActors: string[],
	extra: Partial<DiplomaticEvent> = {}
): DiplomaticEvent {
	return {
		id,
		date: { value: '2024-03-01', precision: 'day', earliest: '2024-03-01', latest: '2024-03-01' },
		status: 'occurred',
		type: { cameo, cameoLabel: 'test', plover: null },
		sourceActors,
		targetActors,
		summary: id,
		evidence: [{ sourceId: 's', quote: id }],
		confidence: 'high',
		...extra
	};
}

function edge(graph: Graph, key: string) {
	const found = graph.edges.find((e) => e.key === key);
	if (!found) throw new Error(`no edge ${key} in ${graph.edges.map((e) => e.key).join(', ')}`);
	return found;
}

describe('buildGraph(events, hierarchy, relations)', () => {
	it.each([
		{
			name: 'rolls people up into their state, labelled with its seat',
			events: [event('call', '041', ['aa-fm'], ['bb-fm'])],
			nodes: ['aa', 'bb'],
			labels: { aa: 'Aville', bb: 'Btown' },
			edges: {
				'consultation:aa|bb': { source: 'aa', target: 'bb', direction: 'forward', weight: 1 }
			}
		},
		{
			name: 'weights an edge by its events and marks both directions',
			events: [
				event('s1', '100', ['aa'], ['bb']),
				event('s2', '124', ['bb-fm'], ['aa']),
				event('s3', '130', ['aa-fm'], ['bb'])
			],
			nodes: ['aa', 'bb'],
			labels: {},
			edges: { 'statement:aa|bb': { source: 'aa', target: 'bb', direction: 'both', weight: 3 } }
		},
		{
			name: 'directs an edge from the initiator, whatever the id order',
			events: [event('p', '154', ['bb'], ['aa'])],
			nodes: ['aa', 'bb'],
			labels: {},
			edges: { 'pressure:aa|bb': { source: 'bb', target: 'aa', direction: 'forward', weight: 1 } }
		},
		{
			name: 'draws mediation party – mediator – party, with no direct edge',
			events: [event('m', '045', ['cc'], ['aa', 'bb'])],
			nodes: ['aa', 'bb', 'cc'],
			labels: { cc: 'Carpania' },
			edges: {
				'mediation:aa|cc': { source: 'cc', target: 'aa', direction: 'forward', weight: 1 },
				'mediation:bb|cc': { source: 'cc', target: 'bb', direction: 'forward', weight: 1 }
			}
		},
		{
			name: 'links a meeting’s parties, its mediator to each party and its venue to each party',
			events: [
				event('meet', '044', ['aa-fm', 'bb-fm'], [], {
					mediators: ['cc'],
					location: { actorId: 'resort' },
					status: 'planned'
				})
			],
			nodes: ['aa', 'bb', 'cc', 'resort'],
			labels: { resort: 'Lakeside' },
			edges: {
				'meeting:aa|bb': {
					source: 'aa',
					target: 'bb',
					direction: 'none',
					weight: 1,
					status: 'expected'
				},
				'mediation:aa|cc': {
					source: 'cc',
					target: 'aa',
					direction: 'forward',
					weight: 1,
					status: 'expected'
				},
				'mediation:bb|cc': {
					source: 'cc',
					target: 'bb',
					direction: 'forward',
					weight: 1,
					status: 'expected'
				},
				'hosting:aa|resort': {
					source: 'resort',
					target: 'aa',
					direction: 'forward',
					weight: 1,
					status: 'expected'
				},
				'hosting:bb|resort': {
					source: 'resort',
					target: 'bb',
					direction: 'forward',
					weight: 1,
					status: 'expected'
				}
			}
		},
		{
			name: 'lets a seat venue stand for its state as host, and skips a host that takes part',
			events: [
				event('talks', '044', ['bb', 'free'], [], { location: { actorId: 'aa-city' } }),
				event('visit', '042', ['bb'], ['aa'], { location: { actorId: 'aa-city' } })
			],
			nodes: ['aa', 'bb', 'free'],
			labels: {},
			edges: {
				'hosting:aa|bb': { source: 'aa', target: 'bb', direction: 'forward', weight: 1 },
				'hosting:aa|free': { source: 'aa', target: 'free', direction: 'forward', weight: 1 },
				'meeting:bb|free': { source: 'bb', target: 'free', direction: 'none', weight: 1 },
				'visit:aa|bb': { source: 'bb', target: 'aa', direction: 'forward', weight: 1 }
			}
		},
		{
			name: 'shows the strongest status: a contact that happened beats a planned one',
			events: [
				event('planned', '040', ['aa'], ['bb'], { status: 'planned' }),
				event('done', '040', ['aa'], ['bb'], { status: 'reported' })
			],
			nodes: ['aa', 'bb'],
			labels: {},
			edges: {
				'consultation:aa|bb': {
					source: 'aa',
					target: 'bb',
					direction: 'forward',
					weight: 2,
					status: 'happened'
				}
			}
		},
		{
			name: 'draws no edge for a statement with no target, but counts the node',
			events: [event('solo', '010', ['free'], [])],
			nodes: ['free'],
			labels: {},
			edges: {}
		}
	])('$name', ({ events, nodes, labels, edges }) => {
		const before = structuredClone(events);
		const graph = buildGraph(events, hierarchy);
		expect(events).toEqual(before);
		expect(graph.nodes.map((n) => n.id)).toEqual(nodes);
		for (const [id, label] of Object.entries(labels))
			expect(graph.nodes.find((n) => n.id === id)?.label).toBe(label);
		expect(graph.edges.map((e) => e.key).sort()).toEqual(Object.keys(edges).sort());
		const all = new Set(events.map((e) => e.id));
		for (const [key, expected] of Object.entries(edges)) {
			const summary = summarizeEdge(edge(graph, key), all);
			expect(summary, key).toMatchObject({ status: 'happened', ...expected });
		}
	});

	it('buildGraph(..., { showMembers }) attaches people to their state as their own nodes', () => {
		const events = [event('call', '041', ['aa-fm'], ['bb'])];
		const graph = buildGraph(events, hierarchy, [], { showMembers: true });
		expect(graph.nodes.map((n) => [n.id, n.parentId])).toEqual([
			['aa', null],
			['aa-fm', 'aa'],
			['bb', null]
		]);
		expect(graph.edges.map((e) => e.key)).toEqual(['membership:aa|aa-fm', 'consultation:aa-fm|bb']);
	});

	it('buildGraph(..., relations) draws relations, joining an edge of the same kind', () => {
		const events = [event('m', '045', ['cc'], ['aa'])];
		const relations = [
			{ id: 'r1', type: 'mediates', from: 'cc', to: ['aa', 'bb'], eventIds: ['m'], evidence: [] },
			{ id: 'r2', type: 'hosts', from: 'cc', to: ['bb'], evidence: [] }
		] as Dataset['relations'] & object;
		const before = structuredClone(relations);
		const graph = buildGraph(events, hierarchy, relations);
		expect(relations).toEqual(before);
		const joined = edge(graph, 'mediation:aa|cc');
		expect(joined).toMatchObject({ basis: 'event', relationIds: ['r1'], eventIds: ['m'] });
		const standing = edge(graph, 'mediation:bb|cc');
		expect(standing).toMatchObject({ basis: 'relation', relationIds: ['r1'] });
		expect(summarizeEdge(standing, new Set(['m']))).toMatchObject({
			source: 'cc',
			target: 'bb',
			standing: true,
			eventIds: ['m']
		});
		// With its event out of view, the relation's edge goes too.
		expect(summarizeEdge(standing, new Set())).toBeNull();
		// A relation with no events stands while both ends are in view.
		const hosts = edge(graph, 'hosting:bb|cc');
		expect(summarizeEdge(hosts, new Set(), true)).toMatchObject({ standing: true, source: 'cc' });
		expect(summarizeEdge(hosts, new Set(), false)).toBeNull();
	});

	it('buildGraph(bundled) connects the five capitals as the dataset says', () => {
		const before = structuredClone(bundled);
		const graph = bundledGraph();
		expect(bundled).toEqual(before);
		const labels = Object.fromEntries(graph.nodes.map((n) => [n.id, n.label]));
		expect(labels).toMatchObject({
			usa: expect.stringContaining('Washington'),
			irn: 'Tehran',
			tur: 'Ankara',
			sau: 'Riyadh',
			egy: 'Cairo',
			istanbul: 'Istanbul'
		});
		expect(graph.nodes.find((n) => n.id === 'istanbul')?.kind).toBe('venue');
		// No person is a node of its own by default.
		expect(graph.nodes.some((n) => n.id === 'araghchi' || n.id === 'witkoff')).toBe(false);
		const all = new Set(bundled.events.map((e) => e.id));
		// Araghchi's calls: Iran consults Riyadh, Cairo and Ankara.
		for (const capital of ['sau', 'egy', 'tur']) {
			const key = capital < 'irn' ? `${capital}|irn` : `irn|${capital}`;
			expect(summarizeEdge(edge(graph, `consultation:${key}`), all)).toMatchObject({
				source: 'irn',
				target: capital
			});
		}
		// Türkiye mediates between Washington and Tehran; the Istanbul meeting is tentative.
		expect(summarizeEdge(edge(graph, 'mediation:tur|usa'), all)).toMatchObject({ source: 'tur' });
		expect(summarizeEdge(edge(graph, 'mediation:irn|tur'), all)).toMatchObject({ source: 'tur' });
		expect(summarizeEdge(edge(graph, 'meeting:irn|usa'), all)).toMatchObject({
			status: 'expected',
			direction: 'none'
		});
		expect(edge(graph, 'meeting:irn|usa').eventIds).toContain('istanbul-meeting');
		expect(edge(graph, 'hosting:irn|istanbul').eventIds).toEqual(['istanbul-meeting']);
	});

	it('buildGraph(bundled) builds the same graph from shuffled input', () => {
		const hierarchy = createActorHierarchy([...bundled.actors].reverse());
		const shuffled = buildGraph([...bundled.events].reverse(), hierarchy, bundled.relations);
		const graph = bundledGraph();
		expect(shuffled.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
		expect(shuffled.edges.map((e) => e.key)).toEqual(graph.edges.map((e) => e.key));
	});
});
