/**
 * Which rows of a long list to put in the DOM: those in (and near) the scroll viewport, with
 * the space of the rest kept by a spacer above and below so the scroll height is the full
 * list's. Rows may differ in height: each row's height is its measured one, or an estimate
 * until it has been drawn. Pure: numbers in, numbers out.
 */

/**
 * Top of every row from its height, plus the total as the last entry: `offsets[i]` is where
 * row i starts, `offsets[count]` the height of the whole list. O(count), one typed array.
 */
export function rowOffsets(count: number, heightOf: (index: number) => number): Float64Array {
	const offsets = new Float64Array(count + 1);
	for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + Math.max(0, heightOf(i));
	return offsets;
}

/** The first row whose bottom is below `y` (count when none): a binary search. */
export function rowAt(offsets: Float64Array, y: number): number {
	const count = offsets.length - 1;
	let lo = 0;
	let hi = count;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (offsets[mid + 1]! > y) hi = mid;
		else lo = mid + 1;
	}
	return lo;
}

export interface VisibleRows {
	/** First row drawn. */
	start: number;
	/** One past the last row drawn. */
	end: number;
	/** Height of the spacer above the drawn rows, and below them. */
	before: number;
	after: number;
}

/**
 * The rows to draw for a viewport from `top` to `bottom` (in the list's own coordinates: 0 is
 * the top of the first row; either may lie outside the list), with `overscan` rows more on
 * each side so a fast scroll does not show blank space.
 */
export function computeVisibleRows(
	offsets: Float64Array,
	top: number,
	bottom: number,
	overscan = 6
): VisibleRows {
	const count = offsets.length - 1;
	const total = offsets[count]!;
	if (count === 0) return { start: 0, end: 0, before: 0, after: 0 };
	const first = rowAt(offsets, Math.max(0, top));
	// Rows that start above the viewport's bottom.
	let last = rowAt(offsets, Math.max(0, bottom));
	if (last < count && offsets[last]! < bottom) last++;
	const start = Math.max(0, Math.min(first, count) - overscan);
	const end = Math.min(count, Math.max(last, start) + overscan);
	return { start, end, before: offsets[start]!, after: total - offsets[end]! };
}

/**
 * Where to scroll so row `index` is fully in a viewport of `height` starting at `top`: the
 * same `top` when it already is, else the nearest position that shows it (its top at the top
 * when it is taller than the viewport).
 */
export function scrollToShow(
	offsets: Float64Array,
	index: number,
	top: number,
	height: number
): number {
	const rowTop = offsets[index] ?? 0;
	const rowBottom = offsets[index + 1] ?? rowTop;
	if (rowTop < top || rowBottom - rowTop > height) return rowTop;
	if (rowBottom > top + height) return rowBottom - height;
	return top;
}

/** The row a page up or down lands on: a viewport's height of rows away, at least one. */
export function pageStep(
	offsets: Float64Array,
	index: number,
	height: number,
	direction: 1 | -1
): number {
	const count = offsets.length - 1;
	if (count === 0) return 0;
	const from = offsets[Math.max(0, Math.min(index, count - 1))]!;
	const target = rowAt(offsets, Math.max(0, from + direction * height));
	const next = direction > 0 ? Math.max(index + 1, target) : Math.min(index - 1, target);
	return Math.max(0, Math.min(count - 1, next));
}

/** A row's height, measured. */
export interface RowHeight {
	index: number;
	height: number;
}

/**
 * `offsets` with some rows at new heights: a copy, every row below a changed one moved by the
 * change. The same as `rowOffsets` over the new heights, without asking every row again: rows
 * measured while scrolling cost one pass of additions, however long the list. Indices outside
 * the list are ignored; of two changes to one row the later wins.
 */
export function resizeRows(offsets: Float64Array, changes: readonly RowHeight[]): Float64Array {
	const next = offsets.slice();
	const count = offsets.length - 1;
	const sorted = changes
		.filter(({ index }) => Number.isInteger(index) && index >= 0 && index < count)
		.map((change, order) => ({ ...change, order }))
		.sort((a, b) => a.index - b.index || a.order - b.order);
	let shift = 0;
	for (let c = 0; c < sorted.length; c++) {
		const { index, height } = sorted[c]!;
		const following = sorted[c + 1]?.index ?? count;
		if (following === index) continue;
		shift += Math.max(0, height) - (offsets[index + 1]! - offsets[index]!);
		for (let k = index + 1; k <= following; k++) next[k] = offsets[k]! + shift;
	}
	return next;
}
