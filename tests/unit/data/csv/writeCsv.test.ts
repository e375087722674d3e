import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords, unescapeFormula } from '$lib/data/csv/csvText';
import { formatCsvTable } from '$lib/data/csv/writeCsv';
import { anyString } from '../../../helpers/anyCsvString';

describe('formatCsvTable(table)', () => {
	it.each([
		[undefined, ''],
		['', '""'],
		['plain', 'plain'],
		['a;b', '"a;b"'],
		['a,b', '"a,b"'],
		['a\tb', '"a\tb"'],
		[' lead', '" lead"'],
		['say "hi"', '"say ""hi"""'],
		['=1+1', "'=1+1"],
		['-33.9', '-33.9']
	])('formatCsvTable(table) writes the cell %j as %j', (cell, written) => {
		const table = { fields: ['a', 'b'], data: [[cell, 'x']] };
		const before = structuredClone(table);
		expect(formatCsvTable(table)).toBe(`a,b\r\n${written},x\r\n`);
		expect(table).toEqual(before);
	});

	it('formatCsvTable(table) writes a header alone as one row ending in CRLF', () => {
		expect(formatCsvTable({ fields: ['a', 'b'], data: [] })).toBe('a,b\r\n');
	});

	it('formatCsvTable(table) neutralises formulas in every piece a spreadsheet splits out, and leaves numbers', () => {
		expect(
			formatCsvTable({
				fields: ['f'],
				data: [['@x'], ['\tx'], ["'=x"], ['a;=b'], ['+47'], ['1e-7']]
			})
		).toBe(`f\r\n'@x\r\n"'\tx"\r\n''=x\r\n"a;'=b"\r\n+47\r\n1e-7\r\n`);
	});

	it('formatCsvTable → parseCsvRecords → unescapeFormula gives back any table of strings exactly', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.array(fc.option(anyString, { nil: undefined }), { minLength: 3, maxLength: 3 }),
					{
						maxLength: 4
					}
				),
				(data) => {
					const text = formatCsvTable({ fields: ['a', 'b', 'c'], data });
					const { records, errors } = parseCsvRecords(text, ',');
					expect(errors).toEqual([]);
					const back = records
						.slice(1)
						.map((row) =>
							row.map((cell) =>
								cell.quoted || cell.text !== '' ? unescapeFormula(cell.text) : undefined
							)
						);
					expect(back).toEqual(data);
				}
			),
			{ numRuns: 1000 }
		);
	});
});
