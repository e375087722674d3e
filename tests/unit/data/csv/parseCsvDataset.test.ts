import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/data/schema';
import {
	ACTOR_COLUMNS,
	EVENT_COLUMNS,
	locateCsvProblem,
	parseCsvDataset,
	type CsvFile
} from '../../../../src/lib/data/csv/parseCsvDataset';

const TODAY = '2024-06-01';
const EVENT_HEADER = EVENT_COLUMNS.map((c) => c.name).join(',');
const ACTOR_HEADER = ACTOR_COLUMNS.map((c) => c.name).join(',');

/** A CSV line from cells by column name; the rest left empty. */
function line(columns: readonly { name: string }[], cells: Record<string, string>): string {
	return columns
		.map((c) => {
			const cell = cells[c.name] ?? '';
			return /[",\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
		})
		.join(',');
}

const ACTORS: Record<string, string>[] = [
	{ id: 'nor', name: 'Norway', kind: 'state', seat: 'oslo' },
	{ id: 'col', name: 'Colombia', kind: 'state' },
	{ id: 'eln', name: 'ELN', kind: 'group' },
	{ id: 'oslo', name: 'Oslo', kind: 'venue', lat: '59.91', lon: '10.75', coord_precision: 'city' }
];
const EVENT: Record<string, string> = {
	id: 'round-1',
	date: '2023-02-13',
	precision: 'day',
	status: 'occurred',
	cameo: '045',
	cameo_label: 'Mediate',
	plover: 'CONSULT',
	source_actors: 'nor',
	target_actors: 'col; eln',
	mediators: 'nor',
	location: 'oslo',
	summary: 'Norway hosted a round of talks.',
	quote: 'Norway hosted the round',
	source_url: 'https://example.org/a',
	source_outlet: 'Example Wire',
	source_accessed: '2024-01-01',
	confidence: 'high'
};

function csvPair(
	events: Record<string, string>[] = [EVENT],
	actors: Record<string, string>[] = ACTORS
): [CsvFile, CsvFile] {
	return [
		{
			name: 'events.csv',
			text: [EVENT_HEADER, ...events.map((e) => line(EVENT_COLUMNS, e))].join('\n')
		},
		{
			name: 'actors.csv',
			text: [ACTOR_HEADER, ...actors.map((a) => line(ACTOR_COLUMNS, a))].join('\n')
		}
	];
}

function parse(events: CsvFile, actors: CsvFile, today = TODAY) {
	const before = structuredClone({ events, actors });
	const result = parseCsvDataset(events, actors, { today });
	expect({ events, actors }).toEqual(before);
	return result;
}

describe('parseCsvDataset(events, actors)', () => {
	it('parseCsvDataset(the downloadable templates) gives a valid dataset', () => {
		const read = (name: string) => ({
			name,
			text: readFileSync(`static/templates/${name}`, 'utf8')
		});
		const result = parse(read('events-template.csv'), read('actors-template.csv'));
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.dataset?.events.length).toBeGreaterThan(1);
		expect(result.dataset?.actors.length).toBeGreaterThan(1);
	});

	it('parseCsvDataset(a minimal pair) fills what a spreadsheet leaves out', () => {
		const result = parse(...csvPair());
		expect(result.errors).toEqual([]);
		const dataset = result.dataset!;
		expect(dataset.meta).toMatchObject({
			title: 'events.csv and actors.csv',
			createdAt: TODAY,
			license: 'not stated in the spreadsheet'
		});
		expect(dataset.events[0]!.date).toEqual({
			value: '2023-02-13',
			precision: 'day',
			earliest: '2023-02-13',
			latest: '2023-02-13'
		});
		expect(dataset.sources).toEqual([
			{
				id: 'src-example-wire',
				url: 'https://example.org/a',
				outlet: 'Example Wire',
				publishedAt: null,
				accessedAt: '2024-01-01'
			}
		]);
		expect(dataset.events[0]!.evidence).toEqual([
			{ sourceId: 'src-example-wire', quote: 'Norway hosted the round' }
		]);
	});

	it.each([
		['earliest', '2023-02-10', (d: Dataset) => d.events[0]!.date.earliest, '2023-02-10'],
		['latest', '2023-02-16', (d: Dataset) => d.events[0]!.date.latest, '2023-02-16'],
		['end', '2023-02-15', (d: Dataset) => d.events[0]!.date.end, '2023-02-15'],
		['timezone', 'Europe/Oslo', (d: Dataset) => d.events[0]!.date.timezone, 'Europe/Oslo'],
		['date_note', '"next week"', (d: Dataset) => d.events[0]!.date.note, '"next week"'],
		['reported_at', '2023-02-14', (d: Dataset) => d.events[0]!.reportedAt, '2023-02-14'],
		['plover', '', (d: Dataset) => d.events[0]!.type.plover, null],
		['plover_mode', 'mediate', (d: Dataset) => d.events[0]!.type.ploverMode, 'mediate'],
		['source_actors', 'nor; col', (d: Dataset) => d.events[0]!.sourceActors, ['nor', 'col']],
		['target_actors', '', (d: Dataset) => d.events[0]!.targetActors, []],
		['mediators', ' nor ;', (d: Dataset) => d.events[0]!.mediators, ['nor']],
		['location', 'nor', (d: Dataset) => d.events[0]!.location, { actorId: 'nor' }],
		['source_outlet', '', (d: Dataset) => d.sources[0]!.outlet, 'example.org'],
		['source_title', 'A headline', (d: Dataset) => d.sources[0]!.title, 'A headline'],
		['source_published', '2023-02-14', (d: Dataset) => d.sources[0]!.publishedAt, '2023-02-14'],
		['confidence_note', 'One source', (d: Dataset) => d.events[0]!.confidenceNote, 'One source'],
		['tags', 'talks; oslo', (d: Dataset) => d.events[0]!.tags, ['talks', 'oslo']]
	])('parseCsvDataset() reads the events column %s = %j', (name, cell, get, expected) => {
		const range: Record<string, string> =
			name === 'earliest' || name === 'latest'
				? { precision: 'range', earliest: '2023-02-10', latest: '2023-02-16' }
				: {};
		const result = parse(...csvPair([{ ...EVENT, ...range, [name]: cell }]));
		expect(result.errors).toEqual([]);
		expect(get(result.dataset!)).toEqual(expected);
	});

	it('parseCsvDataset() reads related as relation:event-id and source_text as a stored text', () => {
		const events = [
			{ ...EVENT, source_text: 'wire.txt' },
			{ ...EVENT, id: 'round-2', date: '2023-02-20', related: 'follows:round-1; cancels:round-1' }
		];
		const result = parseCsvDataset(...csvPair(events), {
			today: TODAY,
			sourceTexts: new Map([['wire.txt', 'In February Norway hosted the round of talks.']])
		});
		expect(result.errors).toEqual([]);
		expect(result.dataset!.events[1]!.related).toEqual([
			{ relation: 'follows', eventId: 'round-1' },
			{ relation: 'cancels', eventId: 'round-1' }
		]);
		expect(result.dataset!.sources[0]!.text).toBe('wire.txt');
	});

	it.each([
		[
			'aliases',
			'Kingdom of Norway; Noreg',
			(d: Dataset) => d.actors[0]!.aliases,
			['Kingdom of Norway', 'Noreg']
		],
		['country_code', 'NOR', (d: Dataset) => d.actors[0]!.countryCode, 'NOR'],
		['sector', 'GOV', (d: Dataset) => d.actors[0]!.sector, 'GOV'],
		['role', 'Host', (d: Dataset) => d.actors[0]!.role, 'Host'],
		['wikidata', 'Q20', (d: Dataset) => d.actors[0]!.wikidata, 'Q20'],
		['notes', 'A note', (d: Dataset) => d.actors[0]!.notes, 'A note'],
		['seat', 'oslo', (d: Dataset) => d.actors[0]!.seat, 'oslo'],
		['lat', '59.91', (d: Dataset) => d.actors[3]!.lat, 59.91],
		['lon', '-10.75', (d: Dataset) => d.actors[3]!.lon, -10.75],
		['coord_precision', 'site', (d: Dataset) => d.actors[3]!.coordPrecision, 'site']
	])('parseCsvDataset() reads the actors column %s = %j', (name, cell, get, expected) => {
		const actors = ACTORS.map((a) => ({ ...a }));
		const row = ['lat', 'lon', 'coord_precision'].includes(name) ? 3 : 0;
		actors[row] = { ...actors[row]!, [name]: cell };
		const result = parse(...csvPair([EVENT], actors));
		expect(result.errors).toEqual([]);
		expect(get(result.dataset!)).toEqual(expected);
	});

	it('parseCsvDataset() reads member_of as a list and accepts headers written as people write them', () => {
		const actors = [
			...ACTORS,
			{ id: 'nor-fm', name: 'Foreign Minister', kind: 'person', member_of: 'nor; col' }
		];
		const [events, actorFile] = csvPair([EVENT], actors);
		const friendly = {
			...events,
			text: events.text
				.replace('source_actors', 'Source Actors')
				.replace('cameo_label', 'cameo-label')
		};
		const result = parse(friendly, actorFile);
		expect(result.errors).toEqual([]);
		expect(result.dataset!.actors[4]!.memberOf).toEqual(['nor', 'col']);
	});

	it('parseCsvDataset(a spreadsheet\'s own CSV) reads "," from the header though the first rows are full of ";" lists', () => {
		// As a spreadsheet writes it: a cell is quoted only when it holds ",", rows end in CRLF,
		// and the file ends with a line break.
		const spreadsheetLine = (columns: readonly { name: string }[], cells: Record<string, string>) =>
			columns
				.map((c) => {
					const cell = cells[c.name] ?? '';
					return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
				})
				.join(',');
		const rows = [
			{ ...EVENT, target_actors: 'col;eln', mediators: 'nor;col', tags: 'a;b;c;d' },
			{ ...EVENT, id: 'round-2', target_actors: 'col;eln;nor', tags: 'x;y;z' }
		];
		const events = {
			name: 'events.csv',
			text: `${[EVENT_HEADER, ...rows.map((r) => spreadsheetLine(EVENT_COLUMNS, r))].join('\r\n')}\r\n`
		};
		const actors = {
			name: 'actors.csv',
			text: `${[
				ACTOR_HEADER,
				...ACTORS.map((a) => spreadsheetLine(ACTOR_COLUMNS, { ...a, aliases: 'x;y;z' }))
			].join('\r\n')}\r\n`
		};
		const result = parse(events, actors);
		expect(result.errors).toEqual([]);
		expect(result.dataset!.events.map((e) => e.targetActors)).toEqual([
			['col', 'eln'],
			['col', 'eln', 'nor']
		]);
		expect(result.dataset!.events[0]!.tags).toEqual(['a', 'b', 'c', 'd']);
		expect(result.dataset!.actors[0]!.aliases).toEqual(['x', 'y', 'z']);
	});

	it('parseCsvDataset(a ";" pair from a comma-decimal spreadsheet) reads 59,91 as 59.91', () => {
		const semi = (columns: readonly { name: string }[], cells: Record<string, string>) =>
			columns
				.map((c) => cells[c.name] ?? '')
				.map((cell) => (cell.includes(';') ? `"${cell}"` : cell))
				.join(';');
		const events = {
			name: 'events.csv',
			text: `${EVENT_COLUMNS.map((c) => c.name).join(';')}\n${semi(EVENT_COLUMNS, EVENT)}\n`
		};
		const actors = {
			name: 'actors.csv',
			text: `${ACTOR_COLUMNS.map((c) => c.name).join(';')}\n${ACTORS.map((a) =>
				semi(ACTOR_COLUMNS, a.lat ? { ...a, lat: '59,91', lon: '-10,75' } : a)
			).join('\n')}\n`
		};
		const result = parse(events, actors);
		expect(result.errors).toEqual([]);
		expect(result.dataset!.actors.find((a) => a.id === 'oslo')).toMatchObject({
			lat: 59.91,
			lon: -10.75
		});
	});

	it('parseCsvDataset(a tab-separated pair with ";" lists) reads the tab from the header', () => {
		const tabbed = (columns: readonly { name: string }[], cells: Record<string, string>) =>
			columns.map((c) => cells[c.name] ?? '').join('\t');
		const events = {
			name: 'events.tsv.csv',
			text: `${EVENT_COLUMNS.map((c) => c.name).join('\t')}\n${tabbed(EVENT_COLUMNS, { ...EVENT, tags: 'a;b', summary: 'Talks, at last; in Oslo.' })}\n`
		};
		const actors = {
			name: 'actors.csv',
			text: `${ACTOR_COLUMNS.map((c) => c.name).join('\t')}\n${ACTORS.map((a) => tabbed(ACTOR_COLUMNS, a)).join('\n')}\n`
		};
		const result = parse(events, actors);
		expect(result.errors).toEqual([]);
		expect(result.dataset!.events[0]!.summary).toBe('Talks, at last; in Oslo.');
		expect(result.dataset!.events[0]!.tags).toEqual(['a', 'b']);
	});

	it('parseCsvDataset() takes the pair in either order of delimiter: semicolon files with quoted lists', () => {
		const events = {
			name: 'events.csv',
			text: [
				EVENT_HEADER.replaceAll(',', ';'),
				EVENT_COLUMNS.map((c) => {
					const cell = EVENT[c.name] ?? '';
					return cell.includes(';') ? `"${cell}"` : cell;
				}).join(';')
			].join('\n')
		};
		const result = parse(events, csvPair()[1]);
		expect(result.errors).toEqual([]);
		expect(result.dataset!.events[0]!.targetActors).toEqual(['col', 'eln']);
	});

	it.each([
		[
			'an unknown actor in a list',
			[{ ...EVENT, target_actors: 'col; eln2' }],
			ACTORS,
			'events.csv row 2, column target_actors (item 2)',
			'unknown actor "eln2"; did you mean "eln"?'
		],
		[
			'a date that is not a day',
			[EVENT, { ...EVENT, id: 'round-2', date: '2023-02-30' }],
			ACTORS,
			'events.csv row 3, column date',
			'"2023-02-30" is not a real calendar day'
		],
		[
			'a missing summary',
			[{ ...EVENT, summary: '' }],
			ACTORS,
			'events.csv row 2, column summary',
			'is required'
		],
		[
			'a window too wide',
			[{ ...EVENT, precision: 'week', earliest: '2023-02-01', latest: '2023-02-28' }],
			ACTORS,
			'events.csv row 2, column earliest and latest',
			'more than precision "week" allows'
		],
		[
			'a bad status',
			[{ ...EVENT, status: 'happened' }],
			ACTORS,
			'events.csv row 2, column status',
			'must be one of'
		],
		[
			'a missing access day',
			[{ ...EVENT, source_accessed: '' }],
			ACTORS,
			'events.csv row 2, column source_accessed',
			'is required'
		],
		[
			'a source address that is not http',
			[{ ...EVENT, source_url: 'ftp://example.org/a' }],
			ACTORS,
			'events.csv row 2, column source_url',
			'is not an http(s) URL'
		],
		[
			'a related entry without its relation',
			[{ ...EVENT, related: 'round-1' }],
			ACTORS,
			'events.csv row 2, column related (item 1)',
			'must be one of'
		],
		[
			'a latitude that is not a number',
			[EVENT],
			[...ACTORS.slice(0, 3), { ...ACTORS[3]!, lat: '59°55′N' }],
			'actors.csv row 5, column lat',
			'must be a number, not the text "59°55′N"'
		],
		[
			'a bad actor kind',
			[EVENT],
			[{ ...ACTORS[0]!, kind: 'country' }, ...ACTORS.slice(1)],
			'actors.csv row 2, column kind',
			'must be one of'
		],
		[
			'a duplicate id',
			[{ ...EVENT, id: 'nor' }],
			ACTORS,
			'events.csv row 2, column id',
			'duplicate id "nor"'
		]
	])('parseCsvDataset(%s) names file, row and column', (_, events, actors, path, message) => {
		const result = parse(...csvPair(events, actors));
		expect(result.dataset).toBeNull();
		const problem = result.errors.find((p) => p.path === path);
		expect(problem, JSON.stringify(result.errors, null, 1)).toBeDefined();
		expect(problem!.message).toContain(message);
	});

	it.each([
		['an empty events file', '', 'events.csv', 'the file is empty'],
		[
			'a file that is not CSV',
			'{"schemaVersion": "1.0"}',
			'events.csv row 1',
			'does not look like a Parley events CSV'
		],
		[
			'a missing required column',
			EVENT_HEADER.replace(',summary', '') +
				'\n' +
				line(
					EVENT_COLUMNS.filter((c) => c.name !== 'summary'),
					EVENT
				),
			'events.csv row 1',
			'the column "summary" is missing'
		],
		[
			'an unclosed quote',
			`${EVENT_HEADER}\n${line(EVENT_COLUMNS, EVENT)}\n"round-2,2023-02-14`,
			'events.csv row 3',
			'a quoted cell is not closed'
		],
		[
			'a row with too many cells',
			`${EVENT_HEADER}\n${line(EVENT_COLUMNS, EVENT)},extra,cells`,
			'events.csv row 2',
			`this row has ${EVENT_COLUMNS.length + 2} cells but the header names ${EVENT_COLUMNS.length} columns`
		],
		[
			'a column named twice',
			`${EVENT_HEADER},summary\n${line(EVENT_COLUMNS, EVENT)},again`,
			'events.csv row 1, column summary',
			'appears twice'
		]
	])('parseCsvDataset(%s) says what is wrong and where', (_, text, path, message) => {
		const result = parse({ name: 'events.csv', text }, csvPair()[1]);
		expect(result.dataset).toBeNull();
		const problem = result.errors.find((p) => p.path === path);
		expect(problem, JSON.stringify(result.errors, null, 1)).toBeDefined();
		expect(problem!.message).toContain(message);
		expect(problem!.code).toBe('csv');
	});

	it('parseCsvDataset(an unknown column) warns and still loads', () => {
		const [events, actors] = csvPair();
		const lines = events.text.split('\n');
		const withExtra = { ...events, text: `${lines[0]},colour\n${lines[1]},red` };
		const result = parse(withExtra, actors);
		expect(result.errors).toEqual([]);
		expect(result.dataset).not.toBeNull();
		expect(result.warnings).toEqual([
			expect.objectContaining({ path: 'events.csv row 1, column colour', severity: 'warning' })
		]);
	});

	it('parseCsvDataset(rows disagreeing about one source) warns and keeps the first', () => {
		const events = [EVENT, { ...EVENT, id: 'round-2', source_outlet: 'Other Wire' }];
		const result = parse(...csvPair(events));
		expect(result.dataset!.sources).toHaveLength(1);
		expect(result.warnings[0]).toMatchObject({
			path: 'events.csv row 3, column source_outlet',
			message: expect.stringContaining('"Other Wire" differs from "Example Wire"')
		});
	});
});

