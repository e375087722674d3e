/**
 * The spreadsheet layout Parley reads and writes: the columns of the events CSV and the
 * actors CSV, what each holds and where it goes in the dataset. The README's "Bring your own
 * spreadsheet" describes the same table.
 */

/** What one column holds and where it goes in the dataset. */
export interface CsvColumn {
	name: string;
	/** A header without it cannot be read. */
	required: boolean;
	/** Several values separated by `;`. */
	multiple: boolean;
	/** Where it goes: a dotted path inside the record, or a source field for `source_*`. */
	field: string;
	description: string;
}

/** Separates several values in one cell, e.g. `witkoff; araghchi`. */
export const MULTI_VALUE_SEPARATOR = ';';

const column = (
	name: string,
	field: string,
	description: string,
	options: { required?: boolean; multiple?: boolean } = {}
): CsvColumn => ({
	name,
	field,
	description,
	required: options.required ?? false,
	multiple: options.multiple ?? false
});

export const EVENT_COLUMNS: readonly CsvColumn[] = [
	column('id', 'id', 'unique id: lowercase letters, digits, ".", "_" or "-"', { required: true }),
	column('date', 'date.value', 'the day to plot, YYYY-MM-DD', { required: true }),
	column('precision', 'date.precision', 'day, week, month, year or range', { required: true }),
	column(
		'earliest',
		'date.earliest',
		'first possible day; may be left empty when precision is day'
	),
	column('latest', 'date.latest', 'last possible day; may be left empty when precision is day'),
	column(
		'edtf',
		'date.edtf',
		'the date in EDTF (ISO 8601-2): 2024-03-12, 2024-03, 2024, 2024-03-06/2024-03-13, 2024-03~; read when date and precision are empty, written on export'
	),
	column('end', 'date.end', 'last day of a multi-day event'),
	column('timezone', 'date.timezone', 'IANA time zone of the place, e.g. Europe/Oslo'),
	column('date_note', 'date.note', 'the original wording of the date and how it was resolved'),
	column(
		'status',
		'status',
		'occurred, planned, tentative, postponed, cancelled, reported or claimed',
		{ required: true }
	),
	column('reported_at', 'reportedAt', 'when first reported, if not the same day'),
	column('cameo', 'type.cameo', 'CAMEO code, 2 to 4 digits, e.g. 042', { required: true }),
	column('cameo_label', 'type.cameoLabel', 'what the CAMEO code means', { required: true }),
	column('plover', 'type.plover', 'PLOVER category such as CONSULT; empty for none'),
	column('plover_mode', 'type.ploverMode', 'PLOVER mode'),
	column('source_actors', 'sourceActors', 'actor ids of who acts', {
		required: true,
		multiple: true
	}),
	column('target_actors', 'targetActors', 'actor ids of whom it is aimed at; may be empty', {
		multiple: true
	}),
	column('mediators', 'mediators', 'actor ids of go-betweens and hosts', { multiple: true }),
	column('location', 'location.actorId', 'actor id of the venue (or state) where it happened'),
	column('summary', 'summary', 'plain text in your own words, at most 600 characters', {
		required: true
	}),
	column('quote', 'evidence.quote', 'the sentence it rests on, verbatim, at most 400 characters', {
		required: true
	}),
	column(
		'unquoted',
		'evidence.unquoted',
		'coded-summary when the source gives no verbatim quote (then leave quote empty)'
	),
	column('source_url', 'source.url', 'http(s) address of the quoted source', { required: true }),
	column('source_outlet', 'source.outlet', 'who published it; defaults to the address’s host'),
	column('source_title', 'source.title', 'headline of the source'),
	column('source_published', 'source.publishedAt', 'publication day; empty when unknown'),
	column('source_accessed', 'source.accessedAt', 'day you read it', { required: true }),
	column('source_text', 'source.text', 'file name of a stored copy of the source text (.txt)'),
	column('confidence', 'confidence', 'high, medium or low', { required: true }),
	column('confidence_note', 'confidenceNote', 'why the confidence is not high'),
	column('related', 'related', 'relation:event-id, e.g. follows:talks-1', { multiple: true }),
	column('tags', 'tags', 'free tags', { multiple: true })
];

export const ACTOR_COLUMNS: readonly CsvColumn[] = [
	column('id', 'id', 'unique id: lowercase letters, digits, ".", "_" or "-"', { required: true }),
	column('name', 'name', 'the name to show', { required: true }),
	column('kind', 'kind', 'state, person, org, igo, venue or group', { required: true }),
	column('aliases', 'aliases', 'other names', { multiple: true }),
	column('country_code', 'countryCode', 'ISO 3166-1 alpha-3 code, e.g. NOR'),
	column('sector', 'sector', 'CAMEO/PLOVER sector such as GOV or MIL'),
	column('role', 'role', 'e.g. Foreign Minister of Norway, as of the events'),
	column('member_of', 'memberOf', 'ids of the states or bodies it belongs to', { multiple: true }),
	column('seat', 'seat', 'state or igo: id of the venue of its capital or headquarters'),
	column('lat', 'lat', 'venue latitude (WGS84, decimal point); with lon or not at all'),
	column('lon', 'lon', 'venue longitude (WGS84, decimal point); with lat or not at all'),
	column('coord_precision', 'coordPrecision', 'site, city, region or country'),
	column('wikidata', 'wikidata', 'Wikidata id such as Q20'),
	column('notes', 'notes', 'anything else')
];

/** Columns where an empty text (or list) is a value of its own, not an absent one. */
const EMPTY_TEXT_COLUMNS: ReadonlySet<string> = new Set([
	'date_note',
	'plover_mode',
	'confidence_note',
	'source_title',
	'sector',
	'role',
	'notes'
]);

export function holdsEmpty(column: CsvColumn): boolean {
	return column.multiple || EMPTY_TEXT_COLUMNS.has(column.name);
}
