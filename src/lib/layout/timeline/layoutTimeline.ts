/**
 * The timeline's geometry for one zoom frame: lane bands, the visible marks, density bands where a
 * lane is too dense for its rows, connectors and the labels that fit. Only the visible window (plus
 * a margin) is laid out, found by binary search in the lane index, so a frame costs what it shows,
 * not what the dataset holds.
 */
import type { DiplomaticEvent } from '$lib/data/schema';
import type { LaneRole, TimelineLane } from './laneTypes';
import { binLane, binThresholds, chooseBinLevel, type LaneBin } from './densityBins';
import { bisectTime, markKeyAt, marksOfEvent, type TimelineIndex } from './laneIndex';
import { computeMarkGeometry, type MarkGeometry, type TimeToPixel } from './markGeometry';
import type { LanePacker, LanePacking } from './packLaneRows';
import { placeMarkLabels, shortenToFit, type Obstacle, type PlacedLabel } from './placeMarkLabels';
import { CHARACTER_WIDTH_EM } from '../text/estimateTextWidth';
export interface TimelineMetrics {
	/** Top of the first lane (room for the axis above). */
	top: number;
	/** Height of a lane's name line. */
	laneHeader: number;
	rowHeight: number;
	/** Row height of a lane holding only compact marks (events labelled in another lane). */
	compactRowHeight: number;
	/** Space after each lane. */
	laneGap: number;
	glyphRadius: number;
	/** Radius of a compact mark's glyph. */
	compactRadius: number;
	fontSize: number;
	/**
	 * Least space between neighbours in a row at the packing zoom: room for at least a
	 * shortened label after each mark, so labels seldom have to hide.
	 */
	labelReserve: number;
	/** Least space after a compact mark in its row. */
	compactGap: number;
}

export const DEFAULT_METRICS: TimelineMetrics = {
	top: 44,
	laneHeader: 18,
	rowHeight: 22,
	compactRowHeight: 15,
	laneGap: 10,
	glyphRadius: 6,
	compactRadius: 4.5,
	fontSize: 12,
	labelReserve: 64,
	compactGap: 3
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
	/** Height of each of its rows. */
	rowHeight: number;
}

export interface PlacedMark {
	/** `${eventId}@${laneKey}`: unique per mark. */
	key: string;
	eventId: string;
	/** The event itself, so that drawing a mark needs no lookup by id. */
	event: DiplomaticEvent;
	laneKey: string;
	laneIndex: number;
	role: LaneRole;
	/** Not the event's primary lane: a small glyph without a label. */
	compact: boolean;
	row: number;
	cy: number;
	time: number;
	geometry: MarkGeometry;
	/** Drawn over a density band because it is selected or focused. */
	pinned: boolean;
}

export interface DensityBand {
	/** `${laneKey}|${start}`: unique per band. */
	key: string;
	laneKey: string;
	laneIndex: number;
	/** The bin, [start, end) in ms. */
	start: number;
	end: number;
	/** Marks of the lane with their plotted time in the bin. */
	count: number;
	/** The bin on screen, clipped to the plot. */
	x0: number;
	x1: number;
	/** The lane's rows: the band's full height, and the bar whose height shows the count. */
	y0: number;
	y1: number;
	barY: number;
	/** Share of the largest count in view, (0, 1]. */
	share: number;
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
	bands: DensityBand[];
	connectors: Connector[];
	labels: PlacedLabel[];
	/** Bottom of the last lane. */
	bottom: number;
	/** The bins' interval ("1 month") and the time they cover, [start, end). */
	binLevel: string;
	binRange: [number, number];
}

/** Where a member lane's name starts, under its group's header. */
export const MEMBER_INDENT = 22;

/** Marks this far (in pixels) beyond either edge of the plot are still laid out. */
export const CULL_MARGIN_PX = 40;