describe('locateCsvProblem(path, origins)', () => {
	const origins = {
		files: { events: 'e.csv', actors: 'a.csv' },
		rows: { events: [2, 4], actors: [2, 3] },
		sourceRows: [4]
	};
	it.each([
		['events[1].sourceActors[0]', 'e.csv row 4, column source_actors (item 1)'],
		['events[0].evidence[0].quote', 'e.csv row 2, column quote'],
		['events[0].evidence[0].sourceId', 'e.csv row 2, column source_url'],
		['events[0].type.cameo', 'e.csv row 2, column cameo'],
		['events[0].date.value', 'e.csv row 2, column date'],
		['events[1]', 'e.csv row 4'],
		['actors[1].memberOf[2]', 'a.csv row 3, column member_of (item 3)'],
		['sources[0].accessedAt', 'e.csv row 4, column source_accessed'],
		['meta.title', 'the dataset details Parley fills in for a spreadsheet (meta.title)']
	])('locateCsvProblem(%s) is %s', (path, place) => {
		const before = structuredClone(origins);
		expect(locateCsvProblem(path, origins)).toBe(place);
		expect(origins).toEqual(before);
	});
});

describe('README "Bring your own spreadsheet"', () => {
	it('documents every column the converter reads', () => {
		const readme = readFileSync('README.md', 'utf8');
		const section = readme.slice(readme.indexOf('## Bring your own spreadsheet'));
		for (const column of [...EVENT_COLUMNS, ...ACTOR_COLUMNS]) {
			expect(section).toContain(`\`${column.name}\``);
		}
	});
});
