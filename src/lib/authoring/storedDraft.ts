/** A draft as kept in the browser between visits: its id, its name, when it last changed. */
import type { Draft } from './draft';

export const STORED_DRAFT_VERSION = 1;

export interface StoredDraft {
	version: typeof STORED_DRAFT_VERSION;
	id: string;
	name: string;
	/** ISO instant of the last change. */
	updatedAt: string;
	draft: Draft;
}

/** What the list of drafts shows without reading each one whole. */
export interface DraftSummary {
	id: string;
	name: string;
	updatedAt: string;
	events: number;
}

/** True for a record this version of Parley wrote; anything else is skipped. */
export function isStoredDraft(value: unknown): value is StoredDraft {
	if (typeof value !== 'object' || value === null) return false;
	const record = value as Record<string, unknown>;
	const draft = record.draft as Record<string, unknown> | null | undefined;
	return (
		record.version === STORED_DRAFT_VERSION &&
		typeof record.id === 'string' &&
		typeof record.name === 'string' &&
		typeof record.updatedAt === 'string' &&
		Number.isFinite(Date.parse(record.updatedAt)) &&
		typeof draft === 'object' &&
		draft !== null &&
		typeof draft.dataset === 'object' &&
		draft.dataset !== null &&
		Array.isArray((draft.dataset as { events?: unknown }).events) &&
		typeof draft.sourceTexts === 'object' &&
		draft.sourceTexts !== null &&
		Object.values(draft.sourceTexts).every((text) => typeof text === 'string')
	);
}

export function summarizeDraft(record: StoredDraft): DraftSummary {
	return {
		id: record.id,
		name: record.name,
		updatedAt: record.updatedAt,
		events: record.draft.dataset.events.length
	};
}
