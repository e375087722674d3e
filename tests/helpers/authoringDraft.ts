/** A small draft for the authoring tests: one source with its text, two states, one event. */
import { addItem, addSource, createDraft, type Draft } from '$lib/authoring/draft';
import type { Actor, DiplomaticEvent } from '$lib/data/schema';
import { validateDataset } from '$lib/data/validation/validateDataset';

export const ARTICLE_TEXT =
	'Envoys of Atlantis and Lemuria will meet in Geneva as soon as Friday. The date is not final.\nTalks broke down last month.';

export const atlantis: Actor = { id: 'atlantis', name: 'Atlantis', kind: 'state' };
export const lemuria: Actor = {
	id: 'lemuria',
	name: 'Lemuria',
	aliases: ['Lemurian Republic'],
	kind: 'state'
};

export function meeting(overrides: Partial<DiplomaticEvent> = {}): DiplomaticEvent {
	return {
		id: 'geneva-meeting',
		date: {
			value: '2026-02-06',
			precision: 'range',
			earliest: '2026-02-06',
			latest: '2026-02-13',
			note: '"as soon as Friday"'
		},
		status: 'tentative',
		type: { cameo: '043', cameoLabel: 'Meet at a third location', plover: 'CONSULT' },
		sourceActors: ['atlantis', 'lemuria'],
		targetActors: [],
		summary: 'Envoys of Atlantis and Lemuria are to meet in Geneva.',
		evidence: [{ sourceId: 'article', quote: 'will meet in Geneva as soon as Friday' }],
		confidence: 'medium',
		...overrides
	};
}

export function smallDraft(): Draft {
	let draft = createDraft({
		title: 'Talks in Geneva',
		createdAt: '2026-02-04',
		extractedBy: 'A tester',
		license: 'CC-BY-4.0'
	});
	draft = addSource(
		draft,
		{
			id: 'article',
			url: 'https://example.org/geneva',
			outlet: 'Example News',
			title: 'Envoys to meet in Geneva',
			publishedAt: '2026-02-03',
			accessedAt: '2026-02-04'
		},
		ARTICLE_TEXT
	);
	draft = addItem(draft, 'actors', atlantis);
	draft = addItem(draft, 'actors', lemuria);
	return addItem(draft, 'events', meeting());
}

/** The loader's verdict on a draft, its stored texts included (quotes are checked). */
export const checkDraft = (draft: Draft) =>
	validateDataset(draft.dataset, { sourceTexts: new Map(Object.entries(draft.sourceTexts)) });