export interface LayoutInput {
	index: TimelineIndex;
	/** Rows per lane and zoom octave (see LanePacker). */
	packer: LanePacker;
	/** The scale on screen now, and the time it shows across [0, width]. */
	x: TimeToPixel;
	domain: readonly [number, number];
	/** The zoom octave to pack at: floor(log2 k) of the zoom factor. */
	octave: number;
	/** The coarsest octave whose rows are kept when zooming in (the first window's). */
	fromOctave?: number;
	width: number;
	/** Events whose marks are drawn even inside a density band (the selected one). */
	pinned?: ReadonlySet<string>;
	/**
	 * The stretch of the chart's height on screen, [top, bottom] in its own pixels, or null for
	 * all of it. Lanes wholly outside it keep their place and label but draw no marks or bands
	 * (pinned events excepted): with hundreds of lanes, only those near the screen are drawn.
	 */
	yInView?: readonly [number, number] | null;
	/** Short label text for an event in a lane. */
	labelText: (event: DiplomaticEvent, role: LaneRole) => string;
	metrics?: TimelineMetrics;
}

export const markKey = (eventId: string, laneKey: string) => `${eventId}@${laneKey}`;

/** The time window laid out for a domain and width: the domain widened by the cull margin. */
export function cullWindow(domain: readonly [number, number], width: number): [number, number] {
	const margin = ((domain[1] - domain[0]) / Math.max(1, width)) * CULL_MARGIN_PX;
	return [domain[0] - margin, domain[1] + margin];
}

function laneBand(
	lane: TimelineLane,
	index: number,
	y0: number,
	rows: number,
	rowHeight: number,
	width: number,
	metrics: TimelineMetrics
): LaneBand {
	// Members are indented under their group's header (whose name follows its disclosure).
	const labelX = lane.depth === 1 ? MEMBER_INDENT : 6;
	// Leave room for the event count printed after the name.
	const room = width - labelX - 40;
	const shownLabel = shortenToFit(lane.label, room, metrics.fontSize, 4) ?? lane.label.slice(0, 3);
	return {
		...lane,
		index,
		shownLabel,
		labelX,
		y0,
		y1: y0 + metrics.laneHeader + rows * rowHeight,
		labelY: y0 + metrics.laneHeader - 5,
		rows,
		rowHeight
	};
}

