/**
 * What is wrong with an article's details as the author gives them (a new draft's first source,
 * or one more source of a draft): the loader's own problems with that source, placed on its
 * fields, and the few things the loader cannot know (no text yet, a date neither given nor said
 * to be unknown, an unknown date without its reasoning).
 */
import type { Problem } from '$lib/data/validation/validateDataset';
import { problemsByField } from './fieldProblems';
import type { ArticleDetails } from './startDraft';

const own = (message: string): Problem[] => [
	{ severity: 'error', path: '', message, code: 'structure' }
];

/** The problems of `sources[sourceIndex]` by field ("url", "text", "publishedAt" …). */
export function articleProblems(
	errors: readonly Problem[],
	sourceIndex: number,
	article: Pick<ArticleDetails, 'text' | 'publishedAt' | 'publishedAtNote'>,
	dateUnknown: boolean
): Map<string, Problem[]> {
	const source = problemsByField(errors, 'sources', sourceIndex);
	if (article.text.trim() === '') source.set('text', own("paste or open the article's text"));
	if (!dateUnknown && article.publishedAt === '') {
		source.set(
			'publishedAt',
			own('give the day it was published, or tick "The publication date is unknown"')
		);
	}
	if (dateUnknown && article.publishedAtNote.trim() === '') {
		source.set('publishedAtNote', own('say what is known of the date, and how'));
	}
	return source;
}

/** An article with nothing filled in yet. */
export function emptyArticle(): ArticleDetails {
	return { url: '', outlet: '', title: '', publishedAt: '', publishedAtNote: '', text: '' };
}
