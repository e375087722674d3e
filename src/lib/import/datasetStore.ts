/**
 * Keeps the last opened dataset in the browser's IndexedDB, so it is there on the next visit.
 * One database, one object store, one key. Storage can fail (private mode, quota): callers
 * treat every failure as "nothing stored" and carry on.
 */
import { isStoredDataset, type StoredDataset } from '$lib/data/storedDataset';

const DATABASE = 'parley';
const STORE = 'datasets';
const KEY = 'last-opened';

function openDatabase(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DATABASE, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

async function withStore<T>(
	mode: IDBTransactionMode,
	act: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await openDatabase();
	try {
		return await new Promise<T>((resolve, reject) => {
			const transaction = db.transaction(STORE, mode);
			const request = act(transaction.objectStore(STORE));
			transaction.oncomplete = () => resolve(request.result);
			transaction.onerror = () => reject(transaction.error);
			transaction.onabort = () => reject(transaction.error);
		});
	} finally {
		db.close();
	}
}

export async function saveOpenedDataset(record: StoredDataset): Promise<void> {
	await withStore('readwrite', (store) => store.put(record, KEY));
}

/** The stored dataset, or null when there is none or it cannot be read. */
export async function loadOpenedDataset(): Promise<StoredDataset | null> {
	try {
		const value = await withStore('readonly', (store) => store.get(KEY));
		return isStoredDataset(value) ? value : null;
	} catch {
		return null;
	}
}

export async function forgetOpenedDataset(): Promise<void> {
	await withStore('readwrite', (store) => store.delete(KEY));
}
