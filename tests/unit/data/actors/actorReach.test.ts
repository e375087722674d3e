import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../../../src/lib/data/actors/actorHierarchy';
import {
	actorReach,
	countReach,
	prepareActorReach,
	type ActorReach
} from '../../../../src/lib/data/actors/actorReach';
import { STEP_EVERY } from '../../../../src/lib/data/steps';
import { randomDataset } from '../../../fixtures/randomDataset';
import { smallDataset } from '../../../fixtures/smallDataset';

/** Event e's actor ids, as the reach lists them. */
const reachedBy = (reach: ActorReach, e: number) =>
	[...reach.slots.subarray(reach.offsets[e]!, reach.offsets[e + 1]!)].map(
		(slot) => reach.ids[slot]
	);

describe('actorReach(hierarchy, events, includeMediators)', () => {
	const dataset = smallDataset();
	const hierarchy = createActorHierarchy(dataset.actors);

	it('actorReach(...) lists each event’s participants and the units they belong to, once each', () => {
		const events = [
			{ ...dataset.events[0]!, sourceActors: ['cuban-official', 'cub'], targetActors: ['col'] },
			{ ...dataset.events[0]!, sourceActors: ['nor'], targetActors: [], mediators: ['cub'] }
		];
		const reach = actorReach(hierarchy, events, true);
		expect(reachedBy(reach, 0)).toEqual(['cuban-official', 'cub', 'col']);
		expect(reachedBy(reach, 1)).toEqual(['nor', 'cub']);
		expect(reachedBy(actorReach(hierarchy, events, false), 1)).toEqual(['nor']);
	});

	it('actorReach(...) is built once per events, hierarchy and mediator setting', () => {
		const events = [...dataset.events];
		expect(actorReach(hierarchy, events, true)).toBe(actorReach(hierarchy, events, true));
		expect(actorReach(hierarchy, events, false)).not.toBe(actorReach(hierarchy, events, true));
		expect(actorReach(hierarchy, [...events], true)).not.toBe(actorReach(hierarchy, events, true));
	});
});

describe('prepareActorReach(hierarchy, events, includeMediators)', () => {
	it('prepareActorReach(...) yields between chunks and leaves the reach actorReach gives', () => {
		const small = randomDataset(7, { events: 50, states: 6, peoplePerState: 3 });
		const hierarchy = createActorHierarchy(small.actors);
		const events = Array.from({ length: STEP_EVERY * 2 + 10 }, (_, i) => small.events[i % 50]!);
		const before = structuredClone(small.events);
		const steps = prepareActorReach(hierarchy, events, true);
		let yields = 0;
		while (!steps.next().done) yields++;
		expect(yields).toBe(2);
		const prepared = actorReach(hierarchy, events, true);
		const fresh = actorReach(hierarchy, [...events], true);
		expect(prepared).not.toBe(fresh);
		expect(prepared.ids).toEqual(fresh.ids);
		// Joined: comparing long typed arrays element by element takes seconds.
		expect(prepared.offsets.join()).toBe(fresh.offsets.join());
		expect(prepared.slots.join()).toBe(fresh.slots.join());
		expect(small.events).toEqual(before);
	});

	it('prepareActorReach(...) does nothing when the reach is already kept', () => {
		const dataset = smallDataset();
		const hierarchy = createActorHierarchy(dataset.actors);
		const kept = actorReach(hierarchy, dataset.events, false);
		const steps = prepareActorReach(hierarchy, dataset.events, false);
		expect(steps.next().done).toBe(true);
		expect(actorReach(hierarchy, dataset.events, false)).toBe(kept);
	});
});

describe('countReach(reach)', () => {
	it('countReach(...) counts the events reaching each actor, in the order first reached', () => {
		const reach: ActorReach = {
			ids: ['a', 'b', 'c', 'unused'],
			offsets: Int32Array.from([0, 2, 3, 5]),
			slots: Int32Array.from([0, 1, 1, 2, 0])
		};
		expect([...countReach(reach)]).toEqual([
			['a', 2],
			['b', 2],
			['c', 1]
		]);
	});
});
