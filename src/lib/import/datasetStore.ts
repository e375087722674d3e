/**
 * Keeps the last opened dataset in the browser's IndexedDB, so it is there on the next visit.
 * One database, one object store, one key: the last dataset opened in any tab wins, and the
 * tab that keeps one tells the others (BroadcastChannel). Storage can fail (private mode,
 * quota, a value too large): saving rejects, and the importer says what the next visit shows.
 */
import {
	KEPT_CHANNEL,
	readKeptValue,
	type KeptAnnouncement,
	type KeptRead,
	type StoredDataset
} from '$lib/data/storedDataset';

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

/**
 * What is kept: nothing (also when the browser has no storage for this page), a record to
 * restore, or one that cannot be read (the caller removes it and says so).
 */
export async function loadOpenedDataset(): Promise<KeptRead> {
	let db: IDBDatabase;
	try {
		db = await openDatabase();
	} catch {
		return { kind: 'none' };
	}
	db.close();
	try {
		return readKeptValue(await withStore('readonly', (store) => store.get(KEY)));
	} catch (error) {
		return {
			kind: 'unreadable',
			reason: `the browser could not read it: ${(error as Error | null)?.message ?? 'unknown error'}`
		};
	}
}

/** Tells the other tabs of this browser that a dataset was kept. */
export function announceKept(announcement: KeptAnnouncement): void {
	if (typeof BroadcastChannel === 'undefined') return;
	const channel = new BroadcastChannel(KEPT_CHANNEL);
	channel.postMessage(announcement);
	channel.close();
}

/** Calls `onKept` whenever another tab keeps a dataset; returns the way to stop listening. */
export function watchKept(onKept: (announcement: KeptAnnouncement) => void): () => void {
	if (typeof BroadcastChannel === 'undefined') return () => undefined;
	const channel = new BroadcastChannel(KEPT_CHANNEL);
	channel.onmessage = (event: MessageEvent<KeptAnnouncement>) => onKept(event.data);
	return () => channel.close();
}

export async function forgetOpenedDataset(): Promise<void> {
	await withStore('readwrite', (store) => store.delete(KEY));
}
