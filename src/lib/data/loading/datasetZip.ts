/**
 * A dataset and its source texts in one `.zip`: `events.json` at the top and each stored text
 * at the path its source names (`sources/article.txt`). Written by "Download dataset", opened
 * by the opener and `npm run validate` like the same files picked together.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { isolateBidi, truncateText } from '../text/bidi';
import { fileProblem, fileRole, formatBytes, MAX_DATASET_BYTES } from './checkFileSelection';
import {
	loadDatasetFiles,
	type LoadedDataset,
	type LoadOptions,
	type TextFile
} from './loadDatasetFiles';
import type { Dataset } from '../schema';
import type { Problem } from '../validation/problems';

/** The archive: `events.json` (tab-indented, as the JSON export writes it) and the texts. */
export function zipDataset(
	dataset: Dataset,
	sourceTexts: Readonly<Record<string, string>>
): Uint8Array {
	const entries: Zippable = { 'events.json': strToU8(`${JSON.stringify(dataset, null, '\t')}\n`) };
	for (const source of dataset.sources) {
		if (source.text === undefined) continue;
		const text = sourceTexts[source.text];
		if (text !== undefined) entries[source.text] = strToU8(text);
	}
	// A fixed time stamp, so the same dataset always gives the same bytes.
	return zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') });
}

export type UnzippedDataset =
	{ ok: true; files: TextFile[]; skipped: string[] } | { ok: false; problems: Problem[] };

/** Entries a computer adds by itself (macOS resource forks, hidden files): never the dataset. */
const isSystemEntry = (path: string) =>
	path.startsWith('__MACOSX/') || path.split('/').some((part) => part.startsWith('.'));

/**
 * The JSON, CSV and text files inside an archive, decoded as UTF-8. Folders, system entries and
 * other kinds of file are skipped (and named). An archive that unpacks to more than `maxBytes`
 * is refused before anything is unpacked.
 */
export function unzipDataset(
	zipName: string,
	bytes: Uint8Array,
	maxBytes = MAX_DATASET_BYTES
): UnzippedDataset {
	const named = isolateBidi(truncateText(zipName, 200));
	let unpacked = 0;
	let tooLarge = false;
	const skipped: string[] = [];
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes, {
			filter: (file) => {
				if (file.name.endsWith('/') || isSystemEntry(file.name)) return false;
				if (fileRole(file.name) === 'other' || fileRole(file.name) === 'zip') {
					skipped.push(file.name);
					return false;
				}
				unpacked += file.originalSize;
				if (unpacked > maxBytes) tooLarge = true;
				return !tooLarge;
			}
		});
	} catch (error) {
		return {
			ok: false,
			problems: [
				fileProblem(
					zipName,
					`${named} is not a readable .zip archive (${error instanceof Error ? error.message : String(error)})`
				)
			]
		};
	}
	if (tooLarge) {
		return {
			ok: false,
			problems: [
				fileProblem(
					zipName,
					`${named} unpacks to more than ${formatBytes(maxBytes)}; Parley opens datasets up to that size`
				)
			]
		};
	}
	const files = Object.entries(entries).map(([name, data]) => ({ name, text: strFromU8(data) }));
	if (!files.some((file) => fileRole(file.name) === 'json' || fileRole(file.name) === 'csv')) {
		return {
			ok: false,
			problems: [
				fileProblem(
					zipName,
					`${named} holds no JSON dataset or CSV spreadsheet${files.length + skipped.length ? ` (it holds ${[...files.map((f) => f.name), ...skipped].slice(0, 8).join(', ')})` : ' (it is empty)'}`
				)
			]
		};
	}
	return { ok: true, files, skipped };
}

/** Opens an archive as the same files picked together would open; named after the archive. */
export function loadZipDataset(
	zipName: string,
	bytes: Uint8Array,
	options: LoadOptions
): LoadedDataset {
	const unzipped = unzipDataset(zipName, bytes);
	if (!unzipped.ok) {
		return {
			name: zipName,
			result: { dataset: null, errors: unzipped.problems, warnings: [] },
			sourceTexts: {}
		};
	}
	const loaded = loadDatasetFiles(unzipped.files, options);
	const skippedWarnings: Problem[] = unzipped.skipped.map((path) => ({
		severity: 'warning',
		path: `${zipName}: ${path}`,
		message: 'not a JSON, CSV or .txt file; it was not used',
		code: 'file'
	}));
	if (loaded.result.dataset) loaded.result.warnings.push(...skippedWarnings);
	return { ...loaded, name: zipName };
}
