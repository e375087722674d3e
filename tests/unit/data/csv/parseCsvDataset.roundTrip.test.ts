import { synthetic, PROPERTY_TIMEOUT, SEEDS } from '../../../helpers/roundTripDatasets';
import fc from 'fast-check';
import { formatCsvTable } from '$lib/data/csv/writeCsv';
import { describe, expect, it } from 'vitest';
import { datasetToCsvTables } from '$lib/data/csv/datasetToCsv';
import { MULTI_VALUE_SEPARATOR, parseCsvDataset } from '$lib/data/csv/parseCsvDataset';
import type { Actor, Dataset, DiplomaticEvent } from '$lib/data/schema';
import { buildDataset } from '../../../fixtures/arbitraryDataset';

/**
 * What the spreadsheet pair can carry, in the shape `parseCsvDataset` gives back:
 * - every text exactly, white space at its ends, line breaks, quotes, separators and
 *   formula characters included, and an empty optional text as empty;
 * - every list, but not an item that holds ";" or starts or ends with white space (the
 *   export leaves it out and says so in its notices: see `expectedNotices`);
 * - one quote per event, its first (further quotes go in `more_quotes`, which is not read
 *   back), and sources are derived from the quoted source's address, with ids of their own;
 * - not carried at all: `meta` (a spreadsheet has none; Parley fills it in), relations, and an
 *   actor's `coordSourceId`; of a source only the address, outlet, title, publication and
 *   access days and the stored text's file name.
 */
const fitsList = (item: string) => !item.includes(MULTI_VALUE_SEPARATOR) && item.trim() === item;

function whatCsvCarries(dataset: Dataset, events: readonly DiplomaticEvent[]) {
	const list = (values: readonly string[] | undefined) => values?.filter(fitsList);
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const withoutUndefined = <T extends object>(record: T): T =>
		JSON.parse(JSON.stringify(record)) as T;

	const actors = dataset.actors.map((actor) => {
		const { coordSourceId: _dropped, ...rest } = actor;
		return withoutUndefined<Partial<Actor>>({
			...rest,
			aliases: list(actor.aliases),
			memberOf: list(actor.memberOf)
		});
	});
	const rows = events.map((event) => {
		const first = event.evidence[0]!;
		const source = sources.get(first.sourceId)!;
		return withoutUndefined({
			...event,
			evidence: [{ quote: first.quote!, url: source.url }],
			tags: list(event.tags)
		});
	});
	return { actors, events: rows };
}

/** One notice for each list item the CSV cannot hold. */
function expectedNotices(dataset: Dataset, events: readonly DiplomaticEvent[]) {
	const count = (values: readonly string[] | undefined) =>
		(values ?? []).filter((value) => !fitsList(value)).length;
	return {
		events: events.reduce((n, e) => n + count(e.tags), 0),
		actors: dataset.actors.reduce((n, a) => n + count(a.aliases) + count(a.memberOf), 0)
	};
}

/** The pair written as the browser writes it (formatCsvTable, after a byte-order mark), then read back by Parley. */
function csvRoundTrip(dataset: Dataset, events: readonly DiplomaticEvent[]) {
	const tables = datasetToCsvTables(dataset, events);
	const result = parseCsvDataset(
		{ name: 'events.csv', text: `\ufeff${formatCsvTable(tables.events)}` },
		{ name: 'actors.csv', text: `\ufeff${formatCsvTable(tables.actors)}` },
		{ today: dataset.meta.createdAt, missingSourceText: 'warning' }
	);
	expect(result.errors).toEqual([]);
	const back = result.dataset!;
	const urls = new Map(back.sources.map((s) => [s.id, s.url]));
	return {
		actors: back.actors,
		events: back.events.map((event) => ({
			...event,
			evidence: event.evidence.map((e) => ({ quote: e.quote, url: urls.get(e.sourceId) }))
		}))
	};
}