export function layoutTimeline({
	index,
	packer,
	x,
	domain,
	octave,
	fromOctave = 0,
	width,
	pinned = new Set(),
	yInView = null,
	labelText,
	metrics = DEFAULT_METRICS
}: LayoutInput): TimelineLayout {
	const [start, end] = cullWindow(domain, width);
	const level = chooseBinLevel((domain[1] - domain[0]) / Math.max(1, width));
	const thresholds = binThresholds(level, start, end);
	const binRange: [number, number] = [thresholds[0]!, thresholds.at(-1)!];
	// Bands stop at the plot's edges, on screen and in an export of the view.
	const clamp = (value: number) => Math.max(0, Math.min(width, value));

	let y = metrics.top;
	const lanes: LaneBand[] = [];
	const marks: (PlacedMark & { rank: number })[] = [];
	const bands: DensityBand[] = [];
	// Lanes out of view: where their marks would be, for connectors that leave the view.
	const culled = new Map<
		number,
		{ packing: LanePacking; bins: LaneBin[]; rowsTop: number; rowHeight: number }
	>();
	let most = 1;
	for (const lane of index.lanes) {
		const packing = packer.forZoom(lane, octave, fromOctave);
		const rowHeight = lane.primaryCount > 0 ? metrics.rowHeight : metrics.compactRowHeight;
		// A group's header without events of its own is its name line alone.
		const rows = lane.times.length === 0 ? 0 : packing.rowCount;
		const band = laneBand(lane.lane, lane.index, y, rows, rowHeight, width, metrics);
		lanes.push(band);
		y = band.y1 + metrics.laneGap;
		const rowsTop = band.y0 + metrics.laneHeader;
		const inView = yInView === null || (band.y1 >= yInView[0] && band.y0 <= yInView[1]);
		const bins = binLane(lane, packing, thresholds);
		if (!inView) culled.set(lane.index, { packing, bins, rowsTop, rowHeight });
		const place = (i: number, row: number, isPinned: boolean) => {
			marks.push({
				key: markKeyAt(lane, i),
				eventId: lane.events[i]!.id,
				event: lane.events[i]!,
				laneKey: lane.lane.key,
				laneIndex: lane.index,
				role: lane.roles[i]!,
				compact: lane.primary[i] === 0,
				row,
				cy: rowsTop + (row + 0.5) * rowHeight,
				time: lane.times[i]!,
				geometry: computeMarkGeometry(
					lane.events[i]!.date,
					x,
					lane.primary[i] === 0 ? metrics.compactRadius : metrics.glyphRadius
				),
				pinned: isPinned,
				rank: lane.ranks[i]!
			});
		};
		// Marks in bins that are not dense, then marks reaching into view from outside the bins.
		for (const bin of bins) {
			// Bars are scaled to the busiest band of every lane, drawn or not, so that they
			// keep their heights as the page scrolls.
			if (bin.dense) most = Math.max(most, bin.count);
			if (!inView) continue;
			if (bin.dense) {
				bands.push({
					key: `${lane.lane.key}|${bin.start}`,
					laneKey: lane.lane.key,
					laneIndex: lane.index,
					start: bin.start,
					end: bin.end,
					count: bin.count,
					x0: clamp(x(bin.start)),
					x1: clamp(x(bin.end)),
					y0: rowsTop,
					y1: band.y1,
					barY: band.y1,
					share: 0
				});
				continue;
			}
			for (let i = bin.lo; i < bin.hi; i++) {
				if (lane.spanEnd[i]! < start || lane.spanStart[i]! > end) continue;
				const row = packing.rows[i]!;
				if (row >= 0) place(i, row, false);
			}
		}
		// Marks reaching into view from beyond the bins (long windows and bars).
		const reaching = inView
			? ([
					[start - lane.maxReach, binRange[0]],
					[binRange[1], end + lane.maxReach]
				] as const)
			: [];
		for (const [from, to] of reaching) {
			for (let i = bisectTime(lane.times, from); i < lane.times.length; i++) {
				if (lane.times[i]! >= to) break;
				if (lane.spanEnd[i]! < start || lane.spanStart[i]! > end) continue;
				if (packing.rows[i]! >= 0) place(i, packing.rows[i]!, false);
			}
		}
		// Pinned events hidden in a band (or without a row, or in a lane out of view) are drawn
		// over it.
		for (const eventId of pinned) {
			for (const [laneIndex, i] of marksOfEvent(index, eventId)) {
				if (laneIndex !== lane.index) continue;
				if (lane.spanEnd[i]! < start || lane.spanStart[i]! > end) continue;
				const row = packing.rows[i]!;
				const bin = bins.find((b) => b.lo <= i && i < b.hi);
				if (inView && row >= 0 && !bin?.dense) {
					const key = markKeyAt(lane, i);
					const placed = marks.find((m) => m.key === key);
					if (placed) placed.pinned = true;
					continue;
				}
				place(i, Math.max(0, row), true);
			}
		}
	}

	for (const band of bands) {
		band.share = band.count / most;
		const height = Math.max(3, (band.y1 - band.y0 - 4) * band.share);
		band.barY = band.y1 - 2 - height;
	}
	// Event order, then lane order: the order the marks were drawn in before culling.
	marks.sort((a, b) => a.rank - b.rank || a.laneIndex - b.laneIndex);
	const placed: PlacedMark[] = marks.map(({ rank: _rank, ...mark }) => mark);

	// An event in several lanes: one line from its topmost to its lowest mark.
	const connectors: Connector[] = [];
	const marksByEvent = new Map<string, PlacedMark[]>();
	for (const mark of placed) {
		const list = marksByEvent.get(mark.eventId);
		if (list) list.push(mark);
		else marksByEvent.set(mark.eventId, [mark]);
	}
	// Where an event's mark would be in a lane out of view (none when the whole layout would
	// not draw it there either: outside the window, without a row, or inside a density band).
	const cyOutOfView = (laneIndex: number, i: number): number | null => {
		const out = culled.get(laneIndex);
		if (!out) return null;
		const lane = index.lanes[laneIndex]!;
		const row = out.packing.rows[i]!;
		if (row < 0 || lane.spanEnd[i]! < start || lane.spanStart[i]! > end) return null;
		if (out.bins.some((bin) => bin.lo <= i && i < bin.hi && bin.dense)) return null;
		return out.rowsTop + (row + 0.5) * out.rowHeight;
	};
	for (const [eventId, eventMarks] of marksByEvent) {
		const ys = eventMarks.map((mark) => mark.cy);
		if (culled.size > 0) {
			for (const [laneIndex, i] of marksOfEvent(index, eventId)) {
				const cy = cyOutOfView(laneIndex, i);
				if (cy !== null) ys.push(cy);
			}
		}
		if (ys.length < 2) continue;
		connectors.push({
			eventId,
			x: eventMarks[0]!.geometry.cx,
			y0: Math.min(...ys),
			y1: Math.max(...ys)
		});
	}

	// Labels may cross connectors (thin lines; the label's halo keeps it readable) but not
	// marks or density bands.
	const rowKeyOf = (mark: Pick<PlacedMark, 'laneKey' | 'row'>) => `${mark.laneKey}#${mark.row}`;
	const obstacles: Obstacle[] = bands.flatMap((band) =>
		Array.from({ length: lanes[band.laneIndex]!.rows }, (_, row) => ({
			rowKey: rowKeyOf({ laneKey: band.laneKey, row }),
			x0: band.x0,
			x1: band.x1
		}))
	);
	for (const mark of placed) {
		if (mark.compact)
			obstacles.push({ rowKey: rowKeyOf(mark), x0: mark.geometry.x0, x1: mark.geometry.x1 });
	}
	// Each event is labelled once, at its primary mark.
	const labels = placeMarkLabels(
		placed.flatMap((mark, j) =>
			mark.compact
				? []
				: [
						{
							key: mark.key,
							rowKey: rowKeyOf(mark),
							x0: mark.geometry.x0,
							x1: mark.geometry.x1,
							anchorX: mark.geometry.cx,
							// A window or bar reaching right of the glyph can carry the label.
							...(mark.geometry.x1 > mark.geometry.cx + 2 * metrics.glyphRadius
								? { inner: mark.geometry.cx + metrics.glyphRadius + 3 }
								: {}),
							group: mark.eventId,
							rowsBeside: [
								rowKeyOf({ laneKey: mark.laneKey, row: mark.row - 1 }),
								rowKeyOf({ laneKey: mark.laneKey, row: mark.row + 1 })
							],
							text: labelText(index.events[marks[j]!.rank]!, mark.role)
						}
					]
		),
		obstacles,
		// Rows of labelled marks have room for a second line (see MarkLabels).
		{ bounds: [0, width], fontSize: metrics.fontSize, maxLines: 2 }
	);

	return {
		lanes,
		marks: placed,
		bands,
		connectors,
		labels,
		bottom: y - metrics.laneGap,
		binLevel: level.name,
		binRange
	};
}

