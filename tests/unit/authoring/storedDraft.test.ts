import { describe, expect, it } from 'vitest';
import {
	isStoredDraft,
	STORED_DRAFT_VERSION,
	summarizeDraft,
	type StoredDraft
} from '$lib/authoring/storedDraft';
import { meeting, smallDraft } from '../../helpers/authoringDraft';

function stored(): StoredDraft {
	return {
		version: STORED_DRAFT_VERSION,
		id: 'draft-1',
		name: 'River talks',
		updatedAt: '2026-03-10T12:00:00.000Z',
		draft: smallDraft()
	};
}

describe('storedDraft', () => {
	it('isStoredDraft(a record this version wrote) is true', () => {
		expect(isStoredDraft(stored())).toBe(true);
	});

	it.each<[string, (record: Record<string, unknown>) => unknown]>([
		['null', () => null],
		['a string', () => 'draft'],
		['another version', (r) => ({ ...r, version: STORED_DRAFT_VERSION + 1 })],
		['no id', (r) => ({ ...r, id: undefined })],
		['a name that is not text', (r) => ({ ...r, name: 3 })],
		['an updatedAt that is no date', (r) => ({ ...r, updatedAt: 'yesterday' })],
		['no draft', (r) => ({ ...r, draft: null })],
		['a dataset without events', (r) => ({ ...r, draft: { dataset: {}, sourceTexts: {} } })],
		[
			'a source text that is not text',
			(r) => ({ ...r, draft: { ...(r.draft as object), sourceTexts: { a: 1 } } })
		]
	])('isStoredDraft(%s) is false', (_name, change) => {
		const record = stored() as unknown as Record<string, unknown>;
		expect(isStoredDraft(change(record))).toBe(false);
	});

	it('summarizeDraft(record) counts its events and leaves it as it was', () => {
		const record = stored();
		record.draft.dataset.events.push(meeting({ id: 'e-extra' }));
		const before = structuredClone(record);
		expect(summarizeDraft(record)).toEqual({
			id: 'draft-1',
			name: 'River talks',
			updatedAt: '2026-03-10T12:00:00.000Z',
			events: record.draft.dataset.events.length
		});
		expect(record).toEqual(before);
	});
});
