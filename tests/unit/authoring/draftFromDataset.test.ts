import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	authoringQuery,
	draftFromDataset,
	readIntent,
	storedDraftFromDataset,
	type DraftIntent
} from '$lib/authoring/draftFromDataset';
import { addArticle } from '$lib/authoring/startDraft';
import { eventFromForm, formFromEvent } from '$lib/authoring/eventForm';
import { isStoredDraft } from '$lib/authoring/storedDraft';
import type { Dataset } from '$lib/data/schema';
import { validateDataset } from '$lib/data/validation/validateDataset';

const bundled: Dataset = JSON.parse(readFileSync('data/events.json', 'utf8'));
const article = readFileSync('data/sources/article.txt', 'utf8');
const realShaped: Dataset = JSON.parse(
	readFileSync('tests/fixtures/realShaped/dataset.json', 'utf8')
);
const texts = new Map([
	['sources/article.txt', article],
	['sources/not-named-by-any-source.txt', 'stray']
]);

describe('draftFromDataset', () => {
	it.each<[string, Dataset, ReadonlyMap<string, string> | Record<string, string>, string[]]>([
		['the bundled dataset, texts as a Map', bundled, texts, ['sources/article.txt']],
		[
			'the bundled dataset, texts as a record',
			bundled,
			Object.fromEntries(texts),
			['sources/article.txt']
		],
		['the real-shaped fixture (no stored texts)', realShaped, new Map(), []]
	])(
		'draftFromDataset(%s) keeps every record and only the texts its sources name',
		(_, dataset, sourceTexts, paths) => {
			const before = structuredClone({ dataset, sourceTexts });
			const draft = draftFromDataset(dataset, sourceTexts);
			expect({ dataset, sourceTexts }).toEqual(before);
			expect(draft.dataset).toEqual(dataset);
			expect(draft.dataset).not.toBe(dataset);
			expect(Object.keys(draft.sourceTexts)).toEqual(paths);
			const { errors } = validateDataset(draft.dataset, {
				sourceTexts: new Map(Object.entries(draft.sourceTexts))
			});
			expect(errors).toEqual([]);
		}
	);

	it("draftFromDataset(dataset) is a copy: changing the draft leaves the viewer's dataset alone", () => {
		const draft = draftFromDataset(bundled, texts);
		draft.dataset.events[0]!.summary = 'changed';
		expect(bundled.events[0]!.summary).not.toBe('changed');
	});

	it('storedDraftFromDataset(dataset, texts, id, now) is a draft record named after the dataset', () => {
		const record = storedDraftFromDataset(
			bundled,
			texts,
			'draft-x',
			new Date('2026-02-04T10:00:00Z')
		);
		expect(isStoredDraft(record)).toBe(true);
		expect(record).toMatchObject({
			id: 'draft-x',
			name: bundled.meta.title,
			updatedAt: '2026-02-04T10:00:00.000Z'
		});
	});
});

describe('addArticle to a dataset from the viewer', () => {
	const newArticle = {
		url: 'https://news.example.org/follow-up',
		outlet: 'Example News',
		title: 'A follow-up',
		publishedAt: '2026-02-10',
		publishedAtNote: '',
		text: 'The envoys met again on Monday.'
	};

	it.each<[string, Dataset, ReadonlyMap<string, string>, string[] | undefined]>([
		['the bundled dataset (lists its primary sources)', bundled, texts, ['article', 'a-follow-up']],
		[
			'the real-shaped fixture',
			realShaped,
			new Map(),
			[...realShaped.meta.primarySourceIds!, 'a-follow-up']
		],
		[
			'a dataset without a primary list (every source primary)',
			{ ...bundled, meta: { ...bundled.meta, primarySourceIds: undefined } },
			texts,
			undefined
		]
	])(
		'addArticle(draft of %s) adds the source and its text; the events stay valid',
		(_, dataset, sourceTexts, primary) => {
			const draft = draftFromDataset(dataset, sourceTexts);
			const before = structuredClone(draft);
			const next = addArticle(draft, newArticle, '2026-02-11');
			expect(draft).toEqual(before);
			expect(next.dataset.events).toEqual(dataset.events);
			expect(next.dataset.actors).toEqual(dataset.actors);
			expect(next.dataset.sources.slice(0, -1)).toEqual(dataset.sources);
			expect(next.dataset.sources.at(-1)).toMatchObject({
				id: 'a-follow-up',
				text: 'sources/a-follow-up.txt',
				accessedAt: '2026-02-11'
			});
			expect(next.sourceTexts['sources/a-follow-up.txt']).toBe(newArticle.text);
			expect(next.dataset.meta.primarySourceIds).toEqual(primary);
			const { errors } = validateDataset(next.dataset, {
				sourceTexts: new Map(Object.entries(next.sourceTexts))
			});
			expect(errors).toEqual([]);
		}
	);
});

describe('formFromEvent then eventFromForm on datasets from the viewer', () => {
	const unquoted: Dataset = {
		...bundled,
		schemaVersion: '1.1',
		events: bundled.events.map((event, i) =>
			i === 0
				? { ...event, evidence: [{ sourceId: 'article', unquoted: 'coded-summary' as const }] }
				: event
		)
	};
	it.each<[string, Dataset]>([
		['the bundled dataset', bundled],
		['the real-shaped fixture', realShaped],
		['an event without a quote ("unquoted")', unquoted]
	])('every event of %s comes back unchanged from the form', (_, dataset) => {
		for (const event of dataset.events) {
			const before = structuredClone(event);
			expect(eventFromForm(formFromEvent(event), event.id, event)).toEqual(event);
			expect(event).toEqual(before);
		}
	});
});

describe('authoringQuery and readIntent', () => {
	it.each<[DraftIntent | null, string]>([
		[{ kind: 'add-source' }, '?draft=draft-1&add=source'],
		[
			{ kind: 'edit-event' as const, eventId: 'istanbul-meeting' },
			'?draft=draft-1&edit=istanbul-meeting'
		],
		[{ kind: 'edit-event' as const, eventId: 'a&b=c' }, '?draft=draft-1&edit=a%26b%3Dc'],
		[null, '?draft=draft-1']
	])('authoringQuery("draft-1", %j) is %j, and readIntent reads it back', (intent, query) => {
		expect(authoringQuery('draft-1', intent)).toBe(query);
		expect(readIntent(query)).toEqual(intent);
	});

	it.each([['?add=other'], [''], ['?edit=']])('readIntent(%j) asks for nothing', (search) => {
		expect(readIntent(search)).toBeNull();
	});
});
