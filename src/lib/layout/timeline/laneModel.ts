/**
 * The timeline's lanes in two steps, so a filter change is a linear pass: per dataset and
 * grouping, each event's candidate lanes and time span in typed arrays; per filter, the counts,
 * the order of the lanes present and the lane index. Same result as the tests' oracles
 * `computeLanes` then `indexTimelineLanes`, without an object or string per mark.
 */
import { rollUpActor, type ActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { categoryOf, type CategoryKey } from '$lib/data/filters/filterEvents';
import type { DiplomaticEvent } from '$lib/data/schema';
import { PLOVER_CATEGORIES } from '$lib/data/vocabularies';
import { categoryLabel } from '$lib/data/labels';
import type { LaneGrouping, TimelineLane } from './laneTypes';
import { inChunks, runToEnd, type Steps } from '$lib/data/steps';
import {
	buildTimelineIndexInSteps,
	computeEventSpansInSteps,
	lazyRankLookup,
	type EventLaneRows,
	type EventSpans,
	type TimelineIndex
} from './laneIndex';
import { nestLanes } from './nestLanes';

export interface TimelineLaneModel {
	grouping: LaneGrouping;
	hierarchy: ActorHierarchy;
	/** Every event of the dataset, in time order. */
	events: readonly DiplomaticEvent[];
	/** Every lane an event could be in: an actor id (state, actor) or a category. */
	candidates: TimelineLane[];
	/** Each candidate's unit (a state or unaffiliated actor), as an index into `units`. */
	unitOf: Int32Array;
	units: string[];
	unitLabels: string[];
	/** Candidate labels and ids, for the order's tie-breaks. */
	labels: string[];
	ids: string[];
	/** Each event's candidate lanes (party winning over mediator), in the order named. */
	rows: EventLaneRows;
	/** Each event's distinct units: `unitIds[unitStart[e] .. unitStart[e + 1])`. */
	unitStart: Int32Array;
	unitIds: Int32Array;
	spans: EventSpans;
}

const CATEGORY_ORDER: readonly CategoryKey[] = [...PLOVER_CATEGORIES, 'none'];

/** Once per dataset, hierarchy and grouping: `events` in time order (the app's `allEvents`). */
export function prepareTimelineLanes(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	grouping: LaneGrouping
): TimelineLaneModel {
	return runToEnd(prepareTimelineLanesInSteps(events, hierarchy, grouping));
}

/** `prepareTimelineLanes`, yielding every `STEP_EVERY` events. */
export function* prepareTimelineLanesInSteps(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	grouping: LaneGrouping
): Steps<TimelineLaneModel> {
	const n = events.length;
	const byCategory = grouping === 'category';
	const name = (id: string) =>
		byCategory ? categoryLabel(id as CategoryKey) : (hierarchy.actors.get(id)?.name ?? id);
	const candidates: TimelineLane[] = [];
	const ids: string[] = [];
	const unitOfList: number[] = [];
	const units: string[] = [];
	const unitIndex = new Map<string, number>();
	const candidateIndex = new Map<string, number>();
	const unitId = (unit: string) => {
		let u = unitIndex.get(unit);
		if (u === undefined) {
			u = units.push(unit) - 1;
			unitIndex.set(unit, u);
		}
		return u;
	};
	/** The candidate lane of an actor (or category) named in an event: one roll-up per id. */
	const candidateOfId = new Map<string, number>();
	const candidateOf = (id: string) => {
		let c = candidateOfId.get(id);
		if (c === undefined) {
			const laneId = grouping === 'state' ? rollUpActor(hierarchy, id) : id;
			c = candidateIndex.get(laneId);
			if (c === undefined) {
				c = ids.push(laneId) - 1;
				candidateIndex.set(laneId, c);
				const unit = byCategory ? laneId : rollUpActor(hierarchy, laneId);
				candidates.push({
					key: `${byCategory ? 'category' : 'actor'}:${laneId}`,
					label: name(laneId),
					depth: unit === laneId ? 0 : 1
				});
				unitOfList.push(unitId(unit));
			}
			candidateOfId.set(id, c);
		}
		return c;
	};
	// Category lanes keep the vocabulary's order: make them first, in that order.
	if (byCategory) for (const category of CATEGORY_ORDER) candidateOf(category);

	const laneStart = new Int32Array(n + 1);
	const unitStart = new Int32Array(n + 1);
	const markOf: number[] = [];
	const roleOf: number[] = [];
	const unitIds: number[] = [];
	let from = 0;
	const add = (id: string, role: number) => {
		const c = candidateOf(id);
		for (let k = from; k < markOf.length; k++) {
			if (markOf[k] === c) {
				if (role === 0) roleOf[k] = 0;
				return;
			}
		}
		markOf.push(c);
		roleOf.push(role);
	};
	yield* inChunks(n, (fromEvent, toEvent) => {
		for (let e = fromEvent; e < toEvent; e++) {
			const event = events[e]!;
			from = markOf.length;
			if (byCategory) add(categoryOf(event), 0);
			else {
				for (const id of event.sourceActors) add(id, 0);
				for (const id of event.targetActors) add(id, 0);
				for (const id of event.mediators ?? []) add(id, 1);
			}
			laneStart[e + 1] = markOf.length;
			const unitFrom = unitIds.length;
			for (let k = from; k < markOf.length; k++) {
				const u = unitOfList[markOf[k]!]!;
				// indexOf, not includes(u, unitFrom): Svelte's development build wraps includes and
				// its wrapper ignores the start index, warning state_proxy_equality_mismatch for
				// every unit an earlier event already had (36 times on the bundled dataset).
				if (unitIds.indexOf(u, unitFrom) === -1) unitIds.push(u);
			}
			unitStart[e + 1] = unitIds.length;
		}
	});
	const spans = yield* computeEventSpansInSteps(events);
	return {
		grouping,
		hierarchy,
		events,
		candidates,
		unitOf: Int32Array.from(unitOfList),
		units,
		unitLabels: units.map(name),
		labels: candidates.map((lane) => lane.label),
		ids,
		rows: { laneStart, markOf: Int32Array.from(markOf), roleOf: Uint8Array.from(roleOf) },
		unitStart,
		unitIds: Int32Array.from(unitIds),
		spans
	};
}

/**
 * Each of `visible`'s position in `all`, in one merge pass, when `visible` is a subsequence of
 * `all` (a filter's result); null when it is not.
 */
function positionsIn(
	all: readonly DiplomaticEvent[],
	visible: readonly DiplomaticEvent[]
): Int32Array | null {
	const source = new Int32Array(visible.length);
	let j = 0;
	for (let r = 0; r < visible.length; r++) {
		const event = visible[r]!;
		while (j < all.length && all[j] !== event) j++;
		if (j === all.length) return null;
		source[r] = j++;
	}
	return source;
}

/** Whether `visible` holds exactly the events of `all`, in the same order. */
function sameEvents(all: readonly DiplomaticEvent[], visible: readonly DiplomaticEvent[]): boolean {
	if (visible === all) return true;
	if (visible.length !== all.length) return false;
	for (let r = 0; r < visible.length; r++) if (visible[r] !== all[r]) return false;
	return true;
}

const compareText = (a: string, b: string) => a.localeCompare(b);

/**
 * The index of all of a model's events, once made (a model is per dataset and grouping), with
 * the collapsed groups it was made for.
 */
const fullIndexes = new WeakMap<TimelineLaneModel, { collapsed: string; index: TimelineIndex }>();

const NONE: ReadonlySet<string> = new Set();

/**
 * Per filter: the lanes present among `visible` (a subset of the model's events), in the
 * order `computeLanes` gives them, and their index. Linear in the visible events' marks.
 * Grouped by actor, a state with members present heads a nested group (see `nestLanes`);
 * the groups of the units (actor ids) in `collapsed` are folded into their header lane.
 */
export function indexVisibleLanes(
	model: TimelineLaneModel,
	visible: readonly DiplomaticEvent[],
	collapsed: ReadonlySet<string> = NONE
): TimelineIndex {
	return runToEnd(indexVisibleLanesInSteps(model, visible, collapsed));
}

/** `indexVisibleLanes`, yielding every `STEP_EVERY` events or marks of each pass. */
export function* indexVisibleLanesInSteps(
	model: TimelineLaneModel,
	visible: readonly DiplomaticEvent[],
	collapsed: ReadonlySet<string> = NONE
): Steps<TimelineIndex> {
	// Every event shown (no filter, or a filter that lets all through): the same index as
	// last time, so its lanes, and the packings kept for them, are reused.
	const everything = sameEvents(model.events, visible);
	const nested = model.grouping === 'actor';
	const collapsedKey = nested ? [...collapsed].sort().join(',') : '';
	if (everything) {
		const kept = fullIndexes.get(model);
		if (kept && kept.collapsed === collapsedKey) return kept.index;
	}
	const source = positionsIn(model.events, visible);
	if (!source) {
		// Not a subsequence of the dataset (not expected from a filter): the events' own model.
		const own = yield* prepareTimelineLanesInSteps(visible, model.hierarchy, model.grouping);
		return yield* indexVisibleLanesInSteps(own, visible, collapsed);
	}
	const rows = model.rows;
	const candidates = model.candidates.length;
	const laneCounts = new Int32Array(candidates);
	const unitCounts = new Int32Array(model.units.length);
	yield* inChunks(source.length, (from, to) => {
		for (let r = from; r < to; r++) {
			const e = source[r]!;
			for (let k = rows.laneStart[e]!; k < rows.laneStart[e + 1]!; k++)
				laneCounts[rows.markOf[k]!]!++;
			for (let k = model.unitStart[e]!; k < model.unitStart[e + 1]!; k++)
				unitCounts[model.unitIds[k]!]!++;
		}
	});
	const present: number[] = [];
	for (let c = 0; c < candidates; c++) if (laneCounts[c]! > 0) present.push(c);
	if (model.grouping !== 'category') {
		// Units by how many events involve them, then by name; within a unit, its own lane
		// first, then members by count and name (as `computeLanes`).
		const unitRank = new Int32Array(model.units.length);
		const unitCandidate = new Map<number, number>();
		for (const c of present)
			if (!unitCandidate.has(model.unitOf[c]!)) unitCandidate.set(model.unitOf[c]!, c);
		const unitLabel = (u: number) => model.unitLabels[u]!;
		[...unitCandidate.keys()]
			.sort(
				(a, b) =>
					unitCounts[b]! - unitCounts[a]! ||
					compareText(unitLabel(a), unitLabel(b)) ||
					compareText(model.units[a]!, model.units[b]!)
			)
			.forEach((u, rank) => (unitRank[u] = rank));
		present.sort((a, b) => {
			const unitA = model.unitOf[a]!;
			const unitB = model.unitOf[b]!;
			if (unitA !== unitB) return unitRank[unitA]! - unitRank[unitB]!;
			if (model.ids[a] === model.units[unitA]) return -1;
			if (model.ids[b] === model.units[unitB]) return 1;
			return (
				laneCounts[b]! - laneCounts[a]! ||
				compareText(model.labels[a]!, model.labels[b]!) ||
				compareText(model.ids[a]!, model.ids[b]!)
			);
		});
	}
	const laneOfCandidate = new Int32Array(candidates).fill(-1);
	let lanes = present.map((c) => model.candidates[c]!);
	let merges = false;
	let foldedInto: ReadonlyMap<string, string> | undefined;
	if (nested) {
		const unitKey = (c: number) => `actor:${model.units[model.unitOf[c]!]!}`;
		const nest = nestLanes(
			present.map((c) => ({
				lane: model.candidates[c]!,
				unitKey: unitKey(c),
				unitLabel: model.unitLabels[model.unitOf[c]!]!
			})),
			new Set([...collapsed].map((id) => `actor:${id}`))
		);
		present.forEach((c, l) => (laneOfCandidate[c] = nest.drawnOf[l]!));
		lanes = nest.lanes;
		merges = nest.merges;
		foldedInto = nest.foldedInto;
	} else present.forEach((c, l) => (laneOfCandidate[c] = l));
	// Looked up by id only with a selection or keyboard focus: its Map is built on first use.
	const built = yield* buildTimelineIndexInSteps(
		visible,
		lanes,
		rows,
		laneOfCandidate,
		model.spans,
		source,
		lazyRankLookup(visible),
		merges
	);
	const index = foldedInto && foldedInto.size > 0 ? { ...built, foldedInto } : built;
	if (everything) fullIndexes.set(model, { collapsed: collapsedKey, index });
	return index;
}
