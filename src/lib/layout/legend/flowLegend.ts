/** Legend entries flowed into rows like words in a paragraph: the timeline's and the network's. */

export interface LegendEntry {
	key: string;
	label: string;
	/** The class that colours the entry's symbol, if any. */
	colour?: string;
}

export interface LegendFlowOptions {
	/** The widest a row may be. */
	width: number;
	/** Space between two entries on a row. */
	gap: number;
	/** Where the first entry starts (after a title on the same row). */
	start?: number;
	/** Where a wrapped row starts. */
	indent?: number;
}

/**
 * Where each entry of the given widths goes: on the current row while it fits, else at the
 * start of the next (an entry wider than the row still takes a row of its own). `rows` counts
 * the rows the entries take, 0 for none.
 */
export function flowLegend(
	widths: readonly number[],
	{ width, gap, start = 0, indent = 0 }: LegendFlowOptions
): { places: { x: number; row: number }[]; rows: number } {
	const places: { x: number; row: number }[] = [];
	let x = start;
	let row = 0;
	for (const entryWidth of widths) {
		if (x + entryWidth > width && x > indent) {
			x = indent;
			row += 1;
		}
		places.push({ x, row });
		x += entryWidth + gap;
	}
	return { places, rows: widths.length === 0 ? 0 : row + 1 };
}
