import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../../../src/lib/data/actors/actorHierarchy';
import {
	actorTreeView,
	buildActorTree,
	countActorEvents,
	type ActorTreeNode
} from '../../../../src/lib/data/actors/actorTree';
import type { DiplomaticEvent } from '../../../../src/lib/data/schema';
import { randomDataset } from '../../../fixtures/randomDataset';
import { smallDataset } from '../../../fixtures/smallDataset';

describe('buildActorTree(hierarchy, events)', () => {
	it('buildActorTree(...) puts states first, members below, counts events, drops venues and idle actors', () => {
		const dataset = smallDataset();
		dataset.actors.push({ id: 'idle', name: 'Idle Observer', kind: 'org' });
		dataset.events[0]!.sourceActors = ['cuban-official'];
		const before = structuredClone(dataset);
		const tree = buildActorTree(createActorHierarchy(dataset.actors), dataset.events);
		expect(tree).toEqual([
			{ id: 'col', name: 'Colombia', kind: 'state', eventCount: 1, children: [] },
			{
				id: 'cub',
				name: 'Cuba',
				kind: 'state',
				eventCount: 2,
				children: [
					{
						id: 'cuban-official',
						name: 'Cuban official',
						kind: 'person',
						eventCount: 1,
						children: []
					}
				]
			},
			{ id: 'nor', name: 'Norway', kind: 'state', eventCount: 1, children: [] },
			{ id: 'eln', name: 'ELN', kind: 'group', eventCount: 1, children: [] }
		]);
		expect(dataset).toEqual(before);
	});
});

describe('actorTreeView(tree, { query, limit, selected })', () => {
	const leaf = (id: string, eventCount: number): ActorTreeNode => ({
		id,
		name: `Actor ${id}`,
		kind: 'state',
		eventCount,
		children: []
	});
	const tree: ActorTreeNode[] = [
		{ ...leaf('a', 9), children: [leaf('a1', 1), leaf('a2', 5), leaf('a3', 3)] },
		leaf('b', 2),
		leaf('c', 7),
		leaf('ç2', 4)
	];
	const ids = (nodes: ActorTreeNode[]): string[] =>
		nodes.flatMap((node) => [node.id, ...ids(node.children)]);

	it.each([
		{
			name: 'within the limit: the whole tree',
			options: { limit: 10 },
			shown: ['a', 'a1', 'a2', 'a3', 'b', 'c', 'ç2'],
			hidden: 0,
			total: 7
		},
		{
			name: 'the busiest per level, in tree order',
			options: { limit: 2 },
			shown: ['a', 'a2', 'a3', 'c'],
			hidden: 3,
			total: 7
		},
		{
			name: 'a selected actor is always drawn',
			options: { limit: 2, selected: new Set(['b']) },
			shown: ['a', 'a2', 'a3', 'b', 'c'],
			hidden: 2,
			total: 7
		},
		{
			name: 'a search finds members, flat, case ignored',
			options: { query: 'ACTOR  A2', limit: 10 },
			shown: ['a2'],
			hidden: 0,
			total: 1
		},
		{
			name: 'a search over the limit keeps the busiest matches',
			options: { query: 'C2', limit: 1 },
			shown: ['ç2'],
			hidden: 0,
			total: 1
		},
		{ name: 'a search with no match', options: { query: 'zzz' }, shown: [], hidden: 0, total: 0 }
	])('$name', ({ options, shown, hidden, total }) => {
		const view = actorTreeView(tree, options);
		expect(ids(view.nodes)).toEqual(shown);
		expect(view.hidden).toBe(hidden);
		expect(view.total).toBe(total);
	});

	it('draws a bounded number of rows for 100,000 actors', () => {
		const many = Array.from({ length: 100_000 }, (_, i) => leaf(`x${i}`, i % 97));
		const view = actorTreeView(many, { limit: 50 });
		expect(view.nodes).toHaveLength(50);
		expect(view.hidden).toBe(99_950);
		expect(Math.min(...view.nodes.map((n) => n.eventCount))).toBe(96);
		expect(actorTreeView(many, { query: 'x99999', limit: 50 }).nodes.map((n) => n.id)).toEqual([
			'x99999'
		]);
	});
});

describe('countActorEvents(hierarchy, events)', () => {
	/** Counting one actor at a time, the way the definition reads. */
	function naiveCounts(
		hierarchy: ReturnType<typeof createActorHierarchy>,
		events: readonly DiplomaticEvent[]
	) {
		const counts = new Map<string, number>();
		for (const event of events) {
			const involved = new Set<string>();
			for (const id of [...event.sourceActors, ...event.targetActors, ...(event.mediators ?? [])])
				for (const reached of [id, ...(hierarchy.ancestors.get(id) ?? [])]) involved.add(reached);
			for (const id of involved) counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		return counts;
	}
	const event = (
		id: string,
		sourceActors: string[],
		targetActors: string[],
		mediators?: string[]
	): DiplomaticEvent => ({
		...smallDataset().events[0]!,
		id,
		sourceActors,
		targetActors,
		...(mediators ? { mediators } : {})
	});

	it.each([
		{ name: 'no events', events: [] },
		{
			name: 'a member and its state in one event count the state once',
			events: [event('e1', ['cuban-official'], ['cub'])]
		},
		{
			name: 'an actor in several roles counts once per event',
			events: [event('e1', ['nor'], ['nor'], ['nor']), event('e2', ['col'], ['nor'])]
		},
		{
			name: 'actors the hierarchy does not know still count',
			events: [event('e1', ['nobody'], ['cub']), event('e2', ['nobody'], [], ['elsewhere'])]
		}
	])('countActorEvents($name) counts as one actor at a time would', ({ events }) => {
		const hierarchy = createActorHierarchy(smallDataset().actors);
		const before = structuredClone(events);
		const counts = countActorEvents(hierarchy, events);
		expect(counts).toEqual(naiveCounts(hierarchy, events));
		expect(events).toEqual(before);
	});

	it('countActorEvents(hierarchy, random events) counts as one actor at a time would', () => {
		for (const seed of [1, 2, 3]) {
			const dataset = randomDataset(seed, { events: 600, states: 5, peoplePerState: 3 });
			const hierarchy = createActorHierarchy(dataset.actors);
			const before = structuredClone(dataset.events);
			expect(countActorEvents(hierarchy, dataset.events)).toEqual(
				naiveCounts(hierarchy, dataset.events)
			);
			expect(dataset.events).toEqual(before);
		}
	});
});
