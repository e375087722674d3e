/**
 * schema.org JSON-LD for a dataset's events, for the prerendered page: search engines and
 * citation tools read what the page shows. Each event is an `Event` with its status, date,
 * place, who took part and the sources it rests on; the dataset is a `Dataset` whose file is
 * published beside the page.
 */
import { safeHttpUrl } from '$lib/data/indexDataset';
import type { Actor, Dataset, DiplomaticEvent, EventStatus } from '$lib/data/schema';
import { shortTitle } from '$lib/layout/timeline/layoutTimeline';

type JsonLd = Record<string, unknown>;

const SCHEMA = 'https://schema.org/';

/**
 * Parley's status as schema.org's `eventStatus`. What happened or is planned is "scheduled"
 * (schema.org's default); a claim one party disputes gets no status rather than a false one.
 * An event that reschedules another is "rescheduled" whatever its own status (see below).
 */
export const EVENT_STATUS: Record<EventStatus, string | null> = {
	occurred: `${SCHEMA}EventScheduled`,
	planned: `${SCHEMA}EventScheduled`,
	tentative: `${SCHEMA}EventScheduled`,
	reported: `${SCHEMA}EventScheduled`,
	postponed: `${SCHEMA}EventPostponed`,
	cancelled: `${SCHEMA}EventCancelled`,
	claimed: null
};

/**
 * The date as ISO 8601 at its own precision: a day, `2024-03` for a month, `2024` for a year.
 * A week or a range gives the day Parley plots (its window is in the event's description).
 */
export function jsonLdDate(date: DiplomaticEvent['date']): string {
	if (date.precision === 'month') return date.value.slice(0, 7);
	if (date.precision === 'year') return date.value.slice(0, 4);
	return date.value;
}

function agent(actor: Actor): JsonLd {
	return {
		'@type': actor.kind === 'person' ? 'Person' : 'Organization',
		name: actor.name
	};
}

function place(actor: Actor): JsonLd {
	const geo =
		actor.lat !== undefined && actor.lon !== undefined
			? { geo: { '@type': 'GeoCoordinates', latitude: actor.lat, longitude: actor.lon } }
			: {};
	return { '@type': actor.kind === 'state' ? 'Country' : 'Place', name: actor.name, ...geo };
}

/**
 * The JSON-LD graph for a dataset. `pageAddress` is where the page is (relative addresses are
 * fine: they resolve against the page), `datasetFile` the published dataset file.
 */
export function buildEventsJsonLd(
	dataset: Dataset,
	{ pageAddress = './', datasetFile }: { pageAddress?: string; datasetFile?: string } = {}
): JsonLd {
	const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
	const sources = new Map(dataset.sources.map((source) => [source.id, source]));
	const events = new Map(dataset.events.map((event) => [event.id, event]));
	const people = (ids: readonly string[] | undefined) =>
		(ids ?? []).flatMap((id) => {
			const actor = actors.get(id);
			return actor && actor.kind !== 'venue' ? [agent(actor)] : [];
		});

	const eventNodes = dataset.events.map((event): JsonLd => {
		const rescheduled = event.related?.find((r) => r.relation === 'reschedules');
		const previous = rescheduled ? events.get(rescheduled.eventId) : undefined;
		const status = previous ? `${SCHEMA}EventRescheduled` : EVENT_STATUS[event.status];
		const venue = event.location ? actors.get(event.location.actorId) : undefined;
		const window =
			event.date.precision === 'day'
				? ''
				: ` (date: ${event.date.precision}, between ${event.date.earliest} and ${event.date.latest})`;
		const cited = [...new Set(event.evidence.map((e) => e.sourceId))].flatMap((id) => {
			const source = sources.get(id);
			const url = safeHttpUrl(source?.url);
			if (!source || !url) return [];
			return [
				{
					'@type': 'CreativeWork',
					url,
					...(source.title ? { headline: source.title } : {}),
					publisher: { '@type': 'Organization', name: source.outlet },
					...(source.publishedAt ? { datePublished: source.publishedAt } : {})
				}
			];
		});
		const attendees = people([...event.sourceActors, ...event.targetActors]);
		const organizers = people(event.mediators);
		return {
			'@type': 'Event',
			'@id': `${pageAddress}?event=${encodeURIComponent(event.id)}`,
			identifier: event.id,
			url: `${pageAddress}?event=${encodeURIComponent(event.id)}`,
			name: shortTitle(event.summary),
			description: `${event.summary}${window}`,
			startDate: jsonLdDate(event.date),
			...(event.date.end ? { endDate: event.date.end } : {}),
			...(status ? { eventStatus: status } : {}),
			...(previous ? { previousStartDate: jsonLdDate(previous.date) } : {}),
			...(venue ? { location: place(venue) } : {}),
			...(attendees.length > 0 ? { attendee: attendees } : {}),
			...(organizers.length > 0 ? { organizer: organizers } : {}),
			...(event.type.cameoLabel ? { keywords: event.type.cameoLabel } : {}),
			...(cited.length > 0 ? { subjectOf: cited } : {})
		};
	});

	const { meta } = dataset;
	const datasetNode: JsonLd = {
		'@type': 'Dataset',
		'@id': `${pageAddress}#dataset`,
		name: meta.title,
		...(meta.description ? { description: meta.description } : {}),
		license: meta.license,
		dateCreated: meta.createdAt,
		creator: { '@type': 'Organization', name: meta.extractedBy },
		...(meta.coverage
			? { temporalCoverage: `${meta.coverage.earliest}/${meta.coverage.latest}` }
			: {}),
		...(datasetFile
			? {
					distribution: {
						'@type': 'DataDownload',
						encodingFormat: 'application/json',
						contentUrl: datasetFile
					}
				}
			: {})
	};
	return { '@context': 'https://schema.org', '@graph': [datasetNode, ...eventNodes] };
}

/**
 * The `<script type="application/ld+json">` element: every "<" is escaped, so no text of the
 * dataset can close the element or open a comment. (A data block runs nothing: the page's
 * script policy does not apply to it.)
 */
export function jsonLdScriptTag(data: unknown): string {
	const json = JSON.stringify(data).replaceAll('<', '\\u003c');
	return `<script type="application/ld+json">${json}</script>`;
}
