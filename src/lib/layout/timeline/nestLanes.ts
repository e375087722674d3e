/**
 * "People and bodies apart" as nested groups (like vis-timeline's `nestedGroups`): a state with
 * members present is a header lane (its own events), then one lane per member; folded, the header
 * holds all their events once. A state or actor with no member present is a plain lane.
 */
import type { TimelineLane } from './laneTypes';
import { pluralWord } from '$lib/data/text/plural';

/** A lane as the order gives it: members follow their unit's lanes, each unit's run together. */
export interface UnitLane {
	lane: TimelineLane;
	/** The key of its unit's lane (a state's, or the actor's own when it has no parent). */
	unitKey: string;
	/** The unit's name, for a header the unit's own lane does not provide. */
	unitLabel: string;
}

export interface NestedLanes {
	/** The lanes drawn, top to bottom: headers carry `group`. */
	lanes: TimelineLane[];
	/** For each input lane, the index in `lanes` its events go to. */
	drawnOf: Int32Array;
	/** Input lane keys whose events go to another lane (a collapsed group's header). */
	foldedInto: Map<string, string>;
	/** Whether any drawn lane takes the events of more than one input lane. */
	merges: boolean;
}

/**
 * The drawn lanes for `lanes` (in order, each unit's lanes contiguous) with the groups whose
 * unit key is in `collapsed` folded into their header. Does not change its inputs.
 */
export function nestLanes(lanes: readonly UnitLane[], collapsed: ReadonlySet<string>): NestedLanes {
	const drawn: TimelineLane[] = [];
	const drawnOf = new Int32Array(lanes.length);
	const foldedInto = new Map<string, string>();
	let merges = false;
	const keys = new Set(lanes.map((l) => l.lane.key));
	const headed = new Set<string>();
	for (let start = 0; start < lanes.length;) {
		const { unitKey, unitLabel } = lanes[start]!;
		let end = start + 1;
		while (end < lanes.length && lanes[end]!.unitKey === unitKey) end++;
		const own = lanes[start]!.lane.key === unitKey ? lanes[start]!.lane : null;
		const members = end - start - (own ? 1 : 0);
		// No members, or a unit whose own lane is drawn elsewhere (memberOf may name a body
		// that is itself a member: its lane is in its own unit's group) or that heads a group
		// already: plain lanes, never a second lane with the same key.
		if (members === 0 || (!own && keys.has(unitKey)) || headed.has(unitKey)) {
			for (let i = start; i < end; i++) {
				const lane = lanes[i]!.lane;
				drawnOf[i] = drawn.push(lane.depth === 0 ? lane : { ...lane, depth: 0 }) - 1;
			}
			start = end;
			continue;
		}
		headed.add(unitKey);
		const expanded = !collapsed.has(unitKey);
		const header: TimelineLane = {
			key: unitKey,
			label: own?.label ?? unitLabel,
			depth: 0,
			group: { members, expanded, ownEvents: own !== null }
		};
		const at = drawn.push(header) - 1;
		for (let i = start; i < end; i++) {
			const lane = lanes[i]!.lane;
			if (lane.key === unitKey) drawnOf[i] = at;
			else if (expanded) drawnOf[i] = drawn.push({ ...lane, depth: 1 }) - 1;
			else {
				drawnOf[i] = at;
				foldedInto.set(lane.key, unitKey);
			}
		}
		if (!expanded) merges = true;
		start = end;
	}
	return { lanes: drawn, drawnOf, foldedInto, merges };
}

/** `collapsed` with `unitKey` toggled: a new set, the input left as it was. */
export function toggleGroup(collapsed: ReadonlySet<string>, unitKey: string): Set<string> {
	const next = new Set(collapsed);
	if (next.has(unitKey)) next.delete(unitKey);
	else next.add(unitKey);
	return next;
}

/** "Valdoria: 4 members": the disclosure button's name (aria-expanded says its state). */
export function disclosureName(lane: TimelineLane): string {
	return `${lane.label}: ${members(lane)}`;
}

const members = (lane: TimelineLane) => {
	const count = lane.group?.members ?? 0;
	return `${count} ${pluralWord(count, 'member')}`;
};

/** What pressing the disclosure button does, for its tooltip. */
export function disclosureHint(lane: TimelineLane): string {
	if (!lane.group) return '';
	return lane.group.expanded
		? `Fold the ${members(lane)} of ${lane.label} into its lane`
		: `Show the ${members(lane)} of ${lane.label} in their own lanes`;
}

export interface LaneBlock<T> {
	/** A depth-0 lane: a group's header, or a lane on its own. */
	head: T;
	/** The member lanes under a group's header, in order. */
	members: T[];
	/** From the head's top to its last member's bottom. */
	y0: number;
	y1: number;
}

/**
 * Placed lanes as blocks, each a depth-0 lane with the member lanes under it: a block is
 * where its head's label may stay in view while the block scrolls under the axis. Blocks
 * wholly outside `near` ([top, bottom], or null for everything) are left out.
 */
export function laneBlocks<T extends { depth: 0 | 1; y0: number; y1: number }>(
	lanes: readonly T[],
	near: readonly [number, number] | null = null
): LaneBlock<T>[] {
	const blocks: LaneBlock<T>[] = [];
	for (const lane of lanes) {
		const last = blocks.at(-1);
		if (lane.depth === 1 && last) {
			last.members.push(lane);
			last.y1 = lane.y1;
		} else blocks.push({ head: lane, members: [], y0: lane.y0, y1: lane.y1 });
	}
	return near === null ? blocks : blocks.filter((b) => b.y1 >= near[0] && b.y0 <= near[1]);
}
