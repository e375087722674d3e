import { describe, expect, it } from 'vitest';
import {
	addItem,
	deleteItem,
	makeId,
	replaceItem,
	takenIds,
	updateMeta
} from '$lib/authoring/draft';
import { ARTICLE_TEXT, meeting, smallDraft, checkDraft } from '../../helpers/authoringDraft';

describe('draft changes', () => {
	it('smallDraft() built with addSource and addItem is a dataset the loader accepts, quotes checked', () => {
		const draft = smallDraft();
		expect(draft.sourceTexts).toEqual({ 'sources/article.txt': ARTICLE_TEXT });
		expect(draft.dataset.sources[0]!.text).toBe('sources/article.txt');
		expect(draft.dataset.meta.primarySourceIds).toEqual(['article']);
		expect(checkDraft(draft).errors).toEqual([]);
	});

	it.each([
		['Geneva meeting', [], 'geneva-meeting'],
		['Geneva meeting', ['geneva-meeting'], 'geneva-meeting-2'],
		['Geneva meeting', ['geneva-meeting', 'geneva-meeting-2'], 'geneva-meeting-3'],
		['Türkiye', [], 'turkiye'],
		['  «»  ', [], 'item'],
		['x'.repeat(80), [], 'x'.repeat(48)]
	])('makeId(%j, %j) is %j', (name, taken, id) => {
		const before = [...taken];
		expect(makeId(name, new Set(taken))).toBe(id);
		expect(taken).toEqual(before);
		expect(id).toMatch(/^[a-z0-9][a-z0-9._-]{0,63}$/);
	});

	it('addItem, replaceItem and deleteItem return a new draft and leave the old one as it was', () => {
		const draft = smallDraft();
		const before = structuredClone(draft);
		const second = meeting({ id: 'second', summary: 'A second meeting.' });
		const added = addItem(draft, 'events', second);
		const edited = replaceItem(added, 'events', 'second', { ...second, summary: 'Edited.' });
		const removed = deleteItem(edited, 'events', 'second');
		expect(draft).toEqual(before);
		expect(added.dataset.events.map((e) => e.id)).toEqual(['geneva-meeting', 'second']);
		expect(edited.dataset.events[1]!.summary).toBe('Edited.');
		expect(added.dataset.events[1]!.summary).toBe('A second meeting.');
		expect(removed.dataset.events.map((e) => e.id)).toEqual(['geneva-meeting']);
		expect(takenIds(added).has('second')).toBe(true);
	});

	it('replaceItem(draft, collection, unknown id) throws, naming the id', () => {
		expect(() =>
			replaceItem(smallDraft(), 'actors', 'nowhere', { id: 'x', name: 'X', kind: 'state' })
		).toThrow(/no actor "nowhere"/);
	});

	it('deleteItem(draft, "events", id) also removes the related links that pointed at it', () => {
		const draft = addItem(
			smallDraft(),
			'events',
			meeting({ id: 'follow-up', related: [{ eventId: 'geneva-meeting', relation: 'follows' }] })
		);
		const removed = deleteItem(draft, 'events', 'geneva-meeting');
		expect(removed.dataset.events).toHaveLength(1);
		expect(removed.dataset.events[0]!.related).toEqual([]);
		expect(draft.dataset.events[1]!.related).toHaveLength(1);
	});

	it('deleteItem(draft, "sources", id) drops its stored text and its primary-source entry', () => {
		const removed = deleteItem(smallDraft(), 'sources', 'article');
		expect(removed.sourceTexts).toEqual({});
		expect(removed.dataset.meta.primarySourceIds).toEqual([]);
		// The event that quotes it is now reported by the loader, where it refers to it.
		expect(checkDraft(removed).errors.map((p) => p.path)).toEqual([
			'events[0].evidence[0].sourceId'
		]);
	});

	it('updateMeta(draft, patch) changes only the fields given', () => {
		const draft = smallDraft();
		const next = updateMeta(draft, { title: 'New title' });
		expect(next.dataset.meta).toEqual({ ...draft.dataset.meta, title: 'New title' });
	});
});
