import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteDraft, listDrafts, loadDraft, saveDraft } from '$lib/authoring/draftStore';
import type { StoredDraft } from '$lib/authoring/storedDraft';
import { set, createStore } from 'idb-keyval';
import { meeting, smallDraft } from '../../helpers/authoringDraft';
import { addItem } from '$lib/authoring/draft';

const stored = (id: string, name: string, updatedAt: string, events = 1): StoredDraft => {
	let draft = smallDraft();
	for (let i = 1; i < events; i++) draft = addItem(draft, 'events', meeting({ id: `extra-${i}` }));
	return { version: 1, id, name, updatedAt, draft };
};

describe('draftStore', () => {
	it('saveDraft then loadDraft gives back the same draft, source texts included', async () => {
		const record = stored('a', 'Geneva', '2026-02-04T10:00:00.000Z');
		const before = structuredClone(record);
		await saveDraft(record);
		expect(record).toEqual(before);
		expect(await loadDraft('a')).toEqual(record);
		expect(await loadDraft('missing')).toBeNull();
	});

	it('listDrafts() lists several named drafts, the most recently changed first; deleteDraft forgets one', async () => {
		await saveDraft(stored('b', 'Older', '2026-02-01T09:00:00.000Z', 3));
		await saveDraft(stored('c', 'Newest', '2026-02-05T09:00:00.000Z', 2));
		await saveDraft(stored('a', 'Geneva (renamed)', '2026-02-04T11:00:00.000Z'));
		expect(await listDrafts()).toEqual([
			{ id: 'c', name: 'Newest', updatedAt: '2026-02-05T09:00:00.000Z', events: 2 },
			{ id: 'a', name: 'Geneva (renamed)', updatedAt: '2026-02-04T11:00:00.000Z', events: 1 },
			{ id: 'b', name: 'Older', updatedAt: '2026-02-01T09:00:00.000Z', events: 3 }
		]);
		await deleteDraft('b');
		expect((await listDrafts()).map((d) => d.id)).toEqual(['c', 'a']);
		expect(await loadDraft('b')).toBeNull();
	});

	it('loadDraft and listDrafts skip records that are not drafts of this version', async () => {
		const raw = createStore('parley-drafts', 'drafts');
		await set('broken', { version: 99, id: 'broken' }, raw);
		await set(
			'half',
			{ ...stored('half', 'Half', '2026-02-05T09:00:00.000Z'), draft: { dataset: {} } },
			raw
		);
		expect(await loadDraft('broken')).toBeNull();
		expect(await loadDraft('half')).toBeNull();
		expect((await listDrafts()).map((d) => d.id)).not.toContain('broken');
	});
});
