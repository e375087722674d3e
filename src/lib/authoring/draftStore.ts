/**
 * Drafts kept in the browser's IndexedDB (a database of their own, one record per draft), so
 * that a reload or a crash loses nothing. Storage can fail (private mode, quota): saving
 * rejects, for the page to say so; reading treats failure as "no drafts".
 */
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { isStoredDraft, summarizeDraft, type DraftSummary, type StoredDraft } from './storedDraft';

export const DRAFT_DATABASE = 'parley-drafts';
const STORE = 'drafts';

let store: UseStore | null = null;
/** Opened on first use, so that merely loading this module touches no storage. */
const drafts = () => (store ??= createStore(DRAFT_DATABASE, STORE));

export async function saveDraft(record: StoredDraft): Promise<void> {
	await set(record.id, record, drafts());
}

/** The draft with this id, or null when there is none or it cannot be read. */
export async function loadDraft(id: string): Promise<StoredDraft | null> {
	try {
		const value = await get(id, drafts());
		return isStoredDraft(value) ? value : null;
	} catch {
		return null;
	}
}

/** Every kept draft, the most recently changed first. */
export async function listDrafts(): Promise<DraftSummary[]> {
	try {
		const all = await values(drafts());
		return all
			.filter(isStoredDraft)
			.map(summarizeDraft)
			.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
	} catch {
		return [];
	}
}

export async function deleteDraft(id: string): Promise<void> {
	await del(id, drafts());
}
