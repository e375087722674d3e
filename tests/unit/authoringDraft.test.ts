import { describe, expect, it } from 'vitest';
import {
	addItem,
	deleteItem,
	makeId,
	replaceItem,
	takenIds,
	updateMeta
} from '$lib/authoring/draft';
import { placeProblem, problemsByField } from '$lib/authoring/fieldProblems';
import { record, redo, startHistory, undo } from '$lib/authoring/history';
import { validateDataset, type Problem } from '$lib/data/validateDataset';
import { ARTICLE_TEXT, meeting, smallDraft } from '../helpers/authoringDraft';

const check = (draft: ReturnType<typeof smallDraft>) =>
	validateDataset(draft.dataset, { sourceTexts: new Map(Object.entries(draft.sourceTexts)) });

describe('draft changes', () => {
	it('smallDraft() built with addSource and addItem is a dataset the loader accepts, quotes checked', () => {
		const draft = smallDraft();
		expect(draft.sourceTexts).toEqual({ 'sources/article.txt': ARTICLE_TEXT });
		expect(draft.dataset.sources[0]!.text).toBe('sources/article.txt');
		expect(draft.dataset.meta.primarySourceIds).toEqual(['article']);
		expect(check(draft).errors).toEqual([]);
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
		expect(check(removed).errors.map((p) => p.path)).toEqual(['events[0].evidence[0].sourceId']);
	});

	it('updateMeta(draft, patch) changes only the fields given', () => {
		const draft = smallDraft();
		const next = updateMeta(draft, { title: 'New title' });
		expect(next.dataset.meta).toEqual({ ...draft.dataset.meta, title: 'New title' });
	});
});

describe('history', () => {
	it('record, undo and redo step through values; a new change clears redo', () => {
		let h = startHistory(1);
		h = record(h, 2);
		h = record(h, 3);
		expect(undo(h).present).toBe(2);
		expect(undo(undo(h)).present).toBe(1);
		expect(undo(undo(undo(h))).present).toBe(1);
		expect(redo(undo(undo(h))).present).toBe(2);
		const branched = record(undo(h), 9);
		expect(branched.future).toEqual([]);
		expect(redo(branched)).toBe(branched);
		expect(branched.past).toEqual([1, 2]);
	});

	it('record(history, value, limit) keeps at most `limit` steps back', () => {
		let h = startHistory(0);
		for (let i = 1; i <= 10; i++) h = record(h, i, 3);
		expect(h.past).toEqual([7, 8, 9]);
	});
});

describe('placeProblem', () => {
	const problem = (path: string): Problem => ({
		severity: 'error',
		path,
		message: 'm',
		code: 'structure'
	});
	it.each([
		['events[3].date.earliest', 'events', 3, 'earliest'],
		['events[3].date.latest', 'events', 3, 'latest'],
		['events[3].date.value', 'events', 3, 'date'],
		['events[3].date.note', 'events', 3, 'dateNote'],
		['events[3].date', 'events', 3, 'precision'],
		['events[0].sourceActors[1]', 'events', 0, 'sourceActors'],
		['events[0].mediators[0]', 'events', 0, 'mediators'],
		['events[0].location.actorId', 'events', 0, 'location'],
		['events[0].type.cameo', 'events', 0, 'category'],
		['events[0].evidence[0].quote', 'events', 0, 'quote'],
		['events[0].related[2].eventId', 'events', 0, 'related'],
		['events[0].summary', 'events', 0, 'summary'],
		['events[12]', 'events', 12, 'record'],
		['actors[1].lat', 'actors', 1, 'coordinates'],
		['actors[1].memberOf[0]', 'actors', 1, 'memberOf'],
		['sources[0].url', 'sources', 0, 'url'],
		['meta.title', 'meta', 0, 'title']
	])('placeProblem(%j) puts it next to %s[%i].%s', (path, collection, index, field) => {
		expect(placeProblem(problem(path))).toMatchObject({ collection, index, field });
	});

	it('placeProblem("relations[0].from") and "$" have no form field', () => {
		expect(placeProblem(problem('relations[0].from'))).toBeNull();
		expect(placeProblem(problem('$'))).toBeNull();
	});

	it('problemsByField(the loader\'s problems, "events", i) gathers each field\'s messages', () => {
		const draft = replaceItem(smallDraft(), 'events', 'geneva-meeting', {
			...meeting(),
			date: { ...meeting().date, latest: '2026-02-01' },
			sourceActors: ['atlantis', 'nowhere'],
			evidence: [{ sourceId: 'article', quote: 'will meet in Bern' }]
		});
		const byField = problemsByField(check(draft).errors, 'events', 0);
		expect([...byField.keys()].sort()).toEqual(['latest', 'quote', 'sourceActors']);
		expect(byField.get('latest')![0]!.message).toMatch(/inverted/);
		expect(byField.get('quote')![0]!.message).toMatch(/not found verbatim/);
		expect(byField.get('sourceActors')![0]!.message).toMatch(/unknown actor "nowhere"/);
	});
});
