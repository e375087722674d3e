/**
 * A dataset as the events and actors CSV pair Parley reads (csvColumns.ts). A row holds one
 * quote: an event's further quotes go in `more_quotes`, which the reader ignores. What a cell
 * cannot hold (a list item with `;` or white space at its ends) is left out and named in
 * `notices`, never changed; `formatCsvTable` (writeCsv.ts) quotes and escapes formulas.
 */
import { formatEdtf } from '$lib/formats/edtf';
import { ACTOR_COLUMNS, EVENT_COLUMNS, MULTI_VALUE_SEPARATOR, type CsvColumn } from './csvColumns';
import { quoteText } from '../text/bidi';
import type { Actor, Dataset, DiplomaticEvent, Source } from '../schema';

/** A cell's value; undefined is an absent value (an empty cell), '' an empty text or list. */
export type CsvCell = string | undefined;

export interface CsvTable {
	fields: string[];
	data: CsvCell[][];
	/** What the CSV cannot hold and was left out, one sentence each, naming record and column. */
	notices: string[];
}

export interface CsvTables {
	events: CsvTable;
	actors: CsvTable;
}

/** Why a list item cannot go into a `;`-separated cell, or null when it can. */
function unfitListItem(item: string): string | null {
	if (item.includes(MULTI_VALUE_SEPARATOR))
		return 'holds ";", which separates the values of a cell';
	if (item.trim() !== item) return 'starts or ends with white space, which a cell’s values lose';
	if (item === '') return 'is empty';
	return null;
}

type Place = (column: string) => string;

function listCell(
	values: readonly string[] | undefined,
	column: string,
	place: Place,
	notices: string[]
): CsvCell {
	if (values === undefined) return undefined;
	const kept: string[] = [];
	for (const value of values) {
		const reason = unfitListItem(value);
		if (reason === null) kept.push(value);
		else {
			notices.push(
				`${place(column)}: the value ${quoteText(value, 80)} ${reason}; it was left out of the CSV (the JSON export keeps it)`
			);
		}
	}
	return kept.join(`${MULTI_VALUE_SEPARATOR} `);
}

function eventCell(
	event: DiplomaticEvent,
	column: CsvColumn,
	source: Source | undefined,
	place: Place,
	notices: string[]
): CsvCell {
	switch (column.field) {
		case 'related':
			return event.related
				?.map((link) => `${link.relation}:${link.eventId}`)
				.join(`${MULTI_VALUE_SEPARATOR} `);
		case 'evidence.quote':
			return event.evidence[0]?.quote;
		case 'evidence.unquoted':
			return event.evidence[0]?.unquoted;
		case 'date.edtf':
			return formatEdtf(event.date);
		case 'location.actorId':
			return event.location?.actorId;
		case 'type.plover':
			return event.type.plover ?? undefined;
		case 'source.url':
			return source?.url;
		case 'source.outlet':
			return source?.outlet;
		case 'source.title':
			return source?.title;
		case 'source.publishedAt':
			return source?.publishedAt ?? undefined;
		case 'source.accessedAt':
			return source?.accessedAt;
		case 'source.text':
			return source?.text?.split('/').at(-1);
	}
	const value = column.field
		.split('.')
		.reduce<unknown>(
			(record, key) => (record as Record<string, unknown> | undefined)?.[key],
			event
		);
	if (Array.isArray(value)) return listCell(value as string[], column.name, place, notices);
	return value === undefined || value === null ? undefined : String(value);
}

function actorCell(actor: Actor, column: CsvColumn, place: Place, notices: string[]): CsvCell {
	const value = (actor as Record<string, unknown>)[column.field];
	if (Array.isArray(value)) return listCell(value as string[], column.name, place, notices);
	return value === undefined || value === null ? undefined : String(value);
}

/** The events (in the given order) and every actor of the dataset, as rows of cells. */
export function datasetToCsvTables(
	dataset: Dataset,
	events: readonly DiplomaticEvent[]
): CsvTables {
	const sources = new Map(dataset.sources.map((source) => [source.id, source]));
	const eventNotices: string[] = [];
	const actorNotices: string[] = [];
	const eventRows = events.map((event) => {
		const notices = eventNotices;
		const source = sources.get(event.evidence[0]?.sourceId ?? '');
		const place: Place = (column) => `Event ${quoteText(event.id)}, column ${column}`;
		const more = event.evidence.slice(1).map((e) => e.quote);
		return [
			...EVENT_COLUMNS.map((column) => eventCell(event, column, source, place, notices)),
			more.length > 0 ? more.join(' | ') : undefined
		];
	});
	const actorRows = dataset.actors.map((actor) => {
		const notices = actorNotices;
		const place: Place = (column) => `Actor ${quoteText(actor.id)}, column ${column}`;
		return ACTOR_COLUMNS.map((column) => actorCell(actor, column, place, notices));
	});
	return {
		events: {
			fields: [...EVENT_COLUMNS.map((c) => c.name), 'more_quotes'],
			data: eventRows,
			notices: eventNotices
		},
		actors: { fields: ACTOR_COLUMNS.map((c) => c.name), data: actorRows, notices: actorNotices }
	};
}
