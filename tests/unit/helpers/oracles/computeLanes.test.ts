import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { type LaneGrouping } from '$lib/layout/timeline/laneTypes';
import { smallDataset } from '../../../fixtures/smallDataset';
import { randomDataset } from '../../../fixtures/randomDataset';
import { computeLanes } from '../../../helpers/oracles/computeLanes';

describe('computeLanes', () => {
	const dataset = smallDataset();
	const hierarchy = createActorHierarchy(dataset.actors);
	const events = sortEventsByTime(dataset.events);

	it.each<[LaneGrouping, string, string[]]>([
		['state', 'gives each state a lane', ['actor:nor', 'actor:cub', 'actor:col']],
		['actor', 'gives an unaffiliated group a lane', ['actor:eln']],
		['category', 'puts events without PLOVER code in "No category"', ['category:none']]
	])('computeLanes(events, hierarchy, %s) %s', (grouping, _what, expectedKeys) => {
		const before = structuredClone(events);
		const { lanes, memberships } = computeLanes(events, hierarchy, grouping);
		const keys = lanes.map((lane) => lane.key);
		for (const key of expectedKeys) expect(keys).toContain(key);
		// Every membership points at a lane, and no event is twice in one lane.
		const pairs = memberships.map((m) => `${m.eventId}@${m.laneKey}`);
		expect(new Set(pairs).size).toBe(pairs.length);
		for (const m of memberships) expect(keys).toContain(m.laneKey);
		// Every lane has an event, every event has a lane.
		for (const key of keys) expect(memberships.some((m) => m.laneKey === key)).toBe(true);
		for (const event of events) expect(memberships.some((m) => m.eventId === event.id)).toBe(true);
		expect(events).toEqual(before);
	});

	it('computeLanes(events, hierarchy, "state") marks mediators and hosts with their role', () => {
		const { memberships } = computeLanes(events, hierarchy, 'state');
		const mediated = events.filter((e) => (e.mediators ?? []).length > 0);
		expect(mediated.length).toBeGreaterThan(0);
		for (const event of mediated) {
			const roles = memberships.filter((m) => m.eventId === event.id).map((m) => m.role);
			expect(roles).toContain('mediator');
		}
	});

	it('computeLanes rolls people into their state, or gives them their own lane with "actor"', () => {
		const data = randomDataset(3, { events: 100 });
		const h = createActorHierarchy(data.actors);
		const state = computeLanes(data.events, h, 'state').lanes.map((lane) => lane.key);
		const actor = computeLanes(data.events, h, 'actor').lanes.map((lane) => lane.key);
		expect(state.some((key) => key.startsWith('actor:person-'))).toBe(false);
		expect(actor.some((key) => key.startsWith('actor:person-'))).toBe(true);
	});

	it('computeLanes(events, hierarchy, "actor") puts a member lane right after its state', () => {
		const data = randomDataset(7, { events: 200 });
		const h = createActorHierarchy(data.actors);
		const { lanes } = computeLanes(data.events, h, 'actor');
		lanes.forEach((lane, index) => {
			if (lane.depth === 1) {
				const state = lane.key.replace(/^actor:person-(\d+)-\d+$/, 'actor:state-$1');
				const above = lanes.slice(0, index).map((l) => l.key);
				// Either the state has its own lane above, or it has none at all.
				if (lanes.some((l) => l.key === state)) expect(above).toContain(state);
			}
		});
	});

	it('computeLanes is deterministic on many random datasets, whatever the input order', () => {
		for (let seed = 1; seed <= 30; seed++) {
			const data = randomDataset(seed, { events: 60 });
			const h = createActorHierarchy(data.actors);
			const shuffled = [...data.events].reverse();
			for (const grouping of ['state', 'actor', 'category'] as const) {
				const a = computeLanes(sortEventsByTime(data.events), h, grouping);
				const b = computeLanes(sortEventsByTime(shuffled), h, grouping);
				expect(b).toEqual(a);
				// Each event is in exactly the lanes of its participants' units.
				if (grouping === 'state') {
					for (const event of data.events) {
						const expected = new Set(
							[...event.sourceActors, ...event.targetActors, ...(event.mediators ?? [])].map(
								(id) => `actor:${h.rollUp.get(id)}`
							)
						);
						const got = new Set(
							a.memberships.filter((m) => m.eventId === event.id).map((m) => m.laneKey)
						);
						expect(got).toEqual(expected);
					}
				}
			}
		}
	});
});
