/** The credit line of a chart shown outside the app: its sources, the data and its licence. */
import { formatDay, formatDayRange } from './time/dates';
import type { Dataset, DiplomaticEvent, Source } from './schema';
import { summarizeDataset } from './summarizeDataset';

/** "Outlet, “Title”, 3 Feb 2026", as a credit line names a source. */
export function describeSource(source: Source): string {
	const date = source.publishedAt
		? `, ${formatDay(source.publishedAt)}${source.publishedAtNote ? ' (date inferred)' : ''}`
		: '';
	return `${source.outlet}${source.title ? `, “${source.title}”` : ''}${date}`;
}

/**
 * "Source: Outlet, “Title”, 3 Feb 2026. Data: Title (CC BY 4.0). Made with Parley." With
 * `maxSources`, sources past that many are counted ("…; and 39 more sources"), for a credit
 * line that must stay short (an embed).
 */
export function datasetCredit(
	dataset: Pick<Dataset, 'meta' | 'sources'>,
	{ maxSources = Infinity }: { maxSources?: number } = {}
): string {
	const { meta, sources } = dataset;
	const primary = sources.filter((s) => meta.primarySourceIds?.includes(s.id) ?? true);
	const named = primary.length > maxSources ? primary.slice(0, maxSources) : primary;
	const rest = primary.length - named.length;
	const cited = named.map(describeSource).join('; ');
	const more = rest > 0 ? `; and ${rest.toLocaleString('en-GB')} more sources` : '';
	return `Source: ${cited ? cited + more : 'see dataset'}. Data: ${meta.title} (${meta.license}). Made with Parley.`;
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
