/**
 * The whole timeline's geometry for one zoom: lane bands, every mark's row and position, the
 * connectors that join an event's marks across lanes, and the labels that have room. Pure: the
 * component calls it in a `$derived` and renders what it returns.
 */
import type { DiplomaticEvent } from '$lib/data/schema';
import type { LaneMembership, LaneRole, TimelineLane, TimelineLanes } from './computeLanes';
import {
	computeMarkGeometry,
	plottedTime,
	type MarkGeometry,
	type TimeToPixel
} from './markGeometry';
import { packRows } from './packRows';
import { placeLabels, shortenToFit, type PlacedLabel } from './placeLabels';

export interface TimelineMetrics {
	/** Top of the first lane (room for the axis above). */
	top: number;
	/** Height of a lane's name line. */
	laneHeader: number;
	rowHeight: number;
	/** Space after each lane. */
	laneGap: number;
	glyphRadius: number;
	fontSize: number;
	/**
	 * Least space between neighbours in a row at the packing zoom: room for at least a
	 * shortened label after each mark, so labels seldom have to hide.
	 */
	labelReserve: number;
}

export const DEFAULT_METRICS: TimelineMetrics = {
	top: 44,
	laneHeader: 18,
	rowHeight: 22,
	laneGap: 10,
	glyphRadius: 6,
	fontSize: 12,
	labelReserve: 64
};

export interface LaneBand extends TimelineLane {
	index: number;
	/** The label shortened to the plot's width when it is too long. */
	shownLabel: string;
	/** Where the label starts (member lanes are indented). */
	labelX: number;
	y0: number;
	y1: number;
	/** Baseline of the lane's name. */
	labelY: number;
	rows: number;
}

export interface PlacedMark {
	/** `${eventId}@${laneKey}`: unique per mark. */
	key: string;
	eventId: string;
	laneKey: string;
	laneIndex: number;
	role: LaneRole;
	row: number;
	cy: number;
	time: number;
	geometry: MarkGeometry;
}

export interface Connector {
	eventId: string;
	x: number;
	y0: number;
	y1: number;
}

export interface TimelineLayout {
	lanes: LaneBand[];
	marks: PlacedMark[];
	connectors: Connector[];
	labels: PlacedLabel[];
	/** Bottom of the last lane. */
	bottom: number;
}

export interface LayoutInput {
	events: readonly DiplomaticEvent[];
	lanes: TimelineLanes;
	/** The scale on screen now. */
	x: TimeToPixel;
	/**
	 * The scale rows are packed with. Packing at a fixed zoom (the fitted one) keeps rows still
	 * while the reader zooms in, where marks only move apart; zoomed out past it, pack with `x`.
	 */
	packingX: TimeToPixel;
	/** Rows already packed with `packingX` (packTimelineRows); packed here when absent. */
	rows?: PackedRows;
	width: number;
	/** Short label text for an event in a lane. */
	labelText: (event: DiplomaticEvent, role: LaneRole) => string;
	metrics?: TimelineMetrics;
}

export const markKey = (eventId: string, laneKey: string) => `${eventId}@${laneKey}`;

export interface PackedRows {
	/** Row of each mark (by mark key) inside its lane. */
	rowOf: Map<string, number>;
	/** How many rows each lane needs. */
	rowsIn: Map<string, number>;
}

/**
 * Rows for every lane, packed at the `packingX` scale. Separate from the layout so that a view
 * can keep the result while the reader zooms in (the packing scale does not change then).
 */
export function packTimelineRows(
	events: readonly DiplomaticEvent[],
	lanes: TimelineLanes,
	packingX: TimeToPixel,
	metrics: TimelineMetrics = DEFAULT_METRICS
): PackedRows {
	const eventsById = new Map(events.map((event) => [event.id, event]));
	const byLane = new Map<string, LaneMembership[]>();
	for (const m of lanes.memberships) {
		if (!eventsById.has(m.eventId)) continue;
		const list = byLane.get(m.laneKey);
		if (list) list.push(m);
		else byLane.set(m.laneKey, [m]);
	}
	const rowOf = new Map<string, number>();
	const rowsIn = new Map<string, number>();
	for (const [laneKey, laneMembers] of byLane) {
		const rows = packRows(
			laneMembers.map((m) => {
				const g = computeMarkGeometry(
					eventsById.get(m.eventId)!.date,
					packingX,
					metrics.glyphRadius
				);
				return { key: markKey(m.eventId, laneKey), start: g.x0, end: g.x1 };
			}),
			metrics.labelReserve
		);
		let most = 0;
		for (const [key, row] of rows) {
			rowOf.set(key, row);
			if (row > most) most = row;
		}
		rowsIn.set(laneKey, most + 1);
	}
	return { rowOf, rowsIn };
}

