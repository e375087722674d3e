/**
 * Which lanes the timeline shows and which events sit in each: one lane per state (people and
 * bodies rolled up), one per actor, or one per PLOVER category. An event appears once in every
 * lane one of its participants belongs to.
 */
import { eventParticipants, rollUpActor, type ActorHierarchy } from '$lib/data/actorHierarchy';
import { categoryOf, type CategoryKey } from '$lib/data/filterEvents';
import type { DiplomaticEvent } from '$lib/data/schema';
import { PLOVER_CATEGORIES } from '$lib/data/vocabularies';

export type LaneGrouping = 'state' | 'actor' | 'category';

/** A party acts or is acted on; a mediator goes between, hosts or carries messages. */
export type LaneRole = 'party' | 'mediator';

export interface TimelineLane {
	key: string;
	label: string;
	/** 0 for a state, an unaffiliated actor or a category; 1 for a member shown in its own lane. */
	depth: 0 | 1;
}

export interface LaneMembership {
	eventId: string;
	laneKey: string;
	role: LaneRole;
}

export interface TimelineLanes {
	/** Lanes top to bottom; only lanes with at least one event. */
	lanes: TimelineLane[];
	/** One per event and lane, in event order, then lane order. */
	memberships: LaneMembership[];
}

const CATEGORY_ORDER: readonly CategoryKey[] = [...PLOVER_CATEGORIES, 'none'];

/** "CONSULT" -> "Consult"; events without a PLOVER code go to "No category". */
export function categoryLabel(category: CategoryKey): string {
	return category === 'none' ? 'No category' : category.charAt(0) + category.slice(1).toLowerCase();
}

function actorLabel(hierarchy: ActorHierarchy, id: string): string {
	return hierarchy.actors.get(id)?.name ?? id;
}

/** The actors of an event with their role; a party role wins over a mediator role. */
function rolesOf(event: DiplomaticEvent): Map<string, LaneRole> {
	const roles = new Map<string, LaneRole>();
	for (const id of eventParticipants(event, { includeMediators: false })) roles.set(id, 'party');
	for (const id of event.mediators ?? []) if (!roles.has(id)) roles.set(id, 'mediator');
	return roles;
}

export function computeLanes(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	grouping: LaneGrouping
): TimelineLanes {
	if (grouping === 'category') return categoryLanes(events);

	// Each event's lanes: the rolled-up unit (or the actor itself) of each participant.
	const perEvent = events.map((event) => {
		const lanes = new Map<string, LaneRole>();
		for (const [actorId, role] of rolesOf(event)) {
			const laneActor = grouping === 'state' ? rollUpActor(hierarchy, actorId) : actorId;
			if (lanes.get(laneActor) !== 'party') lanes.set(laneActor, role);
		}
		return { event, lanes };
	});

	// Units are ordered by how many events involve them (members included), then by name.
	const unitCounts = new Map<string, number>();
	const laneCounts = new Map<string, number>();
	for (const { lanes } of perEvent) {
		const units = new Set([...lanes.keys()].map((id) => rollUpActor(hierarchy, id)));
		for (const unit of units) unitCounts.set(unit, (unitCounts.get(unit) ?? 0) + 1);
		for (const id of lanes.keys()) laneCounts.set(id, (laneCounts.get(id) ?? 0) + 1);
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
	const lanes: TimelineLane[] = laneActors.map((id) => ({
		key: `actor:${id}`,
		label: actorLabel(hierarchy, id),
		depth: rollUpActor(hierarchy, id) === id ? 0 : 1
	}));
	const laneRank = new Map(laneActors.map((id, rank) => [id, rank]));

	const memberships = perEvent.flatMap(({ event, lanes: eventLanes }) =>
		[...eventLanes]
			.sort(([a], [b]) => laneRank.get(a)! - laneRank.get(b)!)
			.map(([id, role]) => ({ eventId: event.id, laneKey: `actor:${id}`, role }))
	);
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
