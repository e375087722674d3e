import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { StoredDataset } from '../../../src/lib/data/loading/storedDataset';
import {
	forgetOpenedDataset,
	loadOpenedDataset,
	saveOpenedDataset
} from '../../../src/lib/import/datasetStore';
import { smallDataset } from '../../fixtures/smallDataset';

const record = (name: string): StoredDataset => ({
	version: 1,
	name,
	from: 'file',
	openedAt: '2024-05-01T08:00:00.000Z',
	dataset: smallDataset(),
	sourceTexts: { 'wire-1.txt': 'text' }
});

/** Writes a value as the first Parley versions did, with plain IndexedDB requests. */
function writeAsBefore(value: unknown): Promise<void> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open('parley', 1);
		open.onupgradeneeded = () => open.result.createObjectStore('datasets');
		open.onerror = () => reject(open.error);
		open.onsuccess = () => {
			const db = open.result;
			const transaction = db.transaction('datasets', 'readwrite');
			transaction.objectStore('datasets').put(value, 'last-opened');
			transaction.oncomplete = () => {
				db.close();
				resolve();
			};
			transaction.onerror = () => reject(transaction.error);
		};
	});
}

describe('datasetStore', () => {
	it('loadOpenedDataset() reads a record written as the first versions did, then saves, reads back and forgets', async () => {
		await writeAsBefore(record('older.json'));
		expect(await loadOpenedDataset()).toEqual({ kind: 'kept', record: record('older.json') });
		await saveOpenedDataset(record('newer.json'));
		expect(await loadOpenedDataset()).toEqual({ kind: 'kept', record: record('newer.json') });
		await forgetOpenedDataset();
		expect(await loadOpenedDataset()).toEqual({ kind: 'none' });
	});

	it('loadOpenedDataset() tells a damaged record apart, for the importer to remove', async () => {
		await writeAsBefore({ version: 1, name: 'x.json' });
		expect(await loadOpenedDataset()).toEqual({
			kind: 'unreadable',
			reason: 'the record is damaged'
		});
		await forgetOpenedDataset();
	});
});
