/**
 * A dataset as the spreadsheet pair Parley reads (events CSV and actors CSV, the layout of
 * parseCsvDataset.ts), for people who work in spreadsheets. A spreadsheet row holds one quote:
 * further quotes of an event go in an extra `more_quotes` column, which Parley ignores on the
 * way back in. A cell that a spreadsheet would run as a formula (=, +, -, @) is written with a
 * leading apostrophe, which Parley takes off again when it reads the file.
 */
import {
	ACTOR_COLUMNS,
	EVENT_COLUMNS,
	escapeFormula,
	MULTI_VALUE_SEPARATOR,
	type CsvColumn
} from './parseCsvDataset';
import type { Actor, Dataset, DiplomaticEvent, Source } from './schema';

export type CsvCell = string;

const join = (values: readonly string[] | undefined) =>
	(values ?? []).join(`${MULTI_VALUE_SEPARATOR} `);

function eventCell(event: DiplomaticEvent, column: CsvColumn, source: Source | undefined): CsvCell {
	switch (column.field) {
		case 'related':
			return join(event.related?.map((link) => `${link.relation}:${link.eventId}`));
		case 'evidence.quote':
			return event.evidence[0]?.quote ?? '';
		case 'location.actorId':
			return event.location?.actorId ?? '';
		case 'type.plover':
			return event.type.plover ?? '';
		case 'source.url':
			return source?.url ?? '';
		case 'source.outlet':
			return source?.outlet ?? '';
		case 'source.title':
			return source?.title ?? '';
		case 'source.publishedAt':
			return source?.publishedAt ?? '';
		case 'source.accessedAt':
			return source?.accessedAt ?? '';
		case 'source.text':
			return source?.text?.split('/').at(-1) ?? '';
	}
	const value = column.field
		.split('.')
		.reduce<unknown>(
			(record, key) => (record as Record<string, unknown> | undefined)?.[key],
			event
		);
	if (Array.isArray(value)) return join(value as string[]);
	return value === undefined || value === null ? '' : String(value);
}

function actorCell(actor: Actor, column: CsvColumn): CsvCell {
	const value = (actor as Record<string, unknown>)[column.field];
	if (Array.isArray(value)) return join(value as string[]);
	return value === undefined || value === null ? '' : String(value);
}

export interface CsvTables {
	events: { fields: string[]; data: CsvCell[][] };
	actors: { fields: string[]; data: CsvCell[][] };
}

/** The events (in the given order) and every actor of the dataset, as rows of cells. */
export function datasetToCsvTables(
	dataset: Dataset,
	events: readonly DiplomaticEvent[]
): CsvTables {
	const sources = new Map(dataset.sources.map((source) => [source.id, source]));
	return {
		events: {
			fields: [...EVENT_COLUMNS.map((c) => c.name), 'more_quotes'],
			data: events.map((event) => {
				const source = sources.get(event.evidence[0]?.sourceId ?? '');
				return [
					...EVENT_COLUMNS.map((column) => eventCell(event, column, source)),
					event.evidence
						.slice(1)
						.map((e) => e.quote)
						.join(' | ')
				].map(escapeFormula);
			})
		},
		actors: {
			fields: ACTOR_COLUMNS.map((c) => c.name),
			data: dataset.actors.map((actor) =>
				ACTOR_COLUMNS.map((column) => escapeFormula(actorCell(actor, column)))
			)
		}
	};
}
