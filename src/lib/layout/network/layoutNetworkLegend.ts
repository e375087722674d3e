/**
 * The network key: each section (node kinds, contacts, …) starts a row with its bold title, its
 * entries (a swatch and text) follow and wrap under it.
 */
import { flowLegend, type LegendEntry } from '../legend/flowLegend';

export interface LegendSection {
	title: string;
	entries: LegendEntry[];
}

export interface LegendItemPlacement extends LegendEntry {
	x: number;
	y: number;
	/** Section titles are drawn bold, with no swatch. */
	isTitle: boolean;
}

export const LEGEND_SWATCH = 26;
const LEGEND_ROW = 20;
const ITEM_GAP = 14;

/** The key flowed into rows no wider than `width`: positions (text baselines) and total height. */
export function layoutNetworkLegend(
	sections: readonly LegendSection[],
	width: number,
	measure: (text: string) => number
): { items: LegendItemPlacement[]; height: number } {
	const items: LegendItemPlacement[] = [];
	let y = LEGEND_ROW / 2 + 4;
	for (const section of sections) {
		items.push({ key: `title:${section.title}`, label: section.title, x: 0, y, isTitle: true });
		const start = measure(section.title) + 10;
		const widths = section.entries.map((entry) => LEGEND_SWATCH + 6 + measure(entry.label));
		const { places, rows } = flowLegend(widths, {
			width,
			gap: ITEM_GAP,
			start,
			indent: Math.min(start, 24)
		});
		section.entries.forEach((entry, i) =>
			items.push({ ...entry, x: places[i]!.x, y: y + places[i]!.row * LEGEND_ROW, isTitle: false })
		);
		y += Math.max(rows - 1, 0) * LEGEND_ROW + LEGEND_ROW + 2;
	}
	return { items, height: sections.length === 0 ? 0 : y - LEGEND_ROW / 2 + 2 };
}
