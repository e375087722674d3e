/**
 * The events shown as a TimelineJS story. Every Parley string is escaped, since TimelineJS renders
 * its text as HTML; each slide carries `parley_date` (TimelineJS ignores it) so a week or range
 * window survives a round trip.
 */
import { formatEventDate } from '$lib/data/time/dates';
import { isMultiDay } from '$lib/data/time/eventSpan';
import type { Dataset, DiplomaticEvent, EventDate } from '$lib/data/schema';
import { escapeHtml } from './htmlToText';
import { PARLEY_DATE_KEY } from './parseTimelineJs';
import { timelineJsDate } from './timelineJsDates';
import { pluralWord } from '$lib/data/text/plural';

export interface TimelineJsSlide {
	unique_id: string;
	start_date: { year: number; month?: number; day?: number };
	end_date?: { year: number; month?: number; day?: number };
	display_date: string;
	text: { headline: string; text: string };
	group: string;
	[PARLEY_DATE_KEY]: {
		precision: EventDate['precision'];
		value: string;
		earliest: string;
		latest: string;
		end?: string;
	};
}

export interface TimelineJsStory {
	title: { text: { headline: string; text: string } };
	events: TimelineJsSlide[];
}

const lastOfMonth = (day: string) => {
	const [y, m] = day.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** The start (and end) TimelineJS shows: a month or year when the window is exactly one. */
function slideDates(date: EventDate) {
	const { earliest, latest } = date;
	if (
		earliest.endsWith('-01') &&
		latest === lastOfMonth(earliest) &&
		earliest.slice(0, 7) === latest.slice(0, 7)
	)
		return { start: timelineJsDate(earliest, 'month') };
	if (earliest.endsWith('-01-01') && latest === `${earliest.slice(0, 4)}-12-31`)
		return { start: timelineJsDate(earliest, 'year') };
	if (date.precision === 'day' || earliest === latest) {
		const end = isMultiDay(date) ? timelineJsDate(date.end!, 'day') : undefined;
		return { start: timelineJsDate(date.value, 'day'), end };
	}
	return { start: timelineJsDate(earliest, 'day'), end: timelineJsDate(latest, 'day') };
}

export function writeTimelineJs(
	dataset: Pick<Dataset, 'meta' | 'sources'>,
	events: readonly DiplomaticEvent[],
	laneOf: (event: DiplomaticEvent) => string
): TimelineJsStory {
	const sources = new Map(dataset.sources.map((source) => [source.id, source]));
	const sourceLink = (sourceId: string) => {
		const source = sources.get(sourceId);
		if (!source) return escapeHtml(sourceId);
		const name = escapeHtml(source.title ?? source.outlet);
		return /^https?:\/\//i.test(source.url)
			? `<a href="${escapeHtml(source.url)}">${name}</a> (${escapeHtml(source.outlet)})`
			: name;
	};
	return {
		title: {
			text: {
				headline: escapeHtml(dataset.meta.title),
				text: `<p>${escapeHtml(dataset.meta.description ?? '')}</p><p>Exported from Parley: ${events.length} ${pluralWord(events.length, 'event')}. License: ${escapeHtml(dataset.meta.license)}.</p>`
			}
		},
		events: events.map((event) => {
			const { start, end } = slideDates(event.date);
			const evidence = event.evidence
				.map((item) =>
					item.quote === undefined
						? `<p>No verbatim quote; coded summary from ${sourceLink(item.sourceId)}.</p>`
						: `<blockquote>“${escapeHtml(item.quote)}”</blockquote><p>— ${sourceLink(item.sourceId)}</p>`
				)
				.join('');
			return {
				unique_id: event.id,
				start_date: start,
				...(end ? { end_date: end } : {}),
				display_date: formatEventDate(event.date),
				text: { headline: escapeHtml(event.summary), text: evidence },
				group: escapeHtml(laneOf(event)),
				[PARLEY_DATE_KEY]: {
					precision: event.date.precision,
					value: event.date.value,
					earliest: event.date.earliest,
					latest: event.date.latest,
					...(event.date.end ? { end: event.date.end } : {})
				}
			};
		})
	};
}
