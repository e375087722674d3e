/**
 * What a picked set of files is, checked before anything is read: a JSON dataset, a spreadsheet
 * pair, stored source texts, nothing empty or too large. Kept apart from the parsers so the page
 * can check a selection without loading them (they run in a worker).
 */
import type { Problem } from '../validation/problems';

/** The largest file Parley opens: room for a dataset of well over 100,000 events. */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024;

export type FileRole = 'json' | 'csv' | 'text' | 'zip' | 'other';

export interface FileFacts {
	name: string;
	/** Bytes. */
	size: number;
}

/** "1.5 MB" */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
	const mb = bytes / (1024 * 1024);
	return `${mb < 10 ? mb.toFixed(1) : mb.toFixed(0)} MB`;
}

export function fileRole(name: string): FileRole {
	const extension = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
	if (extension === 'json' || extension === 'geojson') return 'json';
	if (extension === 'csv' || extension === 'tsv') return 'csv';
	if (extension === 'txt' || extension === 'text') return 'text';
	if (extension === 'zip') return 'zip';
	return 'other';
}

export const fileProblem = (path: string, message: string): Problem => ({
	severity: 'error',
	path,
	message,
	code: 'file'
});

const WHAT_OPENS =
	'Parley opens one JSON dataset or TimelineJS story, one ACLED export or TimelineJS sheet (CSV), or two CSV files picked together (events and actors), each optionally with .txt source texts, or a .zip of them';

/**
 * Checks a picked set of files before anything is read: what each one is, that none is empty
 * or too large, and that together they make one dataset. Empty when all is well.
 */
export function checkFileSelection(
	files: readonly FileFacts[],
	maxBytes = MAX_DATASET_BYTES
): Problem[] {
	const problems: Problem[] = [];
	if (files.length === 0) return [fileProblem('$', `no file was given. ${WHAT_OPENS}.`)];
	for (const file of files) {
		if (file.size === 0) problems.push(fileProblem(file.name, 'the file is empty (0 bytes)'));
		else if (file.size > maxBytes) {
			problems.push(
				fileProblem(
					file.name,
					`the file is ${formatBytes(file.size)}; Parley opens files up to ${formatBytes(maxBytes)}. Split it, or remove what it does not need (e.g. long notes)`
				)
			);
		}
		if (fileRole(file.name) === 'other') {
			problems.push(
				fileProblem(
					file.name,
					`this is not a JSON dataset, a CSV spreadsheet or a .txt source text (its name should end in .json, .csv or .txt). ${WHAT_OPENS}.`
				)
			);
		}
	}
	// A .zip holds the dataset and its texts: it comes alone, and is checked once unpacked.
	const zips = files.filter((f) => fileRole(f.name) === 'zip');
	if (zips.length > 0) {
		if (files.length > 1) {
			problems.push(
				fileProblem(
					files.map((f) => f.name).join(', '),
					'a .zip archive holds the dataset and its source texts: open it by itself'
				)
			);
		}
		return problems;
	}
	const json = files.filter((f) => fileRole(f.name) === 'json');
	const csv = files.filter((f) => fileRole(f.name) === 'csv');
	if (json.length > 1) {
		problems.push(
			fileProblem(
				json.map((f) => f.name).join(', '),
				'several JSON files were given; open one dataset at a time'
			)
		);
	} else if (json.length === 1 && csv.length > 0) {
		problems.push(
			fileProblem(
				[...json, ...csv].map((f) => f.name).join(', '),
				'a JSON dataset and CSV files were given together; open either the JSON file or the two CSV files'
			)
		);
	} else if (json.length === 0 && csv.length === 1) {
		// One CSV alone may be an ACLED export or a TimelineJS sheet: its header, read in the
		// loader, decides (and says when it is half of a spreadsheet pair).
	} else if (csv.length > 2) {
		problems.push(
			fileProblem(
				csv.map((f) => f.name).join(', '),
				'more than two CSV files were given; pick one events CSV and one actors CSV'
			)
		);
	} else if (json.length === 0 && csv.length === 0 && problems.length === 0) {
		problems.push(
			fileProblem(
				files.map((f) => f.name).join(', '),
				`only source texts were given; pick the dataset they belong to as well. ${WHAT_OPENS}.`
			)
		);
	}
	return problems;
}