describe('CSV export: datasetToCsvTables → formatCsvTable → parseCsvDataset', () => {
	it.each(SEEDS)('%s reads back as all the CSV layout carries', (_, dataset) => {
		expect(csvRoundTrip(dataset, dataset.events)).toEqual(whatCsvCarries(dataset, dataset.events));
	});

	it(
		'an arbitrary valid dataset reads back as all the CSV layout carries, and the export names what it left out',
		() => {
			fc.assert(
				fc.property(fc.gen(), (g) => {
					const dataset = buildDataset(g);
					expect(csvRoundTrip(dataset, dataset.events)).toEqual(
						whatCsvCarries(dataset, dataset.events)
					);
					const tables = datasetToCsvTables(dataset, dataset.events);
					expect({
						events: tables.events.notices.length,
						actors: tables.actors.notices.length
					}).toEqual(expectedNotices(dataset, dataset.events));
				}),
				{ numRuns: 60, endOnFailure: true }
			);
		},
		PROPERTY_TIMEOUT
	);
});

describe('CSV export: counterexamples found, kept as regular tests', () => {
	it('white space, line breaks and formula characters at the ends of any text read back exactly', () => {
		const dataset = structuredClone(synthetic);
		const event = dataset.events[0]!;
		event.summary = `\t \r\n${event.summary}\n `;
		event.evidence[0]!.quote = `\n${event.evidence[0]!.quote}`;
		event.type.cameoLabel = ` -${event.type.cameoLabel}`;
		event.confidenceNote = '';
		event.date.note = '=1+1;@x,\t-2';
		dataset.actors[0]!.name = `\r${dataset.actors[0]!.name}\r`;
		dataset.actors[0]!.role = "Seat of government;=cmd|' /C calc'!A0";
		expect(csvRoundTrip(dataset, dataset.events)).toEqual(whatCsvCarries(dataset, dataset.events));
	});

	it('a tag holding ";" is left out of the CSV with a notice naming the event and the column', () => {
		const dataset = structuredClone(synthetic);
		const event = dataset.events[0]!;
		event.tags = ['round 4', 'talks; postponed', ' padded'];
		const tables = datasetToCsvTables(dataset, dataset.events);
		expect(tables.events.notices).toEqual([
			`Event "${event.id}", column tags: the value "talks; postponed" holds ";", which separates the values of a cell; it was left out of the CSV (the JSON export keeps it)`,
			`Event "${event.id}", column tags: the value " padded" starts or ends with white space, which a cell’s values lose; it was left out of the CSV (the JSON export keeps it)`
		]);
		const back = csvRoundTrip(dataset, dataset.events);
		expect(back.events[0]!.tags).toEqual(['round 4']);
	});

	it('a quote that starts with a tab (written as a neutralised formula) reads back exactly', () => {
		const dataset = structuredClone(synthetic);
		dataset.events[0]!.evidence[0]!.quote = `\t${dataset.events[0]!.evidence[0]!.quote}`;
		expect(csvRoundTrip(dataset, dataset.events)).toEqual(whatCsvCarries(dataset, dataset.events));
	});

	it('a field of an apostrophe and a tab reads back exactly', () => {
		const dataset = structuredClone(synthetic);
		dataset.actors[0]!.sector = "'\t";
		dataset.events[0]!.evidence[0]!.quote = `'\t${dataset.events[0]!.evidence[0]!.quote}`;
		expect(csvRoundTrip(dataset, dataset.events)).toEqual(whatCsvCarries(dataset, dataset.events));
	});

	it('coordinates JavaScript writes with an exponent (1e-7) read back as numbers', () => {
		const dataset = structuredClone(synthetic);
		const venue = dataset.actors.find((actor) => actor.lat !== undefined)!;
		venue.lat = 1e-7;
		venue.lon = -2.5e-8;
		const back = csvRoundTrip(dataset, dataset.events);
		expect(back.actors.find((actor) => actor.id === venue.id)).toMatchObject({
			lat: 1e-7,
			lon: -2.5e-8
		});
	});
});
