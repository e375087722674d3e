/**
 * The timeline's lanes: one per state (people and bodies rolled up), one per actor, or one per
 * PLOVER category, and which events sit in each (built by `laneModel`).
 */

export type LaneGrouping = 'state' | 'actor' | 'category';

/** A party acts or is acted on; a mediator goes between, hosts or carries messages. */
export type LaneRole = 'party' | 'mediator';

export interface TimelineLane {
	key: string;
	label: string;
	/** 0 for a state, an unaffiliated actor or a category; 1 for a member shown in its own lane. */
	depth: 0 | 1;
	/**
	 * A state heading a nested group ("people and bodies apart", see `nestLanes`): how many of
	 * its members have lanes, whether they are shown, and whether it has events of its own.
	 */
	group?: LaneGroup;
}

export interface LaneGroup {
	members: number;
	expanded: boolean;
	ownEvents: boolean;
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
