/**
 * The last dataset a person opened, as kept in the browser between visits: what it is called,
 * where it came from, when it was opened, and the dataset itself.
 */
import { format } from 'date-fns';
import { isolateBidi, truncateText } from './bidi';

export type OpenedFrom = 'file' | 'url';

export interface StoredDataset {
	/** Bumped when the stored shape changes; older records are ignored. */
	version: 1;
	name: string;
	from: OpenedFrom;
	/** The address it was loaded from, when `from` is "url". */
	url?: string;
	/** ISO instant. */
	openedAt: string;
	/** Checked again by the loader when restored. */
	dataset: unknown;
	sourceTexts: Record<string, string>;
}

export const STORED_DATASET_VERSION = 1;

/** True for a record this version of Parley wrote; anything else is ignored. */
export function isStoredDataset(value: unknown): value is StoredDataset {
	if (typeof value !== 'object' || value === null) return false;
	const record = value as Record<string, unknown>;
	return (
		record.version === STORED_DATASET_VERSION &&
		typeof record.name === 'string' &&
		(record.from === 'file' || record.from === 'url') &&
		typeof record.openedAt === 'string' &&
		Number.isFinite(Date.parse(record.openedAt)) &&
		typeof record.dataset === 'object' &&
		record.dataset !== null &&
		typeof record.sourceTexts === 'object' &&
		record.sourceTexts !== null &&
		Object.values(record.sourceTexts).every((text) => typeof text === 'string')
	);
}

/** "3 Feb 2026 at 14:05", in the reader's time zone. */
export function formatOpenedAt(openedAt: string): string {
	return format(new Date(openedAt), "d MMM yyyy 'at' HH:mm");
}

/** "opened from a file on 3 Feb 2026 at 14:05" */
export function describeOpened(record: Pick<StoredDataset, 'from' | 'url' | 'openedAt'>): string {
	const from =
		record.from === 'url'
			? `from ${record.url ? isolateBidi(truncateText(record.url, 200)) : 'an address'}`
			: 'from a file';
	return `opened ${from} on ${formatOpenedAt(record.openedAt)}`;
}
