/**
 * The viewer's way into the authoring page ("Add a source", "Edit this event"): a few lines in
 * the viewer's bundle; the draft store and everything else load only when the author asks.
 */
import type { Dataset } from '$lib/data/schema';
import type { DraftIntent } from './draftFromDataset';

/** The authoring page, relative to the viewer (the build's paths are relative). */
export const AUTHOR_HREF = 'author/';

/**
 * Keeps the open dataset as a new draft and goes to the authoring page; resolves to a message
 * when that could not be done (the viewer stays as it was).
 */
export async function startAuthoring(
	dataset: Dataset,
	sourceTexts: ReadonlyMap<string, string>,
	intent: DraftIntent
): Promise<string | null> {
	try {
		const { openInAuthoring } = await import('./openInAuthoring');
		await openInAuthoring(dataset, sourceTexts, intent, AUTHOR_HREF);
		return null;
	} catch (error) {
		return `The dataset could not be taken to the authoring page (${error instanceof Error ? error.message : String(error)}); download it and start a draft from the file instead.`;
	}
}
