/** The one-line facts about a dataset (how many events, actors and sources, and its span), and its primary sources. */
import { formatDayRange } from './time/dates';
import { eventSpan } from './time/eventSpan';
import type { Dataset, Source } from './schema';
import { plural } from './text/plural';

export interface DatasetSummary {
	events: number;
	actors: number;
	sources: number;
	/** First and last day any event may cover, or null for a dataset without events. */
	span: { first: string; last: string } | null;
}

export function summarizeDataset(dataset: Dataset): DatasetSummary {
	let first: string | null = null;
	let last: string | null = null;
	for (const event of dataset.events) {
		const span = eventSpan(event.date);
		if (first === null || span.first < first) first = span.first;
		if (last === null || span.last > last) last = span.last;
	}
	return {
		events: dataset.events.length,
		actors: dataset.actors.length,
		sources: dataset.sources.length,
		span: first !== null && last !== null ? { first, last } : null
	};
}

/** "24 events, 31 actors, 1 source, 20 Jan – 13 Feb 2026" */
export function describeSummary(summary: DatasetSummary): string {
	const parts = [
		plural(summary.events, 'event'),
		plural(summary.actors, 'actor'),
		plural(summary.sources, 'source')
	];
	if (summary.span) parts.push(formatDayRange(summary.span.first, summary.span.last));
	return parts.join(', ');
}

/** The sources the dataset names as its primary ones (`meta.primarySourceIds`), or all of them. */
export function primarySources(dataset: Dataset): readonly Source[] {
	const primary = dataset.meta.primarySourceIds && new Set(dataset.meta.primarySourceIds);
	return primary ? dataset.sources.filter((source) => primary.has(source.id)) : dataset.sources;
}
