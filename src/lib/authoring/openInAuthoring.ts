/**
 * From the viewer to the authoring page: the open dataset is kept in this browser as a new
 * draft and the authoring page opens on it, at the new-source form or with one event in the
 * form. Loaded by the viewer only when the author asks (a chunk of its own).
 */
import type { Dataset } from '$lib/data/schema';
import {
	authoringQuery,
	newDraftId,
	storedDraftFromDataset,
	type DraftIntent
} from './draftFromDataset';
import { saveDraft } from './draftStore';

/**
 * Saves the draft, then goes to `authorHref` (the authoring page's address relative to the
 * viewer) with the draft and the intent in its query. Rejects, saving nothing else, when this
 * browser will not keep the draft.
 */
export async function openInAuthoring(
	dataset: Dataset,
	sourceTexts: ReadonlyMap<string, string>,
	intent: DraftIntent,
	authorHref: string
): Promise<void> {
	const stored = storedDraftFromDataset(dataset, sourceTexts, newDraftId(), new Date());
	await saveDraft(stored);
	location.assign(`${authorHref}${authoringQuery(stored.id, intent)}`);
}
