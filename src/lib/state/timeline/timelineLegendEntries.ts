/** The timeline key's entries and sizes, shared by the legend and the chart that makes room for it. */
import { STATUSES } from '$lib/data/vocabularies';
import type { LegendEntry } from '$lib/layout/legend/flowLegend';
import { layoutLegendRows } from '$lib/layout/timeline/layoutLegendRows';
import { colourClass, type ColourAssignment } from '$lib/layout/timeline/markColours';
import { STATUS_LABELS } from '$lib/data/labels';

export const LEGEND_ROW_HEIGHT = 20;
export const LEGEND_FONT_SIZE = 12;
export const LEGEND_SYMBOL_WIDTH = 28;
/** Title line and padding above the first row of entries. */
export const LEGEND_HEADER = 34;

export interface TimelineLegendOptions {
	/** A dataset source has a publication day drawn across the chart. */
	reportedOn: boolean;
	/** Category colours to explain (one swatch per colour), or null. */
	colours: ColourAssignment | null;
	/** Statuses are coloured: their shapes in the key take their colours. */
	statusColours: boolean;
	/** Some events follow or reschedule others (threads are drawn). */
	threads: boolean;
	/** Some events were announced before (or reported after) their day. */
	announcements: boolean;
}

export function timelineLegendEntries(options: TimelineLegendOptions): LegendEntry[] {
	return [
		...(options.colours?.groups ?? []).map((group) => ({
			key: `colour-${group.slot}`,
			label: group.label,
			colour: colourClass(group.slot)
		})),
		...STATUSES.map((status, slot) => ({
			key: `status-${status}`,
			label: STATUS_LABELS[status].label,
			colour: options.statusColours ? colourClass(slot) : undefined
		})),
		{ key: 'mediator', label: 'Mediator or host' },
		{ key: 'window', label: 'Uncertain window' },
		{ key: 'bar', label: 'Lasts several days' },
		...(options.threads ? [{ key: 'thread', label: 'Follows or reschedules' }] : []),
		...(options.announcements ? [{ key: 'announced', label: 'Announced or first reported' }] : []),
		...(options.reportedOn ? [{ key: 'reported-on', label: 'Source published' }] : [])
	];
}

export function layoutTimelineLegend(width: number, options: TimelineLegendOptions) {
	const legend = layoutLegendRows(timelineLegendEntries(options), {
		width: width - 8,
		fontSize: LEGEND_FONT_SIZE,
		symbolWidth: LEGEND_SYMBOL_WIDTH
	});
	return { ...legend, height: LEGEND_HEADER + legend.rows * LEGEND_ROW_HEIGHT };
}