export function layoutTimeline({
	events,
	lanes,
	x,
	packingX,
	rows: packed,
	width,
	labelText,
	metrics = DEFAULT_METRICS
}: LayoutInput): TimelineLayout {
	const eventsById = new Map(events.map((event) => [event.id, event]));
	const laneIndex = new Map(lanes.lanes.map((lane, index) => [lane.key, index]));
	const memberships = lanes.memberships.filter(
		(m) => eventsById.has(m.eventId) && laneIndex.has(m.laneKey)
	);
	const { rowOf, rowsIn } = packed ?? packTimelineRows(events, lanes, packingX, metrics);

	let y = metrics.top;
	const bands: LaneBand[] = lanes.lanes.map((lane, index) => {
		const rows = rowsIn.get(lane.key) ?? 1;
		const y0 = y;
		const y1 = y0 + metrics.laneHeader + rows * metrics.rowHeight;
		y = y1 + metrics.laneGap;
		const labelX = lane.depth === 1 ? 16 : 6;
		// Leave room for the event count printed after the name.
		const room = width - labelX - 40;
		const shownLabel =
			shortenToFit(lane.label, room, metrics.fontSize, 4) ?? lane.label.slice(0, 3);
		return {
			...lane,
			index,
			shownLabel,
			labelX,
			y0,
			y1,
			labelY: y0 + metrics.laneHeader - 5,
			rows
		};
	});
	const bandByKey = new Map(bands.map((band) => [band.key, band]));

	const marks: PlacedMark[] = memberships.map((m) => {
		const event = eventsById.get(m.eventId)!;
		const key = markKey(m.eventId, m.laneKey);
		const band = bandByKey.get(m.laneKey)!;
		const row = rowOf.get(key) ?? 0;
		return {
			key,
			eventId: m.eventId,
			laneKey: m.laneKey,
			laneIndex: band.index,
			role: m.role,
			row,
			cy: band.y0 + metrics.laneHeader + (row + 0.5) * metrics.rowHeight,
			time: plottedTime(event.date),
			geometry: computeMarkGeometry(event.date, x, metrics.glyphRadius)
		};
	});

	// An event in several lanes: one line from its topmost to its lowest mark.
	const connectors: Connector[] = [];
	const marksByEvent = new Map<string, PlacedMark[]>();
	for (const mark of marks) {
		const list = marksByEvent.get(mark.eventId);
		if (list) list.push(mark);
		else marksByEvent.set(mark.eventId, [mark]);
	}
	for (const [eventId, eventMarks] of marksByEvent) {
		if (eventMarks.length < 2) continue;
		const ys = eventMarks.map((mark) => mark.cy);
		connectors.push({
			eventId,
			x: eventMarks[0]!.geometry.cx,
			y0: Math.min(...ys),
			y1: Math.max(...ys)
		});
	}

	// Labels may cross connectors (thin lines; the label's halo keeps it readable) but not marks.
	const rowKeyOf = (mark: Pick<PlacedMark, 'laneKey' | 'row'>) => `${mark.laneKey}#${mark.row}`;
	const labels = placeLabels(
		marks.map((mark) => ({
			key: mark.key,
			rowKey: rowKeyOf(mark),
			x0: mark.geometry.x0,
			x1: mark.geometry.x1,
			anchorX: mark.geometry.cx,
			group: mark.eventId,
			text: labelText(eventsById.get(mark.eventId)!, mark.role)
		})),
		[],
		{ bounds: [0, width], fontSize: metrics.fontSize }
	);

	return { lanes: bands, marks, connectors, labels, bottom: y - metrics.laneGap };
}

/** A short title from a summary: its first sentence, at most `max` characters. */
export function shortTitle(summary: string, max = 90): string {
	// A sentence ends after a lower-case word, so "U.S. officials" is not cut after "U.S.".
	const sentence = summary.split(/(?<=[\p{Ll}\d)"'”’]{2}[.;!?])\s/u)[0]!.replace(/[.;]$/, '');
	return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}
