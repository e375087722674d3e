import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatCsvTable } from '../../../src/lib/data/csv/writeCsv';
import { datasetToCsvTables, type CsvTable } from '../../../src/lib/data/csv/datasetToCsv';
import { parseCsvDataset } from '../../../src/lib/data/csv/parseCsvDataset';
import type { Dataset } from '../../../src/lib/data/schema';

/** The real-shaped fixture: dates of every precision, postponed and rescheduled rounds. */
const realShapedDataset = (): Dataset =>
	JSON.parse(readFileSync('tests/fixtures/realShaped/dataset.json', 'utf8')) as Dataset;

const read = (tables: { events: CsvTable; actors: CsvTable }) =>
	parseCsvDataset(
		{ name: 'events.csv', text: formatCsvTable(tables.events) },
		{ name: 'actors.csv', text: formatCsvTable(tables.actors) },
		{ today: '2100-01-01' }
	);

/** The table with some of its columns' cells emptied. */
function emptied(table: CsvTable, columns: string[]): CsvTable {
	const at = columns.map((name) => table.fields.indexOf(name));
	return {
		...table,
		data: table.data.map((row) => row.map((cell, i) => (at.includes(i) ? '' : cell)))
	};
}

describe('the events CSV edtf column', () => {
	it('datasetToCsvTables(dataset) writes each date as EDTF at its own precision', () => {
		const dataset: Dataset = realShapedDataset();
		const before = structuredClone(dataset);
		const tables = datasetToCsvTables(dataset, dataset.events);
		expect(dataset).toEqual(before);
		const column = tables.events.fields.indexOf('edtf');
		expect(column).toBeGreaterThan(-1);
		const cells = new Map(dataset.events.map((e, i) => [e, tables.events.data[i]![column]]));
		for (const [event, cell] of cells) {
			const { precision, earliest, latest } = event.date;
			if (earliest === latest) expect(cell).toBe(earliest);
			else if (precision === 'month') expect(cell).toBe(earliest.slice(0, 7));
			else if (precision === 'year') expect(cell).toBe(earliest.slice(0, 4));
			else expect(cell).toBe(`${earliest}/${latest}`);
		}
		// The fixture has more than days, so the interesting forms are written.
		expect([...cells.values()].some((cell) => String(cell).includes('/'))).toBe(true);
	});

	it('parseCsvDataset(an export with only its edtf dates) gives back every date window', () => {
		const dataset = realShapedDataset();
		const tables = datasetToCsvTables(dataset, dataset.events);
		const onlyEdtf = {
			...tables,
			events: emptied(tables.events, ['date', 'precision', 'earliest', 'latest'])
		};
		const result = read(onlyEdtf);
		expect(result.errors).toEqual([]);
		const byId = new Map(result.dataset!.events.map((e) => [e.id, e]));
		for (const event of dataset.events) {
			const back = byId.get(event.id)!;
			expect([back.date.earliest, back.date.latest], event.id).toEqual([
				event.date.earliest,
				event.date.latest
			]);
			// A week is an interval in EDTF: it comes back as a range of the same seven days.
			const precision = event.date.precision === 'week' ? 'range' : event.date.precision;
			if (event.date.earliest !== event.date.latest)
				expect(back.date.precision, event.id).toBe(precision);
		}
	});

	it('parseCsvDataset(...) keeps the date columns when both they and edtf are filled', () => {
		const dataset = realShapedDataset();
		const tables = datasetToCsvTables(dataset, dataset.events);
		const column = tables.events.fields.indexOf('edtf');
		const contradicting = {
			...tables,
			events: { ...tables.events, data: tables.events.data.map((r) => r.with(column, '1999')) }
		};
		const result = read(contradicting);
		expect(result.errors).toEqual([]);
		expect(result.dataset!.events.map((e) => e.date)).toEqual(
			expect.arrayContaining(dataset.events.map((e) => e.date))
		);
	});

	it.each([
		['2024-02-30', /"2024-02-30" is not a real calendar day/],
		['2024-03-06/..', /open or unknown end/],
		['soon', /is not a date Parley can read/]
	])('parseCsvDataset(edtf %j alone) names the row and the edtf column', (cell, message) => {
		const dataset = realShapedDataset();
		const tables = datasetToCsvTables(dataset, dataset.events.slice(0, 1));
		const edtf = tables.events.fields.indexOf('edtf');
		const events = emptied(tables.events, ['date', 'precision', 'earliest', 'latest']);
		events.data[0] = events.data[0]!.with(edtf, cell);
		const result = read({ ...tables, events });
		const problem = result.errors.find((p) => p.path === 'events.csv row 2, column edtf');
		expect(problem, JSON.stringify(result.errors)).toBeDefined();
		expect(problem!.message).toMatch(message);
	});
});

describe('the events CSV unquoted column', () => {
	it('datasetToCsvTables(...) marks unquoted events, and parseCsvDataset reads them back unquoted (format 1.1)', () => {
		const dataset = realShapedDataset();
		const [first, ...rest] = dataset.events;
		const coded = {
			...first!,
			evidence: [{ sourceId: first!.evidence[0]!.sourceId, unquoted: 'coded-summary' as const }]
		};
		const withUnquoted: Dataset = { ...dataset, schemaVersion: '1.1', events: [coded, ...rest] };
		const before = structuredClone(withUnquoted);
		const tables = datasetToCsvTables(withUnquoted, withUnquoted.events);
		expect(withUnquoted).toEqual(before);
		const row = Object.fromEntries(
			tables.events.fields.map((field, i) => [field, tables.events.data[0]![i]])
		);
		expect(row.unquoted).toBe('coded-summary');
		expect(row.quote ?? '').toBe('');

		const result = read(tables);
		expect(result.errors).toEqual([]);
		expect(result.dataset!.schemaVersion).toBe('1.1');
		const back = result.dataset!.events.find((e) => e.id === coded.id)!;
		expect(back.evidence).toEqual([{ sourceId: expect.any(String), unquoted: 'coded-summary' }]);
		const quoted = result.dataset!.events.filter((e) => e.id !== coded.id);
		expect(quoted.every((e) => e.evidence.every((item) => item.quote !== undefined))).toBe(true);
	});

	it('parseCsvDataset(a sheet without the unquoted column) stays format 1.0', () => {
		const dataset = realShapedDataset();
		const tables = datasetToCsvTables(dataset, dataset.events);
		const at = tables.events.fields.indexOf('unquoted');
		const without = {
			...tables,
			events: {
				...tables.events,
				fields: tables.events.fields.filter((_, i) => i !== at),
				data: tables.events.data.map((row) => row.filter((_, i) => i !== at))
			}
		};
		const result = read(without);
		expect(result.errors).toEqual([]);
		expect(result.dataset!.schemaVersion).toBe('1.0');
	});
});
