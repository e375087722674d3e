/**
 * Rows for one lane at one zoom: greedy interval partitioning (marks by left edge, each to the
 * first row free at its start), except that a mark finding none of `maxRows` free is not placed:
 * the layout draws a density band there. Cached per lane and zoom octave, never run per frame.
 */
import type { LaneMarks } from './laneIndex';
import type { TimeToPixel } from './markGeometry';
import { packExtents } from './packExtents';

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
	/** Least space after a primary mark in its row (room for its label). */
	gap: number;
	/**
	 * The room a primary mark keeps after it, by its position in the lane (its label's width):
	 * `gap` when not given.
	 */
	labelRoom?: (lane: LaneMarks, i: number) => number;
	/**
	 * The most `labelRoom` ever gives, if known: the packer then asks `labelRoom` only for the
	 * marks it places and those near the plot's end, not for every mark of a lane.
	 */
	maxLabelRoom?: number;
	/**
	 * The plot's width on the base scale. A primary mark whose label would run past the end of
	 * the data (`plotWidth` scaled by the zoom) keeps its label's room before it instead, where
	 * the label will go.
	 */
	plotWidth?: number;
	/**
	 * Least space after a compact mark (an event's mark in a lane other than its primary one:
	 * no label, so it packs close to its neighbours). Defaults to `gap`.
	 */
	compactGap?: number;
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
	const { spans } = lane;
	const x0 = new Float64Array(n);
	const x1 = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const cx = x(lane.times[i]!);
		let left = cx - glyphRadius;
		let right = cx + glyphRadius;
		const e = lane.spanRow[i]!;
		const w0 = spans.windowStart[e]!;
		if (!Number.isNaN(w0)) {
			left = Math.min(left, x(w0));
			right = Math.max(right, x(spans.windowEnd[e]!));
		}
		const b0 = spans.barStart[e]!;
		if (!Number.isNaN(b0)) {
			left = Math.min(left, x(b0));
			right = Math.max(right, x(spans.barEnd[e]!));
		}
		x0[i] = left;
		x1[i] = right;
	}
	return { x0, x1 };
}

export function packLaneRows(lane: LaneMarks, x: TimeToPixel, options: PackOptions): LanePacking {
	const { x0, x1 } = markExtents(lane, x, options.glyphRadius);
	const extended = new Uint8Array(x0.length);
	for (let i = 0; i < x0.length; i++)
		extended[i] =
			Number.isNaN(lane.spans.windowStart[lane.spanRow[i]!]!) &&
			Number.isNaN(lane.spans.barStart[lane.spanRow[i]!]!)
				? 0
				: 1;
	const maxRows = options.maxRows ?? laneRowCap(lane.times.length);
	const after = roomAfter(lane, options);
	if (options.plotWidth !== undefined) {
		const cx = Float64Array.from(lane.times, (t) => x(t));
		roomBeforeAtEnd(cx, x0, after, extended, lane.primary, options.plotWidth, options);
	}
	return packExtents(x0, x1, extended, after, maxRows);
}

/**
 * Near the plot's right end, a primary mark's label goes to its left: its room is kept before
 * it (its left edge moves, and it keeps only the compact gap after it). Changes the arrays.
 */
function roomBeforeAtEnd(
	cx: Float64Array,
	x0: Float64Array,
	after: Float64Array,
	extended: Uint8Array,
	primary: Uint8Array,
	end: number,
	{ gap, compactGap = gap }: PackOptions
) {
	for (let i = 0; i < cx.length; i++) {
		if (!primary[i] || cx[i]! + after[i]! <= end) continue;
		x0[i] = Math.min(x0[i]!, cx[i]! - after[i]!);
		after[i] = compactGap;
		extended[i] = 1;
	}
}

/** The room each mark keeps after it in its row: its label's for a primary mark. */
export function roomAfter(
	lane: LaneMarks,
	{ gap, compactGap = gap, labelRoom }: PackOptions
): Float64Array {
	const n = lane.times.length;
	const after = new Float64Array(n);
	for (let i = 0; i < n; i++)
		after[i] = lane.primary[i] ? (labelRoom ? labelRoom(lane, i) : gap) : compactGap;
	return after;
}

/**
 * A time scale that is one straight line: d3's `scaleUtc().domain(domain).range(range)`
 * (unclamped). The packer maps a lane's times through it inline, with d3's own arithmetic, so
 * the pixels are the scale's to the last bit without a call through d3 for every mark.
 */
export interface LinearTimeScale {
	domain: readonly [number, number];
	range: readonly [number, number];
}

/** The scale as a function: d3-scale's normalize, then interpolateNumber. */
export function linearPixels({ domain, range }: LinearTimeScale): TimeToPixel {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const span = d1 - d0;
	if (!span) return () => r0 * 0.5 + r1 * 0.5;
	return (time) => {
		const t = (time - d0) / span;
		return r0 * (1 - t) + r1 * t;
	};
}

