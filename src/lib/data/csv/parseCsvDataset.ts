/**
 * A spreadsheet pair (an events CSV and an actors CSV) turned into a dataset in the Parley
 * format, so the same loader checks it. The column layout is a table here, and the README's
 * "Bring your own spreadsheet" describes it. Problems name the CSV file, row and column:
 * row 1 is the header, as a spreadsheet shows it.
 */
import { parseEdtfDate } from '$lib/formats/edtf';
import { quoteText } from '../text/bidi';
import { sourceIdFor } from './csvSourceId';
import {
	ACTOR_COLUMNS,
	EVENT_COLUMNS,
	MULTI_VALUE_SEPARATOR,
	type CsvColumn,
	holdsEmpty
} from './csvColumns';
import { chooseCsvSeparator, parseCsvRecords, unescapeFormula } from './csvText';
import type { Problem, ValidationResult, ValidateOptions } from '../validation/validateDataset';
import { validateDataset } from '../validation/validateDataset';

export { ACTOR_COLUMNS, EVENT_COLUMNS, MULTI_VALUE_SEPARATOR, type CsvColumn } from './csvColumns';
export { escapeFormula, unescapeFormula } from './csvText';

export interface CsvFile {
	/** The file name, used in every message. */
	name: string;
	text: string;
}

export interface CsvDatasetOptions extends ValidateOptions {
	/** Today, YYYY-MM-DD: the dataset's `meta.createdAt`, since a spreadsheet has none. */
	today: string;
}

type Table = 'events' | 'actors';

/** Where each record of the converted dataset came from, to place the loader's problems. */
interface Origins {
	files: Record<Table, string>;
	/** Spreadsheet row of each event and actor, by index in the dataset. */
	rows: Record<Table, number[]>;
	/** For each derived source: the events row that first named it. */
	sourceRows: number[];
}

export interface CsvConversion {
	/** The dataset in the JSON format, or null when a file could not be read at all. */
	raw: Record<string, unknown> | null;
	/** Problems of the CSV files themselves, already placed by file, row and column. */
	problems: Problem[];
	origins: Origins;
}

const csvProblem = (severity: Problem['severity'], path: string, message: string): Problem => ({
	severity,
	path,
	message,
	code: 'csv'
});

/** "events.csv row 4, column source_actors (item 2)" */
export function formatCsvPlace(file: string, row?: number, columnName?: string, item?: number) {
	let place = file;
	if (row !== undefined) place += ` row ${row}`;
	if (columnName !== undefined) place += `${row !== undefined ? ',' : ''} column ${columnName}`;
	if (item !== undefined) place += ` (item ${item})`;
	return place;
}

