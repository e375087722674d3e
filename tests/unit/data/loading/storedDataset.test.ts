import { describe, expect, it } from 'vitest';
import { describeOpened, isStoredDataset } from '../../../../src/lib/data/loading/storedDataset';

const good = {
	version: 1,
	name: 'strait.json',
	from: 'file',
	openedAt: '2024-05-02T09:30:00.000Z',
	dataset: { schemaVersion: '1.0' },
	sourceTexts: { 'sources/a.txt': 'text' }
};

describe('isStoredDataset(value)', () => {
	it.each([
		['a record this version wrote', good, true],
		['a record from a URL', { ...good, from: 'url', url: 'https://example.org/d.json' }, true],
		['another version', { ...good, version: 2 }, false],
		['an unknown origin', { ...good, from: 'drop' }, false],
		['a bad date', { ...good, openedAt: 'yesterday' }, false],
		['no dataset', { ...good, dataset: null }, false],
		['texts that are not text', { ...good, sourceTexts: { a: 1 } }, false],
		['nothing', undefined, false],
		['a string', 'strait.json', false]
	])('isStoredDataset(%s) is %s', (_, value, expected) => {
		const before = structuredClone(value);
		expect(isStoredDataset(value)).toBe(expected);
		expect(value).toEqual(before);
	});
});

describe('describeOpened(record)', () => {
	it.each([
		[
			{ from: 'file' as const, openedAt: '2024-05-02T09:30:00.000Z' },
			'opened from a file on 2 May 2024 at 09:30'
		],
		[
			{
				from: 'url' as const,
				url: 'https://example.org/d.json',
				openedAt: '2024-12-31T23:05:00.000Z'
			},
			'opened from https://example.org/d.json on 31 Dec 2024 at 23:05'
		]
	])('describeOpened(%j) is %j', (record, expected) => {
		const before = structuredClone(record);
		expect(describeOpened(record)).toBe(expected);
		expect(record).toEqual(before);
	});
});
