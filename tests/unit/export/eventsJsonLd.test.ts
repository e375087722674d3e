import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/schema';
import {
	buildEventsJsonLd,
	EVENT_STATUS,
	jsonLdDate,
	jsonLdScriptTag
} from '../../../src/lib/export/eventsJsonLd';

const realShaped = (): Dataset =>
	JSON.parse(readFileSync('tests/fixtures/realShaped/dataset.json', 'utf8')) as Dataset;

type Node = Record<string, unknown>;
const graphOf = (dataset: Dataset) =>
	(buildEventsJsonLd(dataset, { datasetFile: 'events.json' })['@graph'] as Node[]) ?? [];

describe('buildEventsJsonLd(dataset)', () => {
	it('buildEventsJsonLd(dataset) describes the dataset and each of its events, without changing it', () => {
		const dataset = realShaped();
		const before = structuredClone(dataset);
		const graph = graphOf(dataset);
		expect(dataset).toEqual(before);
		const [first, ...events] = graph;
		expect(first).toMatchObject({
			'@type': 'Dataset',
			name: dataset.meta.title,
			license: dataset.meta.license,
			distribution: { '@type': 'DataDownload', contentUrl: 'events.json' }
		});
		expect(events.map((e) => e.identifier)).toEqual(dataset.events.map((e) => e.id));
		for (const node of events) {
			expect(node['@type']).toBe('Event');
			expect(typeof node.name).toBe('string');
			expect(node.startDate).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
			expect(node.url).toBe(`./?event=${encodeURIComponent(String(node.identifier))}`);
		}
	});

	it.each([
		['occurred', 'https://schema.org/EventScheduled'],
		['planned', 'https://schema.org/EventScheduled'],
		['postponed', 'https://schema.org/EventPostponed'],
		['cancelled', 'https://schema.org/EventCancelled'],
		['claimed', null]
	] as const)('EVENT_STATUS[%j] is %j', (status, expected) => {
		expect(EVENT_STATUS[status]).toBe(expected);
	});

	it('buildEventsJsonLd(dataset) maps each status, and an event that reschedules another is EventRescheduled with the earlier date', () => {
		const dataset = realShaped();
		const graph = new Map(graphOf(dataset).map((node) => [node.identifier, node]));
		const byId = new Map(dataset.events.map((e) => [e.id, e]));
		let rescheduled = 0;
		for (const event of dataset.events) {
			const node = graph.get(event.id)!;
			const link = event.related?.find((r) => r.relation === 'reschedules');
			if (link) {
				rescheduled++;
				expect(node.eventStatus).toBe('https://schema.org/EventRescheduled');
				expect(node.previousStartDate).toBe(jsonLdDate(byId.get(link.eventId)!.date));
			} else if (EVENT_STATUS[event.status]) {
				expect(node.eventStatus).toBe(EVENT_STATUS[event.status]);
			} else expect(node).not.toHaveProperty('eventStatus');
		}
		expect(rescheduled).toBeGreaterThan(0);
	});

	it('buildEventsJsonLd(dataset) gives the place with its coordinates, the actors and the sources', () => {
		const dataset = realShaped();
		const actors = new Map(dataset.actors.map((a) => [a.id, a]));
		const graph = new Map(graphOf(dataset).map((node) => [node.identifier, node]));
		const located = dataset.events.find((e) => {
			const venue = e.location && actors.get(e.location.actorId);
			return venue?.lat !== undefined;
		})!;
		const venue = actors.get(located.location!.actorId)!;
		expect(graph.get(located.id)!.location).toMatchObject({
			name: venue.name,
			geo: { latitude: venue.lat, longitude: venue.lon }
		});
		const attendees = graph.get(located.id)!.attendee as Node[];
		expect(attendees.map((a) => a.name)).toEqual(
			expect.arrayContaining(located.sourceActors.map((id) => actors.get(id)!.name))
		);
		expect((graph.get(located.id)!.subjectOf as Node[])[0]).toMatchObject({
			'@type': 'CreativeWork'
		});
	});
});

describe('jsonLdDate(date) and jsonLdScriptTag(data)', () => {
	it.each([
		[
			{ value: '2024-03-12', precision: 'day', earliest: '2024-03-12', latest: '2024-03-12' },
			'2024-03-12'
		],
		[
			{ value: '2024-03-16', precision: 'month', earliest: '2024-03-01', latest: '2024-03-31' },
			'2024-03'
		],
		[
			{ value: '2024-07-01', precision: 'year', earliest: '2024-01-01', latest: '2024-12-31' },
			'2024'
		],
		[
			{ value: '2024-03-06', precision: 'range', earliest: '2024-03-06', latest: '2024-03-13' },
			'2024-03-06'
		]
	] as const)('jsonLdDate(%j) is %j', (date, expected) => {
		expect(jsonLdDate(date)).toBe(expected);
	});

	it('jsonLdScriptTag(data) cannot be closed or commented out by the text it carries', () => {
		const data = { name: '</script><script>alert(1)</script><!--' };
		const tag = jsonLdScriptTag(data);
		const body = tag.slice('<script type="application/ld+json">'.length, -'</script>'.length);
		expect(body).not.toMatch(/<\/script|<!--/i);
		expect(JSON.parse(body)).toEqual(data);
	});
});
