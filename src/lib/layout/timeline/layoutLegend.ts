/** Legend entries flowed into rows that fit the chart's width, like words in a paragraph. */
import { estimateTextWidth } from '../text/estimateTextWidth';

export interface LegendEntry {
	key: string;
	label: string;
	/** The class that colours the entry's symbol, if any. */
	colour?: string;
}

export interface PlacedLegendEntry extends LegendEntry {
	x: number;
	/** Row index, 0 at the top. */
	row: number;
	width: number;
}

export interface LegendOptions {
	width: number;
	fontSize: number;
	/** Room for the symbol before the text. */
	symbolWidth: number;
	gap?: number;
}

export function layoutLegend(
	entries: readonly LegendEntry[],
	{ width, fontSize, symbolWidth, gap = 16 }: LegendOptions
): { entries: PlacedLegendEntry[]; rows: number } {
	const placed: PlacedLegendEntry[] = [];
	let x = 0;
	let row = 0;
	for (const entry of entries) {
		const entryWidth = symbolWidth + estimateTextWidth(entry.label, fontSize);
		if (x > 0 && x + entryWidth > width) {
			row += 1;
			x = 0;
		}
		placed.push({ ...entry, x, row, width: entryWidth });
		x += entryWidth + gap;
	}
	return { entries: placed, rows: entries.length === 0 ? 0 : row + 1 };
}
