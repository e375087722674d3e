/** The timeline key's entries and sizes, shared by the legend and the chart that makes room for it. */
import { STATUSES } from '$lib/data/vocabularies';
import { layoutLegend, type LegendEntry } from '$lib/layout/timeline/layoutLegend';
import { STATUS_LABELS } from '$lib/ui/vocabulary';

export const LEGEND_ROW_HEIGHT = 20;
export const LEGEND_FONT_SIZE = 12;
export const LEGEND_SYMBOL_WIDTH = 28;
/** Title line and padding above the first row of entries. */
export const LEGEND_HEADER = 34;

export function timelineLegendEntries(showReportedOn: boolean): LegendEntry[] {
	return [
		...STATUSES.map((status) => ({ key: `status-${status}`, label: STATUS_LABELS[status].label })),
		{ key: 'mediator', label: 'Mediator or host' },
		{ key: 'window', label: 'Uncertain window' },
		{ key: 'bar', label: 'Lasts several days' },
		...(showReportedOn ? [{ key: 'reported-on', label: 'Source published' }] : [])
	];
}

export function layoutTimelineLegend(width: number, showReportedOn: boolean) {
	const legend = layoutLegend(timelineLegendEntries(showReportedOn), {
		width: width - 8,
		fontSize: LEGEND_FONT_SIZE,
		symbolWidth: LEGEND_SYMBOL_WIDTH
	});
	return { ...legend, height: LEGEND_HEADER + legend.rows * LEGEND_ROW_HEIGHT };
}
