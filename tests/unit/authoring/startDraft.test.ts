import { PUBLISHED } from '../../helpers/eventFormValues';
import { describe, expect, it } from 'vitest';
import { draftFromArticle } from '$lib/authoring/startDraft';
import { validateDataset } from '$lib/data/validation/validateDataset';
import { ARTICLE_TEXT } from '../../helpers/authoringDraft';

describe('draftFromArticle', () => {
	const details = {
		title: ' Talks ',
		extractedBy: 'A tester',
		license: 'CC-BY-4.0',
		today: '2026-02-04'
	};
	const article = {
		url: 'https://example.org/geneva',
		outlet: 'Example News',
		title: 'Envoys to meet in Geneva',
		publishedAt: PUBLISHED,
		publishedAtNote: '',
		text: ARTICLE_TEXT
	};

	it('draftFromArticle(details, article) makes a draft the loader accepts, with the article as its stored source', () => {
		const before = structuredClone({ details, article });
		const draft = draftFromArticle(details, article);
		expect({ details, article }).toEqual(before);
		expect(draft.dataset.meta).toMatchObject({
			title: 'Talks',
			createdAt: '2026-02-04',
			primarySourceIds: ['envoys-to-meet-in-geneva']
		});
		expect(draft.dataset.sources).toEqual([
			{
				id: 'envoys-to-meet-in-geneva',
				url: article.url,
				outlet: article.outlet,
				title: article.title,
				publishedAt: PUBLISHED,
				accessedAt: '2026-02-04',
				text: 'sources/envoys-to-meet-in-geneva.txt'
			}
		]);
		expect(draft.sourceTexts).toEqual({ 'sources/envoys-to-meet-in-geneva.txt': ARTICLE_TEXT });
		const { errors } = validateDataset(draft.dataset, {
			sourceTexts: new Map(Object.entries(draft.sourceTexts))
		});
		expect(errors).toEqual([]);
	});

	it('draftFromArticle with an unknown date records null and the reasoning', () => {
		const draft = draftFromArticle(details, {
			...article,
			publishedAt: '',
			publishedAtNote: 'Undated; after 2 Feb.'
		});
		expect(draft.dataset.sources[0]).toMatchObject({
			publishedAt: null,
			publishedAtNote: 'Undated; after 2 Feb.'
		});
	});

	it('draftFromArticle with a bad address leaves it for the loader to name', () => {
		const draft = draftFromArticle(details, { ...article, url: 'javascript:alert(1)' });
		const { errors } = validateDataset(draft.dataset, {
			sourceTexts: new Map(Object.entries(draft.sourceTexts))
		});
		expect(errors.map((e) => e.path)).toContain('sources[0].url');
	});
});