/**
 * A lane's marks on the base scale, computed once: plotted time and how far windows and bars reach
 * (±Infinity where none), so at zoom k a mark spans [min(k·time − r, k·left), max(k·time + r,
 * k·right)], as `markExtents` gives for x = k·base. A linear base computes its pixels on use.
 */
interface BaseExtents {
	pixels: { time: Float64Array; left: Float64Array; right: Float64Array } | null;
	/** 1 for a mark with a window or bar. */
	extended: Uint8Array;
	/**
	 * Room each mark keeps after it (see `roomAfter`), NaN until asked: a dense lane's
	 * packing places few of its marks, and only those, and the marks near the plot's end, ask.
	 */
	after: Float64Array;
	roomOf: (i: number) => number;
	/** Packings by octave, least recently used first; `keptPackings(n)` at most. */
	packings: Map<number, LanePacking>;
	/** Overflow by octave, kept for every octave packed: what `forZoom`'s search asks. */
	overflows: Map<number, number>;
}

function baseExtents(lane: LaneMarks, base: TimeToPixel | null, options: PackOptions): BaseExtents {
	const n = lane.times.length;
	const { spans, spanRow } = lane;
	const extended = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		const e = spanRow[i]!;
		if (spans.windowStart[e] === spans.windowStart[e] || spans.barStart[e] === spans.barStart[e])
			extended[i] = 1;
	}
	let pixels: BaseExtents['pixels'] = null;
	if (base !== null) {
		const time = new Float64Array(n);
		const left = new Float64Array(n).fill(Infinity);
		const right = new Float64Array(n).fill(-Infinity);
		for (let i = 0; i < n; i++) {
			time[i] = base(lane.times[i]!);
			const e = spanRow[i]!;
			const w0 = spans.windowStart[e]!;
			const b0 = spans.barStart[e]!;
			if (w0 === w0) {
				left[i] = base(w0);
				right[i] = base(spans.windowEnd[e]!);
			}
			if (b0 === b0) {
				left[i] = Math.min(left[i]!, base(b0));
				right[i] = Math.max(right[i]!, base(spans.barEnd[e]!));
			}
		}
		pixels = { time, left, right };
	}
	const { gap, compactGap = gap, labelRoom } = options;
	return {
		pixels,
		extended,
		after: new Float64Array(n).fill(NaN),
		roomOf: (i) => (lane.primary[i] ? (labelRoom ? labelRoom(lane, i) : gap) : compactGap),
		packings: new Map(),
		overflows: new Map()
	};
}

/**
 * Working arrays for one packing at a time (left and right edges, centres), reused across
 * lanes and octaves: a packing keeps only its rows, so nothing here outlives the call.
 */
let scratch = new Float64Array(0);
function scratchFor(n: number): [Float64Array, Float64Array, Float64Array] {
	if (scratch.length < 3 * n) scratch = new Float64Array(Math.max(3 * n, 2 * scratch.length));
	return [scratch.subarray(0, n), scratch.subarray(n, 2 * n), scratch.subarray(2 * n, 3 * n)];
}

/**
 * Marks whose packings a lane keeps, over all its octaves: a packing takes 5 bytes a mark, so
 * a lane keeps about 1.3 MB of them, or `MIN_KEPT_PACKINGS` packings if it is larger than that.
 */
export const KEPT_PACKING_MARKS = 2 ** 18;
/** Packings a lane keeps however large: the two a zoom level draws with, and room to go back. */
export const MIN_KEPT_PACKINGS = 4;

/** How many packings (octaves) a lane of `marks` marks keeps; others are packed again on use. */
export function keptPackings(marks: number): number {
	return Math.max(MIN_KEPT_PACKINGS, Math.floor(KEPT_PACKING_MARKS / Math.max(1, marks)));
}

/**
 * Packings per lane and zoom octave (zoom factor rounded down to a power of two), kept while the
 * lane's marks are the same object; a large lane keeps its last few (`keptPackings`). Zooming in,
 * a lane keeps the rows of the coarsest octave at which it fits without a band, so marks do not
 * jump rows; zoomed out past the fitted zoom, it packs at the current octave.
 */
export class LanePacker {
	readonly #lanes = new WeakMap<LaneMarks, BaseExtents>();
	readonly #baseX: TimeToPixel;
	readonly #linear: LinearTimeScale | null;
	readonly #options: PackOptions;

	/** `baseX`: the base scale, as a function or (faster) as the straight line it is. */
	constructor(baseX: TimeToPixel | LinearTimeScale, options: PackOptions) {
		this.#linear = typeof baseX === 'function' ? null : baseX;
		this.#baseX = typeof baseX === 'function' ? baseX : linearPixels(baseX);
		this.#options = options;
	}

