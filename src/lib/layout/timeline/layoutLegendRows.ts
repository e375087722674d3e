/** The timeline key's entries in rows that fit the chart's width, each a symbol and its label. */
import { flowLegend, type LegendEntry } from '../legend/flowLegend';
import { estimateTextWidth } from '../text/estimateTextWidth';

export interface PlacedLegendEntry extends LegendEntry {
	x: number;
	/** Row index, 0 at the top. */
	row: number;
	width: number;
}

export interface LegendRowsOptions {
	width: number;
	fontSize: number;
	/** Room for the symbol before the text. */
	symbolWidth: number;
	gap?: number;
}

export function layoutLegendRows(
	entries: readonly LegendEntry[],
	{ width, fontSize, symbolWidth, gap = 16 }: LegendRowsOptions
): { entries: PlacedLegendEntry[]; rows: number } {
	const widths = entries.map((entry) => symbolWidth + estimateTextWidth(entry.label, fontSize));
	const { places, rows } = flowLegend(widths, { width, gap });
	return {
		entries: entries.map((entry, i) => ({ ...entry, ...places[i]!, width: widths[i]! })),
		rows
	};
}
