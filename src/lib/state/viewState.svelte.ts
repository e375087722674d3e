/**
 * What the person is looking at, shared by every view: the hovered and selected event, the
 * timeline's visible window, and each chart's display options. Views read and write it; none
 * keeps its own copy.
 */
import type { EventSortKey, SortDirection } from '$lib/data/time/sortEvents';
import type { LayoutMode } from '$lib/layout/network/layoutTypes';
import type { LaneGrouping } from '$lib/layout/timeline/laneTypes';

/** What the timeline's marks are coloured by (their shape always says the status). */
export type MarkColouring = 'category' | 'status' | 'off';
/** The table's order: a column and a direction. */
export interface TableSort {
	key: EventSortKey;
	direction: SortDirection;
}
export const DEFAULT_TABLE_SORT: TableSort = { key: 'date', direction: 'ascending' };

export class ViewState {
	/** The event under the pointer or keyboard focus in any view. */
	hoveredEventId = $state<string | null>(null);
	/** The event whose details are open. */
	selectedEventId = $state<string | null>(null);
	/** Events picked out from elsewhere (e.g. the events of a network edge). */
	highlightedEventIds = $state.raw<ReadonlySet<string>>(new Set());
	/** The timeline's visible time domain, [start, end] in ms since the epoch (UTC). */
	visibleWindow = $state.raw<readonly [number, number] | null>(null);
	/** Timeline lanes: one per state, one per actor, or one per PLOVER category. */
	laneGrouping = $state<LaneGrouping>('state');
	/**
	 * Timeline, people and bodies apart: the states (actor ids) whose members are folded into
	 * the state's own lane. Kept by id, so a filter that hides a group keeps it folded.
	 */
	collapsedGroups = $state.raw<ReadonlySet<string>>(new Set());
	/** Timeline marks: coloured by PLOVER category, by status, or all in the accent colour. */
	markColouring = $state<MarkColouring>('category');
	/** Network layout: force-directed or geographic. */
	networkLayout = $state<LayoutMode>('force');
	/** Network: people and bodies as their own nodes rather than rolled up into their state. */
	networkShowMembers = $state(false);
	/** Network: show everything up to this day instead of the timeline's window. */
	networkAsOf = $state<string | null>(null);
	/** The table's order. */
	tableSort = $state.raw<TableSort>(DEFAULT_TABLE_SORT);
	/** The chart being exported (its `data-chart` name): it draws all of itself meanwhile. */
	exportingChart = $state<string | null>(null);

	hover(eventId: string | null) {
		this.hoveredEventId = eventId;
	}

	select(eventId: string | null) {
		this.selectedEventId = eventId;
	}

	highlight(eventIds: Iterable<string>) {
		this.highlightedEventIds = new Set(eventIds);
	}
}
