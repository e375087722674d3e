/**
 * Keeps the last opened dataset in the browser's IndexedDB, so it is there on the next visit.
 * One database, one object store, one key: the last dataset opened in any tab wins, and the
 * tab that keeps one tells the others (BroadcastChannel). Storage can fail (private mode,
 * quota, a value too large): saving rejects, and the importer says what the next visit shows.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import {
	KEPT_CHANNEL,
	readKeptValue,
	type KeptAnnouncement,
	type KeptRead,
	type StoredDataset
} from '$lib/data/loading/storedDataset';

/** The database and store the first Parley versions wrote: a kept dataset stays readable. */
const DATABASE = 'parley';
const STORE = 'datasets';
const KEY = 'last-opened';

let store: UseStore | undefined;
const datasets = () => (store ??= createStore(DATABASE, STORE));

export async function saveOpenedDataset(record: StoredDataset): Promise<void> {
	await set(KEY, record, datasets());
}

/**
 * Whether anything is kept, read without the record itself (its keys only): the page asks
 * this first, and starts the loader, whose code is large, only when there is one to restore.
 */
export async function hasKeptDataset(): Promise<boolean> {
	try {
		return (await keys(datasets())).includes(KEY);
	} catch {
		// Storage turned off, or a record that cannot be read: the loader says which.
		return typeof indexedDB !== 'undefined';
	}
}

/**
 * What is kept: nothing (also when the browser has no storage for this page), a record to
 * restore, or one that cannot be read (the caller removes it and says so).
 */
export async function loadOpenedDataset(): Promise<KeptRead> {
	let value: unknown;
	try {
		value = await get(KEY, datasets());
	} catch (error) {
		// A browser with storage turned off (private mode) keeps nothing; any other failure
		// means a record is there that cannot be read.
		const name = (error as DOMException | null)?.name;
		if (name === 'InvalidStateError' || name === 'SecurityError') return { kind: 'none' };
		return {
			kind: 'unreadable',
			reason: `the browser could not read it: ${(error as Error | null)?.message ?? 'unknown error'}`
		};
	}
	return readKeptValue(value);
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
	await del(KEY, datasets());
}
