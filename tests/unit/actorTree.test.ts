import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../src/lib/data/actorHierarchy';
import { buildActorTree } from '../../src/lib/data/actorTree';
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
