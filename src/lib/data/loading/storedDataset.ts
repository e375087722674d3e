/**
 * The last dataset a person opened, as kept in the browser between visits: what it is called,
 * where it came from, when it was opened, and the dataset itself.
 */
import { timeFormat } from 'd3-time-format';
import { isolateBidi, truncateText } from '../text/bidi';

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

const OPENED_AT = timeFormat('%-d %b %Y at %H:%M');

/** "3 Feb 2026 at 14:05", in the reader's time zone. */
export function formatOpenedAt(openedAt: string): string {
	return OPENED_AT(new Date(openedAt));
}

/** "opened from a file on 3 Feb 2026 at 14:05" */
export function describeOpened(record: Pick<StoredDataset, 'from' | 'url' | 'openedAt'>): string {
	const from =
		record.from === 'url'
			? `from ${record.url ? isolateBidi(truncateText(record.url, 200)) : 'an address'}`
			: 'from a file';
	return `opened ${from} on ${formatOpenedAt(record.openedAt)}`;
}

/** What the browser's storage holds for the next visit, as read. */
export type KeptRead =
	| { kind: 'none' }
	| { kind: 'kept'; record: StoredDataset }
	| { kind: 'unreadable'; reason: string };

/** A value read from storage, told apart: nothing, a record to restore, or one to remove. */
export function readKeptValue(value: unknown): KeptRead {
	if (value === undefined || value === null) return { kind: 'none' };
	if (isStoredDataset(value)) return { kind: 'kept', record: value };
	const version = (value as { version?: unknown } | null)?.version;
	return {
		kind: 'unreadable',
		reason:
			typeof version === 'number' && version !== STORED_DATASET_VERSION
				? `it was kept by another version of Parley (record version ${version})`
				: 'the record is damaged'
	};
}

/** Said when a kept record could not be read and was removed (or could not be). */
export function unreadableNotice(reason: string, removed: boolean): string {
	return removed
		? `The dataset kept from your last visit could not be read (${reason}), so it was removed; the bundled dataset is shown.`
		: `The dataset kept from your last visit could not be read (${reason}), and this browser would not remove it; the bundled dataset is shown.`;
}

/**
 * Said when a dataset that opened could not be kept: what the next visit will really show.
 * `forgotten` is whether the dataset kept before was removed, so that no older one comes back.
 */
export function unsavedNotice(name: string, forgotten: boolean): string {
	const which = isolateBidi(truncateText(name, 200));
	return forgotten
		? `This browser would not keep ${which} (storage is off or full, or the dataset is too large), so the next visit starts with the bundled dataset.`
		: `This browser would not keep ${which} (storage is off or full, or the dataset is too large), nor forget the dataset kept before: the next visit may bring that one back. Choose "Back to the bundled dataset" to clear it.`;
}

/** What tabs tell each other when one keeps a dataset: the last one kept wins. */
export interface KeptAnnouncement {
	/** Which tab kept it (a random id per page). */
	tab: string;
	name: string;
	openedAt: string;
}

/** The channel tabs of one browser use to say they kept a dataset. */
export const KEPT_CHANNEL = 'parley-kept-dataset';

/** Said in a tab when another tab kept a dataset; null for its own announcements. */
export function otherTabNotice(announcement: KeptAnnouncement, ownTab: string): string | null {
	if (announcement.tab === ownTab) return null;
	return `Another tab opened ${isolateBidi(truncateText(announcement.name, 200))}: that is the dataset the next visit brings back (the last one opened wins). This tab keeps showing what it shows.`;
}
