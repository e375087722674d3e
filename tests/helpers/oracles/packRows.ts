/**
 * Lane packing in its plain form: items that would overlap horizontally go to separate rows.
 * Greedy interval partitioning (sorted by start, each item to the first row free at its start),
 * which uses as few rows as the overlaps require and gives the same answer for the same input.
 * The app packs with `packLaneRows` (typed arrays, a row cap); this is the reference it follows.
 */

export interface PackItem {
	key: string;
	/** Left and right edge, in any unit (pixels on screen). */
	start: number;
	end: number;
}

/** Row index (0 = top) for each item key; `gap` is the least space kept between neighbours. */
export function packRows(items: readonly PackItem[], gap = 0): Map<string, number> {
	const order = [...items].sort(
		(a, b) => a.start - b.start || a.end - b.end || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
	);
	const rowEnds: number[] = [];
	const rows = new Map<string, number>();
	for (const item of order) {
		let row = rowEnds.findIndex((end) => end + gap <= item.start);
		if (row === -1) row = rowEnds.length;
		rowEnds[row] = Math.max(item.end, item.start);
		rows.set(item.key, row);
	}
	return rows;
}
