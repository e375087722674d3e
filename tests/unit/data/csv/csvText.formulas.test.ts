/**
 * Hostile input to the pure loader: right-to-left overrides, reserved field names, nesting
 * thousands deep, enormous strings, thousands of unknown ids, and spreadsheet formulas.
 */
import { parseCsvRecords } from '$lib/data/csv/csvText';
import { formatCsvTable } from '$lib/data/csv/writeCsv';
import { describe, expect, it } from 'vitest';
import { datasetToCsvTables } from '$lib/data/csv/datasetToCsv';
import { escapeFormula, parseCsvDataset, unescapeFormula } from '$lib/data/csv/parseCsvDataset';
import { smallDataset, smallSourceTexts } from '../../../fixtures/smallDataset';

describe('escapeFormula(cell) and unescapeFormula(cell)', () => {
	it.each([
		['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
		['+1+2', `'+1+2`],
		['-2+3', `'-2+3`],
		['@SUM(A1)', `'@SUM(A1)`],
		['\tx', `'\tx`],
		["'=already", `''=already`],
		['-33.9', '-33.9'],
		['+47', '+47'],
		['1e5', '1e5'],
		['plain', 'plain'],
		["'quoted", "'quoted"],
		['', '']
	])('escapeFormula(%j) is %j, and unescapeFormula gives it back', (cell, escaped) => {
		expect(escapeFormula(cell)).toBe(escaped);
		expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
	});

	it('datasetToCsvTables writes formulas neutralised, and parseCsvDataset reads them back as they were', () => {
		const dataset = smallDataset();
		dataset.events[0]!.summary = '=HYPERLINK("http://evil.example","click")';
		dataset.actors[1]!.name = '@cmd|calc';
		dataset.actors[1]!.role = '-1+1';
		const tables = datasetToCsvTables(dataset, dataset.events);
		const cells = [tables.events, tables.actors].flatMap((table) =>
			parseCsvRecords(formatCsvTable(table), ',').records.flat()
		);
		for (const cell of cells) expect(cell.text).not.toMatch(/^[=+@\t\r\n]|^-(?![\d.])/);
		const result = parseCsvDataset(
			{ name: 'events.csv', text: formatCsvTable(tables.events) },
			{ name: 'actors.csv', text: formatCsvTable(tables.actors) },
			{
				today: '2023-03-01',
				sourceTexts: new Map([['wire-1.txt', smallSourceTexts().get('sources/wire-1.txt')!]])
			}
		);
		expect(result.errors).toEqual([]);
		expect(result.dataset!.events[0]!.summary).toBe(dataset.events[0]!.summary);
		expect(result.dataset!.actors[1]).toEqual(dataset.actors[1]);
	});
});