/** Characters of its summary a label keeps room for: a label reads as a sentence from here. */
export const LABEL_CHARACTERS = 40;

/**
 * The room a primary mark keeps after it for its label: `LABEL_CHARACTERS` characters of its
 * summary (or the whole summary when shorter), and the padding around them.
 */
export function labelRoom(summaryLength: number, fontSize: number, padding = 8): number {
	return Math.min(summaryLength, LABEL_CHARACTERS) * fontSize * CHARACTER_WIDTH_EM + padding;
}

/** A short title from a summary: its first sentence, at most `max` characters. */
export function shortTitle(summary: string, max = 90): string {
	// A sentence ends after a lower-case word, so "U.S. officials" is not cut after "U.S.".
	const sentence = summary.split(/(?<=[\p{Ll}\d)"'”’]{2}[.;!?])\s/u)[0]!.replace(/[.;]$/, '');
	return sentence.length <= max ? sentence : `${sentence.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A mark's label: the summary's first sentence, or the summary itself when that sentence is
 * shorter than `LABEL_CHARACTERS`, at most `max` characters.
 */
export function labelTitle(summary: string, max = 90): string {
	const sentence = shortTitle(summary, max);
	if (sentence.length >= LABEL_CHARACTERS || sentence.length === summary.length) return sentence;
	return summary.length <= max ? summary : `${summary.slice(0, max - 1).trimEnd()}…`;
}