	/** The packing of one lane at exactly `octave` (scale factor 2^octave of the base). */
	at(lane: LaneMarks, octave: number): LanePacking {
		const base = this.#base(lane);
		let packing = base.packings.get(octave);
		if (packing) {
			// Most recently used last.
			base.packings.delete(octave);
			base.packings.set(octave, packing);
			return packing;
		}
		const k = 2 ** octave;
		const r = this.#options.glyphRadius;
		const n = lane.times.length;
		const [x0, x1, centre] = scratchFor(n);
		if (base.pixels !== null) {
			const { time, left, right } = base.pixels;
			for (let i = 0; i < n; i++) {
				const cx = time[i]! * k;
				centre[i] = cx;
				x0[i] = Math.min(cx - r, left[i]! * k);
				x1[i] = Math.max(cx + r, right[i]! * k);
			}
		} else {
			// The linear base inline, as `linearPixels` computes it (d3's arithmetic).
			const [d0, d1] = this.#linear!.domain;
			const [r0, r1] = this.#linear!.range;
			const span = d1 - d0;
			const px = (time: number) => {
				if (!span) return r0 * 0.5 + r1 * 0.5;
				const t = (time - d0) / span;
				return r0 * (1 - t) + r1 * t;
			};
			for (let i = 0; i < n; i++) {
				const cx = px(lane.times[i]!) * k;
				centre[i] = cx;
				let left = cx - r;
				let right = cx + r;
				if (base.extended[i]) {
					let from = Infinity;
					let to = -Infinity;
					const { spans } = lane;
					const e = lane.spanRow[i]!;
					const w0 = spans.windowStart[e]!;
					const b0 = spans.barStart[e]!;
					if (w0 === w0) {
						from = px(w0);
						to = px(spans.windowEnd[e]!);
					}
					if (b0 === b0) {
						from = Math.min(from, px(b0));
						to = Math.max(to, px(spans.barEnd[e]!));
					}
					left = Math.min(left, from * k);
					right = Math.max(right, to * k);
				}
				x0[i] = left;
				x1[i] = right;
			}
		}
		const maxRows = this.#options.maxRows ?? laneRowCap(n);
		const plotWidth = this.#options.plotWidth;
		const { gap, compactGap = gap } = this.#options;
		let extended = base.extended;
		let moved: Uint8Array | null = null;
		if (plotWidth !== undefined) {
			// Near the plot's right end, a primary mark's label goes to its left (as
			// `roomBeforeAtEnd`): only marks within the longest label's room of the end can.
			const end = plotWidth * k;
			const bound = this.#options.maxLabelRoom ?? Infinity;
			for (let i = 0; i < n; i++) {
				if (!lane.primary[i]) continue;
				const cx = centre[i]!;
				if (cx + bound <= end) continue;
				let room = base.after[i]!;
				if (room !== room) room = base.after[i] = base.roomOf(i);
				if (cx + room <= end) continue;
				if (moved === null) {
					moved = new Uint8Array(n);
					extended = extended.slice();
				}
				x0[i] = Math.min(x0[i]!, cx - room);
				moved[i] = 1;
				extended[i] = 1;
			}
		}
		packing = packExtents(x0, x1, extended, base.after, maxRows, {
			roomOf: base.roomOf,
			moved,
			movedRoom: compactGap
		});
		base.packings.set(octave, packing);
		base.overflows.set(octave, packing.overflow);
		if (base.packings.size > keptPackings(n))
			base.packings.delete(base.packings.keys().next().value!);
		return packing;
	}

	/** The octaves whose packings the lane keeps now, least recently used first. */
	keptOctaves(lane: LaneMarks): number[] {
		return [...(this.#lanes.get(lane)?.packings.keys() ?? [])];
	}

	#base(lane: LaneMarks): BaseExtents {
		let base = this.#lanes.get(lane);
		if (!base) {
			base = baseExtents(lane, this.#linear ? null : this.#baseX, this.#options);
			this.#lanes.set(lane, base);
		}
		return base;
	}

	/** Marks that do not fit at `octave`, packing only if it never did. */
	#overflow(lane: LaneMarks, octave: number): number {
		return this.#base(lane).overflows.get(octave) ?? this.at(lane, octave).overflow;
	}

	/**
	 * The packing a lane is drawn with at `octave` (see the class comment). Zooming in only
	 * moves marks apart (centres spread, glyphs and gaps keep their size), so a lane that
	 * overflows at an octave overflows at every coarser one: one packing answers for a dense
	 * lane, and a binary search finds the coarsest fitting octave of a sparse one.
	 */
	forZoom(lane: LaneMarks, octave: number, fromOctave = 0): LanePacking {
		const here = this.at(lane, octave);
		// The search starts at `fromOctave` (the first window's zoom): rows made for a zoom
		// nobody looks at would stack marks that are apart on screen.
		const floor = Math.max(0, fromOctave);
		if (octave <= floor || here.overflow > 0) return here;
		let fits = octave;
		let lo = floor;
		while (lo < fits) {
			const mid = (lo + fits) >> 1;
			if (this.#overflow(lane, mid) === 0) fits = mid;
			else lo = mid + 1;
		}
		return fits === octave ? here : this.at(lane, fits);
	}
}

/** The zoom octave of a scale factor: floor(log2 k), with a little tolerance for rounding. */
export function zoomOctave(k: number): number {
	return Math.floor(Math.log2(k) + 1e-9);
}
