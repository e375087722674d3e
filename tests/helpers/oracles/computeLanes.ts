/**
 * The timeline's lanes built the straightforward way, from lanes and memberships: one lane per
 * state (people and bodies rolled up), one per actor, or one per PLOVER category; an event
 * appears once in every lane one of its participants belongs to. The app builds the same lanes
 * in one pass (`prepareTimelineLanes` in laneModel.ts); kept as the oracle they are checked against.
 */
import { rollUpActor, type ActorHierarchy } from '../../../src/lib/data/actors/actorHierarchy';
import { categoryOf, type CategoryKey } from '../../../src/lib/data/filters/filterEvents';
import type { DiplomaticEvent } from '../../../src/lib/data/schema';
import { PLOVER_CATEGORIES } from '../../../src/lib/data/vocabularies';
import { categoryLabel } from '../../../src/lib/data/labels';
import {
	type LaneGrouping,
	type LaneMembership,
	type LaneRole,
	type TimelineLane,
	type TimelineLanes
} from '../../../src/lib/layout/timeline/laneTypes';
import { nestLanes } from '../../../src/lib/layout/timeline/nestLanes';

const CATEGORY_ORDER: readonly CategoryKey[] = [...PLOVER_CATEGORIES, 'none'];

function actorLabel(hierarchy: ActorHierarchy, id: string): string {
	return hierarchy.actors.get(id)?.name ?? id;
}

export function computeLanes(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	grouping: LaneGrouping
): TimelineLanes {
	if (grouping === 'category') return categoryLanes(events);

	// Each event's lanes: the rolled-up unit (or the actor itself) of each participant, in the
	// order they are named, a party role winning over a mediator role. Plain arrays, no Map or
	// Set per event: this runs once per filter over every event.
	const laneActorOf = (id: string) => (grouping === 'state' ? rollUpActor(hierarchy, id) : id);
	const perEvent = events.map((event) => {
		const ids: string[] = [];
		const roles: LaneRole[] = [];
		const add = (actorId: string, role: LaneRole) => {
			const laneActor = laneActorOf(actorId);
			const at = ids.indexOf(laneActor);
			if (at === -1) {
				ids.push(laneActor);
				roles.push(role);
			} else if (role === 'party') roles[at] = 'party';
		};
		for (const id of event.sourceActors) add(id, 'party');
		for (const id of event.targetActors) add(id, 'party');
		for (const id of event.mediators ?? []) add(id, 'mediator');
		return { event, ids, roles };
	});

	// Units are ordered by how many events involve them (members included), then by name.
	const unitCounts = new Map<string, number>();
	const laneCounts = new Map<string, number>();
	const units: string[] = [];
	for (const { ids } of perEvent) {
		units.length = 0;
		for (const id of ids) {
			laneCounts.set(id, (laneCounts.get(id) ?? 0) + 1);
			const unit = rollUpActor(hierarchy, id);
			if (!units.includes(unit)) units.push(unit);
		}
		for (const unit of units) unitCounts.set(unit, (unitCounts.get(unit) ?? 0) + 1);
	}
	const byCountThenName = (counts: Map<string, number>) => (a: string, b: string) =>
		(counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
		actorLabel(hierarchy, a).localeCompare(actorLabel(hierarchy, b)) ||
		a.localeCompare(b);
	const unitOrder = [...unitCounts.keys()].sort(byCountThenName(unitCounts));
	const unitRank = new Map(unitOrder.map((unit, rank) => [unit, rank]));

	const laneActors = [...laneCounts.keys()].sort((a, b) => {
		const unitA = rollUpActor(hierarchy, a);
		const unitB = rollUpActor(hierarchy, b);
		if (unitA !== unitB) return unitRank.get(unitA)! - unitRank.get(unitB)!;
		// Within a unit, the unit's own lane comes first, then its members.
		if (a === unitA) return -1;
		if (b === unitB) return 1;
		return byCountThenName(laneCounts)(a, b);
	});
	const flat: TimelineLane[] = laneActors.map((id) => ({
		key: `actor:${id}`,
		label: actorLabel(hierarchy, id),
		depth: rollUpActor(hierarchy, id) === id ? 0 : 1
	}));
	// People and bodies apart: a state with members present heads their group (expanded).
	const lanes =
		grouping === 'actor'
			? nestLanes(
					flat.map((lane, i) => {
						const unit = rollUpActor(hierarchy, laneActors[i]!);
						return { lane, unitKey: `actor:${unit}`, unitLabel: actorLabel(hierarchy, unit) };
					}),
					new Set()
				).lanes
			: flat;
	const laneRank = new Map(laneActors.map((id, rank) => [id, rank]));
	const laneKey = new Map(laneActors.map((id) => [id, `actor:${id}`]));

	const memberships: LaneMembership[] = [];
	for (const { event, ids, roles } of perEvent) {
		const order = ids.map((_, i) => i);
		if (order.length > 1) order.sort((i, j) => laneRank.get(ids[i]!)! - laneRank.get(ids[j]!)!);
		for (const i of order) {
			memberships.push({ eventId: event.id, laneKey: laneKey.get(ids[i]!)!, role: roles[i]! });
		}
	}
	return { lanes, memberships };
}

function categoryLanes(events: readonly DiplomaticEvent[]): TimelineLanes {
	const present = new Set(events.map(categoryOf));
	const lanes = CATEGORY_ORDER.filter((category) => present.has(category)).map(
		(category): TimelineLane => ({
			key: `category:${category}`,
			label: categoryLabel(category),
			depth: 0
		})
	);
	const memberships = events.map((event): LaneMembership => ({
		eventId: event.id,
		laneKey: `category:${categoryOf(event)}`,
		role: 'party'
	}));
	return { lanes, memberships };
}
