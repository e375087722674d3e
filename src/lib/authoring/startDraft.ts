/**
 * A new draft from an article: the dataset's description and the article as its first source,
 * its text kept beside it. What the author gave is used as given; the loader's checks then say
 * what is missing or wrong (a bad address, an impossible date) next to its field.
 */
import { addSource, createDraft, makeId, takenIds, type Draft } from './draft';
import type { Source } from '$lib/data/schema';

export interface ArticleDetails {
	/** The article's address. */
	url: string;
	outlet: string;
	/** The headline. */
	title: string;
	/** "YYYY-MM-DD", or "" when the date is unknown. */
	publishedAt: string;
	/** How an inferred or unknown date was reasoned. */
	publishedAtNote: string;
	text: string;
}

export interface DraftDetails {
	/** The dataset's title. */
	title: string;
	extractedBy: string;
	license: string;
	/** "YYYY-MM-DD": the day the events are coded (meta.createdAt, the source's accessedAt). */
	today: string;
}

/** The article as a source, with an id made from its outlet and headline. */
export function sourceFromArticle(
	article: ArticleDetails,
	today: string,
	taken: ReadonlySet<string>
): Source {
	const note = article.publishedAtNote.trim();
	const title = article.title.trim();
	return {
		id: makeId(title || article.outlet || 'article', taken),
		url: article.url.trim(),
		outlet: article.outlet.trim(),
		...(title ? { title } : {}),
		publishedAt: article.publishedAt.trim() || null,
		...(note ? { publishedAtNote: note } : {}),
		accessedAt: today
	};
}

export function draftFromArticle(details: DraftDetails, article: ArticleDetails): Draft {
	const draft = createDraft({
		title: details.title.trim(),
		createdAt: details.today,
		extractedBy: details.extractedBy.trim(),
		license: details.license.trim()
	});
	return addArticle(draft, article, details.today);
}

/** Adds another article to a draft as a source. */
export function addArticle(draft: Draft, article: ArticleDetails, today: string): Draft {
	return addSource(draft, sourceFromArticle(article, today, takenIds(draft)), article.text);
}
