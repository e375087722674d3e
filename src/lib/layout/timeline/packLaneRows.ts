/**
 * Rows for one lane at one zoom, with a cap: greedy interval partitioning as in `packRows`
 * (sorted by left edge, each mark to the first row free at its start), but a mark that finds
 * none of the `maxRows` rows free is not placed. Those marks are where the lane is denser than
 * can be read; the layout draws a density band there instead. Pure, and cached by the caller
 * per lane and zoom octave, so it runs once per dataset change and zoom level, never per frame.
 */
import type { LaneMarks } from './laneIndex';
import type { TimeToPixel } from './markGeometry';

/** Most rows a lane may have: beyond this, a stretch is drawn as a density band. */
export const MAX_LANE_ROWS = 6;
/**
 * A lane with few marks in all may use more rows, so that a small dataset's clusters (the
 * bundled one puts 20 of its 24 events in one week) keep every mark and label: its height and
 * element count stay bounded by its size.
 */
export const SMALL_LANE_MARKS = 60;
export const MAX_SMALL_LANE_ROWS = 24;

/** The row cap of a lane with `marks` marks in all. */
export function laneRowCap(marks: number): number {
	return marks <= SMALL_LANE_MARKS ? MAX_SMALL_LANE_ROWS : MAX_LANE_ROWS;
}

export interface LanePacking {
	/** Row of each mark (lane order, i.e. by plotted time); -1 when it did not fit. */
	rows: Int8Array;
	/** overflowBefore[i]: marks among the first i that did not fit (length n + 1). */
	overflowBefore: Uint32Array;
	/** Rows used (at least 1). */
	rowCount: number;
	/** Marks that did not fit. */
	overflow: number;
}

export interface PackOptions {
	glyphRadius: number;
	/** Least space between neighbours in a row (room for a label). */
	gap: number;
	/** Row cap; by default `laneRowCap` of the lane's size. */
	maxRows?: number;
}

/** Left and right pixel edge of each mark's drawing, as `computeMarkGeometry` computes them. */
export function markExtents(
	lane: LaneMarks,
	x: TimeToPixel,
	glyphRadius: number
): { x0: Float64Array; x1: Float64Array } {
	const n = lane.times.length;
	const x0 = new Float64Array(n);
	const x1 = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const cx = x(lane.times[i]!);
		let left = cx - glyphRadius;
		let right = cx + glyphRadius;
		const w0 = lane.windowStart[i]!;
		if (!Number.isNaN(w0)) {
			left = Math.min(left, x(w0));
			right = Math.max(right, x(lane.windowEnd[i]!));
		}
		const b0 = lane.barStart[i]!;
		if (!Number.isNaN(b0)) {
			left = Math.min(left, x(b0));
			right = Math.max(right, x(lane.barEnd[i]!));
		}
		x0[i] = left;
		x1[i] = right;
	}
	return { x0, x1 };
}

export function packLaneRows(
	lane: LaneMarks,
	x: TimeToPixel,
	{ glyphRadius, gap, maxRows = laneRowCap(lane.times.length) }: PackOptions
): LanePacking {
	const n = lane.times.length;
	const { x0, x1 } = markExtents(lane, x, glyphRadius);
	// By left edge, then right edge, then mark key (within a lane: event id). Lanes are in time
	// order, so this is often the order already: one linear check skips the sort. Ids are read
	// only on a tie.
	const before = (a: number, b: number) => {
		const d = x0[a]! - x0[b]! || x1[a]! - x1[b]!;
		if (d !== 0) return d;
		const idA = lane.events[a]!.id;
		const idB = lane.events[b]!.id;
		return idA < idB ? -1 : idA > idB ? 1 : 0;
	};
	let order: number[] | null = null;
	for (let i = 1; i < n; i++) {
		if (before(i - 1, i) > 0) {
			// A plain array: the engine's merge sort exploits the runs (a typed array's does not).
			order = Array.from({ length: n }, (_, k) => k).sort(before);
			break;
		}
	}
	const rows = new Int8Array(n).fill(-1);
	const rowEnds: number[] = [];
	let overflow = 0;
	for (let k = 0; k < n; k++) {
		const i = order === null ? k : order[k]!;
		const start = x0[i]!;
		let row = -1;
		for (let r = 0; r < rowEnds.length; r++) {
			if (rowEnds[r]! + gap <= start) {
				row = r;
				break;
			}
		}
		if (row === -1 && rowEnds.length < maxRows) row = rowEnds.length;
		if (row === -1) {
			overflow++;
			continue;
		}
		rowEnds[row] = Math.max(x1[i]!, start);
		rows[i] = row;
	}
	const overflowBefore = new Uint32Array(n + 1);
	for (let i = 0; i < n; i++) overflowBefore[i + 1] = overflowBefore[i]! + (rows[i]! < 0 ? 1 : 0);
	return { rows, overflowBefore, rowCount: Math.max(1, rowEnds.length), overflow };
}

/**
 * Packings per lane and zoom octave (the zoom factor rounded down to a power of two), made on
 * first use and kept. Zooming in, a lane keeps the rows of the coarsest octave (from the
 * fitted zoom up) at which it fits without a band, so its marks do not jump between rows;
 * zoomed out past the fitted zoom, it packs at the current octave.
 */
export class LanePacker {
	readonly #cache = new Map<string, LanePacking>();
	readonly #lanes: readonly LaneMarks[];
	readonly #baseX: TimeToPixel;
	readonly #options: PackOptions;

	constructor(lanes: readonly LaneMarks[], baseX: TimeToPixel, options: PackOptions) {
		this.#lanes = lanes;
		this.#baseX = baseX;
		this.#options = options;
	}

	/** The packing of one lane at exactly `octave` (scale factor 2^octave of the base). */
	at(laneIndex: number, octave: number): LanePacking {
		const key = `${laneIndex}:${octave}`;
		let packing = this.#cache.get(key);
		if (!packing) {
			const factor = 2 ** octave;
			const base = this.#baseX;
			const x = octave === 0 ? base : (time: number) => base(time) * factor;
			packing = packLaneRows(this.#lanes[laneIndex]!, x, this.#options);
			this.#cache.set(key, packing);
		}
		return packing;
	}

	/** The packing a lane is drawn with at `octave` (see the class comment). */
	forZoom(laneIndex: number, octave: number): LanePacking {
		if (octave <= 0) return this.at(laneIndex, octave);
		for (let o = 0; o < octave; o++) {
			const packing = this.at(laneIndex, o);
			if (packing.overflow === 0) return packing;
		}
		return this.at(laneIndex, octave);
	}
}

/** The zoom octave of a scale factor: floor(log2 k), with a little tolerance for rounding. */
export function zoomOctave(k: number): number {
	return Math.floor(Math.log2(k) + 1e-9);
}
