import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyString } from '../../../helpers/anyCsvString';
import {
	chooseCsvSeparator,
	escapeFormula,
	parseCsvRecords,
	unescapeFormula
} from '../../../../src/lib/data/csv/csvText';

const texts = (records: ReturnType<typeof parseCsvRecords>['records']) =>
	records.map((row) => row.map((cell) => cell.text));

describe('parseCsvRecords(text, separator)', () => {
	it.each([
		[
			'a,b\r\nc,d',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'a,b\nc,d\n',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'a,b\rc,d\r',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		['a, b ,c', [['a', 'b', 'c']]],
		['"a,b","c\r\nd"', [['a,b', 'c\r\nd']]],
		['" a ", "b""c" ,d', [[' a ', 'b"c', 'd']]],
		['5" screen,x', [['5" screen', 'x']]],
		['a,', [['a', '']]],
		['', []]
	])('parseCsvRecords(%j, ",") reads %j', (text, expected) => {
		const result = parseCsvRecords(text, ',');
		expect(result.errors).toEqual([]);
		expect(texts(result.records)).toEqual(expected);
	});

	it('parseCsvRecords(text) tells a quoted empty cell from an empty one', () => {
		const [row] = parseCsvRecords('"",', ',').records;
		expect(row).toEqual([
			{ text: '', quoted: true },
			{ text: '', quoted: false }
		]);
	});

	it.each([
		['a\n"open', { row: 2, kind: 'unclosed-quote' }],
		['"a"b,c', { row: 1, kind: 'stray-quote' }]
	])('parseCsvRecords(%j) reports %j', (text, error) => {
		expect(parseCsvRecords(text, ',').errors).toEqual([error]);
	});
});

describe('chooseCsvSeparator(text, knownNames, normalise)', () => {
	const known = new Set(['id', 'date', 'source_actors', 'target_actors', 'tags']);
	const normalise = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, '_');
	it.each([
		// A spreadsheet's own file: commas between cells, ";" lists in the first rows, a final newline.
		[
			'id,date,source_actors,tags\r\nr1,2025-05-01,"arm; aze",a;b;c\r\nr2,2025-05-02,arm;aze;tur,x\r\n',
			','
		],
		['id;date;source_actors\nr1;2025-05-01;"arm, aze"\n', ';'],
		['id\tdate\tSource actors\nr1\t2025-05-01\tarm;aze\n', '\t'],
		['"id","date","tags"\n', ','],
		['nothing;known,here\n', ',']
	])('chooseCsvSeparator(%j) is %j', (text, separator) => {
		expect(chooseCsvSeparator(text, known, normalise)).toBe(separator);
	});
});

describe('escapeFormula(cell) and unescapeFormula(cell)', () => {
	it.each([
		["Seat of government;=cmd|' /C calc'!A0", "Seat of government;'=cmd|' /C calc'!A0"],
		['\nline', "'\nline"],
		['a, -1+1', "a, '-1+1"],
		['a;-33.9', 'a;-33.9'],
		['lat,\t@x', "lat,'\t'@x"]
	])('escapeFormula(%j) is %j', (cell, escaped) => {
		expect(escapeFormula(cell)).toBe(escaped);
		expect(unescapeFormula(escaped)).toBe(cell);
	});

	it('unescapeFormula(escapeFormula(s)) is s for any string, and no piece a spreadsheet splits out starts a formula', () => {
		fc.assert(
			fc.property(anyString, (cell) => {
				const escaped = escapeFormula(cell);
				expect(unescapeFormula(escaped)).toBe(cell);
				for (const piece of escaped.split(/[,;\t\r\n]/)) {
					const start = piece.trimStart();
					if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(start)) continue;
					expect(start).not.toMatch(/^[=+\-@]/);
				}
			}),
			{ numRuns: 2000 }
		);
	});
});
