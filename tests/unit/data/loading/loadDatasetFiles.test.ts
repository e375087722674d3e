import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	checkFileSelection,
	describeWrongShape,
	loadDatasetFiles,
	loadDatasetValue,
	MAX_DATASET_BYTES,
	type TextFile
} from '../../../../src/lib/data/loading/loadDatasetFiles';
import { smallDataset, SMALL_SOURCE_TEXT } from '../../../fixtures/smallDataset';
import { syntheticStrait } from '../../../fixtures/syntheticStrait';

const TODAY = '2024-06-01';
const MB = 1024 * 1024;
const synthetic = syntheticStrait();
const FIXTURE_JSON = `${JSON.stringify(synthetic.dataset, null, '\t')}\n`;

function load(files: TextFile[]) {
	const before = structuredClone(files);
	const loaded = loadDatasetFiles(files, { today: TODAY });
	expect(files).toEqual(before);
	return loaded;
}

describe('checkFileSelection(files, maxBytes)', () => {
	it.each([
		[[{ name: 'd.json', size: 10 }], null],
		[
			[
				{ name: 'events.csv', size: 10 },
				{ name: 'actors.csv', size: 10 }
			],
			null
		],
		[
			[
				{ name: 'd.json', size: 10 },
				{ name: 'article.txt', size: 10 }
			],
			null
		],
		[[], 'no file was given'],
		[[{ name: 'd.json', size: 0 }], 'd.json: the file is empty (0 bytes)'],
		[
			[{ name: 'big.json', size: 250 * MB }],
			'big.json: the file is 250 MB; Parley opens files up to 200 MB'
		],
		[[{ name: 'photo.png', size: 10 }], 'photo.png: this is not a JSON dataset, a CSV spreadsheet'],
		// One CSV alone may be an ACLED export or a TimelineJS sheet: the loader reads its header.
		[[{ name: 'events.csv', size: 10 }], null],
		[
			[
				{ name: 'a.json', size: 1 },
				{ name: 'b.json', size: 1 }
			],
			'a.json, b.json: several JSON files were given'
		],
		[
			[
				{ name: 'a.json', size: 1 },
				{ name: 'b.csv', size: 1 }
			],
			'a JSON dataset and CSV files were given together'
		],
		[
			[
				{ name: 'a.csv', size: 1 },
				{ name: 'b.csv', size: 1 },
				{ name: 'c.csv', size: 1 }
			],
			'more than two CSV files'
		],
		[[{ name: 'article.txt', size: 10 }], 'only source texts were given']
	])('checkFileSelection(%j) says %j', (files, expected) => {
		const before = structuredClone(files);
		const problems = checkFileSelection(files);
		expect(files).toEqual(before);
		if (expected === null) expect(problems).toEqual([]);
		else expect(problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toContain(expected);
	});

	it('checkFileSelection() allows at least 100 MB', () => {
		expect(MAX_DATASET_BYTES).toBeGreaterThanOrEqual(100 * 1000 * 1000);
		expect(checkFileSelection([{ name: 'd.json', size: 100 * MB }])).toEqual([]);
	});
});

describe('loadDatasetFiles(files, options)', () => {
	it('loadDatasetFiles(the synthetic fixture with its stored text) opens it with no warning', () => {
		const loaded = load([
			{ name: 'synthetic-strait.json', text: FIXTURE_JSON },
			{ name: 'strait-bulletin.txt', text: synthetic.sourceText }
		]);
		expect(loaded.result.errors).toEqual([]);
		expect(loaded.result.warnings).toEqual([]);
		expect(loaded.result.dataset!.events.length).toBeGreaterThanOrEqual(300);
		expect(Object.keys(loaded.sourceTexts)).toEqual(['sources/strait-bulletin.txt']);
	});

	it('loadDatasetFiles(a dataset without its stored text) opens it, warning that quotes were not checked', () => {
		const loaded = load([{ name: 'synthetic-strait.json', text: FIXTURE_JSON }]);
		expect(loaded.result.errors).toEqual([]);
		expect(loaded.result.dataset).not.toBeNull();
		expect(loaded.result.warnings).toEqual([
			expect.objectContaining({
				code: 'source-text-missing',
				path: 'sources[0].text',
				message: expect.stringContaining('pick strait-bulletin.txt together with the dataset')
			})
		]);
	});

	it('loadDatasetFiles(a stored text that contradicts a quote) fails at the quote', () => {
		const loaded = load([
			{ name: 'small.json', text: JSON.stringify(smallDataset()) },
			{ name: 'wire-1.txt', text: 'Something else entirely.' }
		]);
		expect(loaded.result.dataset).toBeNull();
		expect(loaded.result.errors.map((p) => p.code)).toContain('quote-not-in-source');
	});

	it('loadDatasetFiles(a text no source names) warns that it was not used', () => {
		const loaded = load([
			{ name: 'small.json', text: JSON.stringify(smallDataset()) },
			{ name: 'wire-1.txt', text: SMALL_SOURCE_TEXT },
			{ name: 'notes.txt', text: 'mine' }
		]);
		expect(loaded.result.errors).toEqual([]);
		expect(loaded.result.warnings).toEqual([
			expect.objectContaining({
				path: 'notes.txt',
				message: expect.stringContaining('no source names this text')
			})
		]);
	});

	it.each([
		[
			'invalid JSON',
			'{\n  "a": 1,\n  "b": }',
			'd.json',
			'not valid JSON at line 3, column 8: expected a value'
		],
		['an empty file', '   ', 'd.json', 'the file is empty'],
		['a web page', '<!doctype html><html></html>', 'd.json', 'this looks like a web page'],
		['a binary file', 'PK\u0003\u0004\u0000\u0000', 'd.json', 'binary data'],
		['a list', '[1, 2]', '$', 'this JSON is a list, not a dataset'],
		[
			'another program’s JSON',
			'{"name": "x", "version": "1"}',
			'$',
			'it has the fields name, version but none of'
		],
		[
			'a wrong field',
			JSON.stringify({ ...smallDataset(), schemaVersion: '2.0' }),
			'schemaVersion',
			'must be "1.0"'
		]
	])('loadDatasetFiles(%s) fails, naming the fault and its place', (_, text, path, message) => {
		const loaded = load([{ name: 'd.json', text }]);
		expect(loaded.result.dataset).toBeNull();
		const problem = loaded.result.errors.find((p) => p.path === path);
		expect(problem, JSON.stringify(loaded.result.errors)).toBeDefined();
		expect(problem!.message).toContain(message);
	});

	it('loadDatasetFiles(a CSV pair in either order) converts and checks it', () => {
		const events = {
			name: 'my-events.csv',
			text: readFileSync('static/templates/events-template.csv', 'utf8')
		};
		const actors = {
			name: 'people.csv',
			text: readFileSync('static/templates/actors-template.csv', 'utf8')
		};
		for (const files of [
			[events, actors],
			[actors, events]
		]) {
			const loaded = load(files);
			expect(loaded.result.errors).toEqual([]);
			expect(loaded.name).toBe('my-events.csv + people.csv');
		}
	});

	it('loadDatasetFiles(stages) reports what it is doing', () => {
		const stages: string[] = [];
		loadDatasetFiles([{ name: 'small.json', text: JSON.stringify(smallDataset()) }], {
			today: TODAY,
			onStage: (stage) => stages.push(stage)
		});
		expect(stages).toEqual(['Reading the JSON of small.json', 'Checking 2 events']);
	});
});

describe('loadDatasetValue(name, value, texts)', () => {
	it('loadDatasetValue(a kept dataset) checks it again with the same loader', () => {
		const value = smallDataset();
		const before = structuredClone(value);
		const loaded = loadDatasetValue('small.json', value, {
			'sources/wire-1.txt': SMALL_SOURCE_TEXT
		});
		expect(loaded.result.errors).toEqual([]);
		expect(value).toEqual(before);
		const broken = loadDatasetValue('small.json', { ...value, events: 'none' }, {});
		expect(broken.result.dataset).toBeNull();
	});
});

describe('describeWrongShape(value)', () => {
	it.each([
		[null, 'this JSON holds null'],
		[3, 'this JSON holds a number'],
		[{}, 'it has no fields'],
		[{ meta: {} }, null]
	])('describeWrongShape(%j)', (value, expected) => {
		const result = describeWrongShape(value);
		if (expected === null) expect(result).toBeNull();
		else expect(result).toContain(expected);
	});
});
