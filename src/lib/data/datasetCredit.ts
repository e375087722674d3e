/** The credit line of a chart shown outside the app: its sources, the data and its licence. */
import { formatDay, formatDayRange } from './dates';
import type { Dataset, DiplomaticEvent } from './schema';
import { summarizeDataset } from './summarizeDataset';

/** "Source: Outlet, “Title”, 3 Feb 2026. Data: Title (CC BY 4.0). Made with Parley." */
export function datasetCredit(dataset: Pick<Dataset, 'meta' | 'sources'>): string {
	const { meta, sources } = dataset;
	const primary = sources.filter((s) => meta.primarySourceIds?.includes(s.id) ?? true);
	const cited = primary
		.map((s) => {
			const date = s.publishedAt
				? `, ${formatDay(s.publishedAt)}${s.publishedAtNote ? ' (date inferred)' : ''}`
				: '';
			return `${s.outlet}${s.title ? `, “${s.title}”` : ''}${date}`;
		})
		.join('; ');
	return `Source: ${cited || 'see dataset'}. Data: ${meta.title} (${meta.license}). Made with Parley.`;
}

/**
 * The dates a chart shows, in words: the timeline's window when it has one, else the span of
 * the events shown ("1–6 Feb 2026", "no events").
 */
export function describeShownRange(
	dataset: Dataset,
	shownEvents: readonly DiplomaticEvent[],
	window: readonly [number, number] | null
): string {
	if (window) {
		const [start, end] = window.map((ms) => new Date(ms).toISOString().slice(0, 10));
		return formatDayRange(start!, end!);
	}
	const span = summarizeDataset({ ...dataset, events: shownEvents as DiplomaticEvent[] }).span;
	return span ? formatDayRange(span.first, span.last) : 'no events';
}
