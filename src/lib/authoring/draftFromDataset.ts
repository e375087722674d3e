/**
 * The dataset open in the viewer as a new draft ("Add a source", "Edit this event"): its
 * sources, actors, events and relations kept as they are, with the stored texts its sources
 * name, and where the authoring page should start (the new-source form, or one event in the
 * form). The viewer loads this module only when the author asks.
 */
import type { Dataset } from '$lib/data/schema';
import type { Draft } from './draft';
import { STORED_DRAFT_VERSION, type StoredDraft } from './storedDraft';

/** What the authoring page opens with, besides the draft. */
export type DraftIntent = { kind: 'add-source' } | { kind: 'edit-event'; eventId: string };

/** A copy of the dataset as a draft, with the texts of its sources (only those it names). */
export function draftFromDataset(
	dataset: Dataset,
	sourceTexts: ReadonlyMap<string, string> | Readonly<Record<string, string>>
): Draft {
	const lookup =
		sourceTexts instanceof Map
			? (path: string) => sourceTexts.get(path)
			: (path: string) =>
					Object.hasOwn(sourceTexts, path)
						? (sourceTexts as Record<string, string>)[path]
						: undefined;
	const texts: Record<string, string> = {};
	for (const source of dataset.sources) {
		const text = source.text === undefined ? undefined : lookup(source.text);
		if (source.text !== undefined && text !== undefined) texts[source.text] = text;
	}
	return { dataset: structuredClone(dataset), sourceTexts: texts };
}

/** The record kept in the browser for that draft, named after the dataset. */
export function storedDraftFromDataset(
	dataset: Dataset,
	sourceTexts: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
	id: string,
	now: Date
): StoredDraft {
	return {
		version: STORED_DRAFT_VERSION,
		id,
		name: dataset.meta.title.trim() || 'Untitled draft',
		updatedAt: now.toISOString(),
		draft: draftFromDataset(dataset, sourceTexts)
	};
}

/** The authoring page's query for a draft and what to do first ("?draft=…&add=source"). */
export function authoringQuery(draftId: string, intent: DraftIntent | null): string {
	const params = new URLSearchParams({ draft: draftId });
	if (intent?.kind === 'add-source') params.set('add', 'source');
	if (intent?.kind === 'edit-event') params.set('edit', intent.eventId);
	return `?${params.toString()}`;
}

/** What the authoring page's query asks for, if anything (the inverse of `authoringQuery`). */
export function readIntent(search: string): DraftIntent | null {
	const params = new URLSearchParams(search);
	const edit = params.get('edit');
	if (edit) return { kind: 'edit-event', eventId: edit };
	if (params.get('add') === 'source') return { kind: 'add-source' };
	return null;
}

/** A fresh draft id. */
export function newDraftId(): string {
	return `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
