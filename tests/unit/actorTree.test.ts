import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../src/lib/data/actorHierarchy';
import { actorTreeView, buildActorTree, type ActorTreeNode } from '../../src/lib/data/actorTree';
import { smallDataset } from '../fixtures/smallDataset';

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