/** A header cell as people write it ("Source actors ") read as a column name ("source_actors"). */
function normaliseHeader(cell: string): string {
	return cell
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

interface ReadTable {
	header: string[];
	/** Rows with their spreadsheet row number, keyed by known column name. */
	rows: { row: number; cells: Map<string, string> }[];
	problems: Problem[];
}

function readTable(file: CsvFile, columns: readonly CsvColumn[], kind: Table): ReadTable {
	const problems: Problem[] = [];
	const text = file.text.replace(/^\uFEFF/, '');
	if (text.trim() === '') {
		problems.push(csvProblem('error', file.name, 'the file is empty'));
		return { header: [], rows: [], problems };
	}
	const known = new Map(columns.map((c) => [c.name, c]));
	const separator = chooseCsvSeparator(text, new Set(known.keys()), normaliseHeader);
	const parsed = parseCsvRecords(text, separator);
	for (const error of parsed.errors) {
		problems.push(
			csvProblem(
				'error',
				formatCsvPlace(file.name, error.row),
				error.kind === 'unclosed-quote'
					? 'a quoted cell is not closed: add the closing double quote (") or remove the opening one'
					: 'a quoted cell has a stray double quote; write a double quote inside a cell as ""'
			)
		);
	}
	const records = parsed.records;
	const header = (records[0] ?? []).map((cell) => normaliseHeader(cell.text));
	const matched = header.filter((name) => known.has(name));
	if (matched.length === 0) {
		problems.push(
			csvProblem(
				'error',
				formatCsvPlace(file.name, 1),
				`this does not look like a Parley ${kind} CSV: its first row must name the columns (${columns
					.filter((c) => c.required)
					.map((c) => c.name)
					.join(', ')} …); start from the ${kind} template`
			)
		);
		return { header, rows: [], problems };
	}
	const seen = new Set<string>();
	header.forEach((name, i) => {
		if (name === '') return;
		if (seen.has(name)) {
			problems.push(
				csvProblem(
					'error',
					formatCsvPlace(file.name, 1, name),
					`the column "${name}" appears twice (again in column ${i + 1}); keep one`
				)
			);
		} else if (!known.has(name)) {
			problems.push(
				csvProblem(
					'warning',
					formatCsvPlace(file.name, 1, name),
					'unknown column; it is ignored (check the spelling against the template)'
				)
			);
		}
		seen.add(name);
	});
	for (const required of columns.filter((c) => c.required)) {
		if (!seen.has(required.name)) {
			problems.push(
				csvProblem(
					'error',
					formatCsvPlace(file.name, 1),
					`the column "${required.name}" is missing (${required.description}); add it to the header row`
				)
			);
		}
	}
	const rows: ReadTable['rows'] = [];
	records.slice(1).forEach((record, i) => {
		const row = i + 2;
		if (record.every((cell) => !cell.quoted && cell.text === '')) return;
		if (record.length > header.length && record.slice(header.length).some((c) => c.text.trim())) {
			problems.push(
				csvProblem(
					'error',
					formatCsvPlace(file.name, row),
					`this row has ${record.length} cells but the header names ${header.length} columns; a cell may hold an unquoted separator`
				)
			);
		}
		const cells = new Map<string, string>();
		header.forEach((name, j) => {
			const column = known.get(name);
			const cell = record[j];
			if (!column || !cell || cells.has(name)) return;
			// An unquoted cell is already trimmed; a quoted one is verbatim, and `""` is an empty
			// text or list (absent is an empty cell) where the column can hold one.
			const value = unescapeFormula(cell.text);
			if (value !== '' || (cell.quoted && holdsEmpty(column))) cells.set(name, value);
		});
		rows.push({ row, cells });
	});
	return { header, rows, problems };
}

function splitMultiple(cell: string): string[] {
	return cell
		.split(MULTI_VALUE_SEPARATOR)
		.map((value) => value.trim())
		.filter((value) => value !== '');
}

/** A decimal number; also as JavaScript writes very small ones (1e-7). */
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** 59,91 as a spreadsheet in a comma-decimal language writes it. */
const DECIMAL_COMMA = /^[-+]?\d+,\d+$/;

/** Sets `record.a.b = value`, creating the objects on the way. */
function setPath(record: Record<string, unknown>, path: string, value: unknown) {
	const keys = path.split('.');
	let target = record;
	for (const key of keys.slice(0, -1)) {
		target[key] ??= {};
		target = target[key] as Record<string, unknown>;
	}
	target[keys[keys.length - 1]!] = value;
}

function buildActor(cells: Map<string, string>): Record<string, unknown> {
	const actor: Record<string, unknown> = {};
	for (const col of ACTOR_COLUMNS) {
		const cell = cells.get(col.name);
		if (cell === undefined) continue;
		if (col.multiple) actor[col.field] = splitMultiple(cell);
		else if ((col.name === 'lat' || col.name === 'lon') && NUMBER.test(cell)) {
			actor[col.field] = Number(cell);
		} else if ((col.name === 'lat' || col.name === 'lon') && DECIMAL_COMMA.test(cell)) {
			actor[col.field] = Number(cell.replace(',', '.'));
		} else actor[col.field] = cell;
	}
	return actor;
}

const SOURCE_FIELDS: Record<string, string> = {
	source_outlet: 'outlet',
	source_title: 'title',
	source_published: 'publishedAt',
	source_accessed: 'accessedAt',
	source_text: 'text'
};

/** Converts the pair without checking it against the format (the loader does that). */
export function convertCsvDataset(
	events: CsvFile,
	actors: CsvFile,
	options: Pick<CsvDatasetOptions, 'today'>
): CsvConversion {
	const origins: Origins = {
		files: { events: events.name, actors: actors.name },
		rows: { events: [], actors: [] },
		sourceRows: []
	};
	const eventTable = readTable(events, EVENT_COLUMNS, 'events');
	const actorTable = readTable(actors, ACTOR_COLUMNS, 'actors');
	const problems = [...eventTable.problems, ...actorTable.problems];
	if (problems.some((p) => p.severity === 'error')) {
		return { raw: null, problems, origins };
	}

	const actorRecords = actorTable.rows.map(({ row, cells }) => {
		origins.rows.actors.push(row);
		return buildActor(cells);
	});

	const sources: Record<string, unknown>[] = [];
	const sourceByUrl = new Map<string, { id: string; record: Record<string, unknown> }>();
	const takenIds = new Set<string>();
	let anyUnquoted = false;
	const eventRecords = eventTable.rows.map(({ row, cells }) => {
		origins.rows.events.push(row);
		const event: Record<string, unknown> = { targetActors: [] };
		for (const col of EVENT_COLUMNS) {
			if (col.field.startsWith('source.') || col.field.startsWith('evidence.')) continue;
			if (col.name === 'edtf') continue;
			const cell = cells.get(col.name);
			if (cell === undefined) continue;
			if (col.name === 'related') {
				event.related = splitMultiple(cell).map((item) => {
					const [relation, ...rest] = item.split(':');
					return rest.length > 0
						? { relation: relation!.trim(), eventId: rest.join(':').trim() }
						: { relation: '', eventId: item };
				});
			} else setPath(event, col.field, col.multiple ? splitMultiple(cell) : cell);
		}
		if (!cells.has('plover')) setPath(event, 'type.plover', null);
		const date = (event.date ?? {}) as Record<string, unknown>;
		const edtfCell = cells.get('edtf');
		if (edtfCell !== undefined && date.value === undefined && date.precision === undefined) {
			const read = parseEdtfDate(edtfCell);
			if (read.ok) {
				const { value, precision, earliest, latest, note } = read.date;
				Object.assign(date, { value, precision, earliest, latest });
				if (note !== undefined && date.note === undefined) date.note = note;
				event.date = date;
			} else {
				problems.push(csvProblem('error', formatCsvPlace(events.name, row, 'edtf'), read.message));
			}
		}
		if (date.precision === 'day' && typeof date.value === 'string') {
			date.earliest ??= date.value;
			date.latest ??= date.value;
		}

		const url = cells.get('source_url');
		let sourceId: string | undefined;
		if (url !== undefined) {
			let source = sourceByUrl.get(url);
			if (!source) {
				const id = sourceIdFor(cells.get('source_outlet'), url, takenIds);
				let outlet = cells.get('source_outlet');
				if (outlet === undefined) {
					try {
						outlet = new URL(url).hostname.replace(/^www\./, '');
					} catch {
						outlet = url;
					}
				}
				const record: Record<string, unknown> = { id, url, outlet, publishedAt: null };
				for (const [name, field] of Object.entries(SOURCE_FIELDS)) {
					const cell = cells.get(name);
					if (cell !== undefined && name !== 'source_outlet') record[field] = cell;
				}
				source = { id, record };
				sourceByUrl.set(url, source);
				sources.push(record);
				origins.sourceRows.push(row);
			} else {
				for (const [name, field] of Object.entries(SOURCE_FIELDS)) {
					const cell = cells.get(name);
					const first = source.record[field];
					if (cell !== undefined && first !== undefined && first !== cell) {
						problems.push(
							csvProblem(
								'warning',
								formatCsvPlace(events.name, row, name),
								`${quoteText(cell)} differs from ${quoteText(String(first))} given earlier for the same source_url; the first is used`
							)
						);
					}
				}
			}
			sourceId = source.id;
		}
		const quote = cells.get('quote');
		const unquoted = cells.get('unquoted');
		if (quote !== undefined || unquoted !== undefined || sourceId !== undefined) {
			const evidence: Record<string, unknown> = {};
			if (sourceId !== undefined) evidence.sourceId = sourceId;
			if (quote !== undefined) evidence.quote = quote;
			if (unquoted !== undefined) {
				evidence.unquoted = unquoted;
				anyUnquoted = true;
			}
			event.evidence = [evidence];
		}
		return event;
	});

	const raw = {
		// "unquoted" evidence is format 1.1; a sheet without it stays 1.0, as it always was.
		schemaVersion: anyUnquoted ? '1.1' : '1.0',
		meta: {
			title: `${events.name} and ${actors.name}`,
			createdAt: options.today,
			extractedBy: `spreadsheet import (${events.name}, ${actors.name})`,
			license: 'not stated in the spreadsheet'
		},
		sources,
		actors: actorRecords,
		events: eventRecords
	};
	return { raw, problems, origins };
}

const RECORD_PATH = /^(events|actors|sources)\[(\d+)\](?:\.(.*))?$/;

const EVENT_FIELD_TO_COLUMN = new Map(
	EVENT_COLUMNS.filter((c) => !c.field.startsWith('source.')).map((c) => [c.field, c.name])
);
const ACTOR_FIELD_TO_COLUMN = new Map(ACTOR_COLUMNS.map((c) => [c.field, c.name]));
const SOURCE_FIELD_TO_COLUMN = new Map([
	['url', 'source_url'],
	['id', 'source_url'],
	...Object.entries(SOURCE_FIELDS).map(([name, field]) => [field, name] as [string, string])
]);

/**
 * Where in the spreadsheet a loader problem's JSON path points: "events.csv row 5, column
 * date"; the path itself when it is not inside a record (e.g. the derived `meta`).
 */
export function locateCsvProblem(path: string, origins: Origins): string {
	const match = RECORD_PATH.exec(path);
	if (!match) {
		return path.startsWith('meta')
			? `the dataset details Parley fills in for a spreadsheet (${path})`
			: path;
	}
	const [, collection, indexText, rest = ''] = match;
	const index = Number(indexText);
	if (collection === 'sources') {
		const row = origins.sourceRows[index];
		const field = rest.split('.')[0] ?? '';
		return formatCsvPlace(origins.files.events, row, SOURCE_FIELD_TO_COLUMN.get(field));
	}
	const table = collection as Table;
	const file = origins.files[table];
	const row = origins.rows[table][index];
	if (rest === '') return formatCsvPlace(file, row);
	// "sourceActors[1]" → field sourceActors, item 2; "evidence[0].quote" → evidence.quote
	const itemMatch = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(rest);
	if (table === 'events' && itemMatch) {
		const [, field, itemText, sub] = itemMatch;
		if (field === 'evidence') {
			return formatCsvPlace(file, row, sub === 'sourceId' ? 'source_url' : 'quote');
		}
		const name = EVENT_FIELD_TO_COLUMN.get(field!);
		return formatCsvPlace(file, row, name, Number(itemText) + 1);
	}
	if (table === 'actors' && itemMatch) {
		const name = ACTOR_FIELD_TO_COLUMN.get(itemMatch[1]!);
		return formatCsvPlace(file, row, name, Number(itemMatch[2]) + 1);
	}
	if (table === 'events' && rest === 'date') {
		return formatCsvPlace(file, row, 'earliest and latest');
	}
	const map = table === 'events' ? EVENT_FIELD_TO_COLUMN : ACTOR_FIELD_TO_COLUMN;
	const name = map.get(rest) ?? (table === 'events' && rest === 'evidence' ? 'quote' : undefined);
	return formatCsvPlace(file, row, name ?? rest);
}

/**
 * Reads a spreadsheet pair and checks it with the same loader as a JSON dataset; every
 * problem is placed by CSV file, row and column.
 */
export function parseCsvDataset(
	events: CsvFile,
	actors: CsvFile,
	options: CsvDatasetOptions
): ValidationResult {
	const conversion = convertCsvDataset(events, actors, options);
	const csvErrors = conversion.problems.filter((p) => p.severity === 'error');
	const csvWarnings = conversion.problems.filter((p) => p.severity === 'warning');
	if (!conversion.raw) return { dataset: null, errors: csvErrors, warnings: csvWarnings };
	const result = validateDataset(conversion.raw, options);
	const place = (problem: Problem): Problem => ({
		...problem,
		path: locateCsvProblem(problem.path, conversion.origins)
	});
	return {
		dataset: result.dataset,
		errors: [...csvErrors, ...result.errors.map(place)],
		warnings: [...csvWarnings, ...result.warnings.map(place)],
		...(result.omitted ? { omitted: result.omitted } : {})
	};
}
