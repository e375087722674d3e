import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy, rollUpActor } from '../../../../src/lib/data/actors/actorHierarchy';
import { selfAndAncestors } from '../../../helpers/selfAndAncestors';
import type { Actor } from '../../../../src/lib/data/schema';
import { searchActorHierarchy } from '../../../helpers/oracles/searchActorHierarchy';

const actor = (id: string, kind: Actor['kind'], memberOf?: string[]): Actor => ({
	id,
	name: id.toUpperCase(),
	kind,
	...(memberOf ? { memberOf } : {})
});

const plain = (hierarchy: ReturnType<typeof createActorHierarchy>) => ({
	ancestors: Object.fromEntries(hierarchy.ancestors),
	rollUp: Object.fromEntries(hierarchy.rollUp),
	members: Object.fromEntries(hierarchy.members)
});

describe('createActorHierarchy', () => {
	it.each([
		[
			'a minister of a state',
			[actor('iran', 'state'), actor('araghchi', 'person', ['iran'])],
			{ araghchi: ['iran'], iran: [] },
			{ araghchi: 'iran', iran: 'iran' }
		],
		[
			'a chain listed child first',
			[
				actor('envoy', 'person', ['ministry']),
				actor('ministry', 'org', ['state']),
				actor('state', 'state')
			],
			{ envoy: ['ministry', 'state'], ministry: ['state'], state: [] },
			{ envoy: 'state', ministry: 'state', state: 'state' }
		],
		[
			'two parents, nearest first (breadth-first)',
			[
				actor('a', 'state'),
				actor('b', 'org', ['a']),
				actor('c', 'igo'),
				actor('x', 'person', ['b', 'c'])
			],
			{ a: [], b: ['a'], c: [], x: ['b', 'c', 'a'] },
			{ a: 'a', b: 'a', c: 'c', x: 'c' }
		],
		[
			'a cycle, an unknown parent and itself as parent',
			[
				actor('p', 'person', ['q']),
				actor('q', 'person', ['p']),
				actor('r', 'person', ['nobody']),
				actor('s', 'person', ['s'])
			],
			{ p: ['q'], q: ['p'], r: [], s: [] },
			{ p: 'q', q: 'p', r: 'r', s: 's' }
		]
	])(
		'createActorHierarchy(%s) lists ancestors nearest first and rolls up to the unit',
		(_, actors, ancestors, rollUp) => {
			const before = structuredClone(actors);
			const hierarchy = createActorHierarchy(actors);
			expect(actors).toEqual(before);
			expect(Object.fromEntries(hierarchy.ancestors)).toEqual(ancestors);
			expect(Object.fromEntries(hierarchy.rollUp)).toEqual(rollUp);
		}
	);

	it('createActorHierarchy(a parent named twice) lists the member under it once', () => {
		const hierarchy = createActorHierarchy([
			actor('iran', 'state'),
			actor('envoy', 'person', ['iran', 'iran'])
		]);
		expect(hierarchy.members.get('iran')).toEqual(['envoy']);
		expect(selfAndAncestors(hierarchy, 'envoy')).toEqual(['envoy', 'iran']);
		expect(rollUpActor(hierarchy, 'unknown')).toBe('unknown');
	});

	it('createActorHierarchy(any actors, cycles and unknown parents too) agrees with a search from every actor', () => {
		const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		const kind = fc.constantFrom<Actor['kind']>('state', 'igo', 'person', 'org');
		const parents = fc.array(fc.constantFrom(...ids, 'ghost'), { maxLength: 3 });
		fc.assert(
			fc.property(
				fc.shuffledSubarray(ids, { minLength: 1 }),
				fc.array(fc.tuple(kind, fc.option(parents, { nil: undefined })), {
					minLength: ids.length,
					maxLength: ids.length
				}),
				(order, shapes) => {
					const actors = order.map((id, i) => actor(id, shapes[i]![0], shapes[i]![1]));
					expect(plain(createActorHierarchy(actors))).toEqual(plain(searchActorHierarchy(actors)));
				}
			)
		);
	});
});
