/**
 * What the timeline prepares ahead for a large dataset being opened (see
 * `ParleyState.prepare`): its lanes, the index of all its events, and every lane's rows packed
 * for its first window, made in steps before the dataset is shown; the model's derived values
 * then take them instead of making them in the task that first draws the dataset.
 */
import type { ActorHierarchy } from '$lib/data/actors/actorHierarchy';
import type { Dataset, DiplomaticEvent } from '$lib/data/schema';
import type { Steps } from '$lib/data/steps';
import type { LaneGrouping } from '$lib/layout/timeline/laneTypes';
import { computeFirstWindow, type FirstWindow } from '$lib/layout/timeline/firstWindow';
import type { TimelineIndex } from '$lib/layout/timeline/laneIndex';
import {
	indexVisibleLanesInSteps,
	prepareTimelineLanes,
	prepareTimelineLanesInSteps,
	type TimelineLaneModel
} from '$lib/layout/timeline/laneModel';
import {
	LABEL_CHARACTERS,
	labelRoom,
	type TimelineMetrics
} from '$lib/layout/timeline/layoutTimeline';
import { LanePacker, zoomOctave } from '$lib/layout/timeline/packLaneRows';
import {
	computeTimeExtentOfSpans,
	computeZoomLimits,
	reportedOnDates,
	zoomToShow,
	type ZoomState
} from '$lib/layout/timeline/timeExtent';
import type { IncomingDataset } from '../parleyState.svelte';
import {
	timelineEventFacts,
	timelineEventFactsInSteps,
	type TimelineEventFacts
} from '$lib/layout/timeline/eventFacts';

/** The base scale's extent: every event's span and every day someone reported one. */
export function baseDomainOf(
	dataset: Dataset,
	facts: TimelineEventFacts,
	laneModel: TimelineLaneModel,
	reportedOn: readonly { day: string }[]
): [number, number] {
	return computeTimeExtentOfSpans(
		laneModel.spans,
		[...reportedOn.map((r) => r.day), ...facts.reportedAt],
		dataset.meta.createdAt
	);
}

/** Rows are packed on the base scale, as the straight line it is. */
export function packerFor(
	domain: [number, number],
	width: number,
	metrics: TimelineMetrics
): LanePacker {
	return new LanePacker(
		{ domain, range: [0, width] },
		{
			glyphRadius: metrics.glyphRadius,
			gap: metrics.labelReserve,
			compactGap: metrics.compactGap,
			labelRoom: (lane, i) => labelRoom(lane.events[i]!.summary.length, metrics.fontSize),
			maxLabelRoom: labelRoom(LABEL_CHARACTERS, metrics.fontSize),
			plotWidth: width
		}
	);
}

/** How the timeline will be set when the dataset opens. */
export interface TimelineSettings {
	grouping: LaneGrouping;
	collapsed: ReadonlySet<string>;
	width: number;
	metrics: TimelineMetrics;
}

export class TimelineAhead {
	#made: {
		facts: TimelineEventFacts;
		laneModel: TimelineLaneModel | null;
		/** The first window of the index of all events. */
		first: { index: TimelineIndex; window: FirstWindow | null } | null;
		packer: { width: number; domain: readonly [number, number]; packer: LanePacker } | null;
	} | null = null;

	/** What the timeline reads from every event: the facts made ahead if they match, else now. */
	factsOf(allEvents: readonly DiplomaticEvent[]): TimelineEventFacts {
		const made = this.#made?.facts;
		return made?.events === allEvents ? made : timelineEventFacts(allEvents);
	}

	/** The lanes of these events: the ones made ahead if they match, else made now. */
	laneModelOf(
		allEvents: readonly DiplomaticEvent[],
		hierarchy: ActorHierarchy,
		grouping: LaneGrouping
	): TimelineLaneModel {
		const made = this.#made?.laneModel;
		return made?.events === allEvents && made.hierarchy === hierarchy && made.grouping === grouping
			? made
			: prepareTimelineLanes(allEvents, hierarchy, grouping);
	}

	/** The first window of these lanes: the one found ahead if it is for this index. */
	firstWindowOf(index: TimelineIndex): FirstWindow | null {
		const made = this.#made?.first;
		return made?.index === index ? made.window : computeFirstWindow(index.orderTimes);
	}

	/** The packer for these lanes and this base scale: the one made ahead if it matches. */
	packerOf(
		laneModel: TimelineLaneModel,
		domain: [number, number],
		width: number,
		metrics: TimelineMetrics
	): LanePacker {
		const made = this.#made?.packer;
		return this.#made?.laneModel === laneModel &&
			made?.width === width &&
			made.domain[0] === domain[0] &&
			made.domain[1] === domain[1]
			? made.packer
			: packerFor(domain, width, metrics);
	}

	/**
	 * Makes, in steps, what the timeline will derive for `incoming`; returns the transform to open
	 * on (the first window), once the rows are packed for it.
	 */
	*prepare(
		incoming: IncomingDataset,
		settings: TimelineSettings
	): Steps<{ target: ZoomState; forget: () => void } | null> {
		const { dataset, allEvents, hierarchy } = incoming;
		const { grouping, width, metrics } = settings;
		const facts = yield* timelineEventFactsInSteps(allEvents);
		this.#made = { facts, laneModel: null, first: null, packer: null };
		const laneModel = yield* prepareTimelineLanesInSteps(allEvents, hierarchy, grouping);
		this.#made = { facts, laneModel, first: null, packer: null };
		// With filters set, what is shown is a part: its index is made when it is known.
		if (incoming.filtersActive) return null;
		const collapsed = grouping === 'actor' ? settings.collapsed : undefined;
		const index = yield* indexVisibleLanesInSteps(laneModel, allEvents, collapsed);
		const first = computeFirstWindow(index.orderTimes);
		this.#made = { facts, laneModel, first: { index, window: first }, packer: null };
		if (!first) return null;
		const domain = baseDomainOf(dataset, facts, laneModel, reportedOnDates(dataset));
		const packer = packerFor(domain, width, metrics);
		const target = zoomToShow(domain, first.window, width, computeZoomLimits(domain, width));
		const octave = zoomOctave(target.k);
		for (const lane of index.lanes) {
			packer.forZoom(lane, octave, octave);
			yield;
		}
		const made = {
			facts,
			laneModel,
			first: { index, window: first },
			packer: { width, domain, packer }
		};
		this.#made = made;
		return {
			target,
			// Once drawn, the model's derived values hold what they need: a later dataset's go.
			forget: () => {
				if (this.#made === made) this.#made = null;
			}
		};
	}
}
