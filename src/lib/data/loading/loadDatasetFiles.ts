/**
 * Everything between "these files were picked" and "here is a checked dataset": which file is
 * what (a JSON dataset, a spreadsheet pair, stored source texts), size limits, reading JSON or
 * CSV, matching stored texts to the sources that name them, and the loader's checks.
 * Runs in a worker for large files; pure, so it is tested directly.
 */
import { isolateBidi, quoteText, truncateText } from '../text/bidi';
import { parseCsvDataset } from '../csv/parseCsvDataset';
import { parseJson } from './parseJson';
import {
	validateDataset,
	type Problem,
	type ValidationResult
} from '../validation/validateDataset';
import { checkFileSelection, fileProblem, fileRole } from './checkFileSelection';
import { isTimelineJs } from '$lib/formats/timelinejs/parseTimelineJs';
import { loadSingleCsv, loadTimelineJsValue } from '$lib/formats/loadForeignFile';
import { plural } from '../text/plural';

export {
	checkFileSelection,
	fileProblem,
	fileRole,
	formatBytes,
	MAX_DATASET_BYTES,
	type FileFacts,
	type FileRole
} from './checkFileSelection';

export interface TextFile {
	name: string;
	text: string;
}

export interface LoadedDataset {
	/** What to call it: the file name, or both spreadsheet names. */
	name: string;
	result: ValidationResult;
	/** Stored source texts by the path the dataset names them with. */
	sourceTexts: Record<string, string>;
}

export interface LoadOptions {
	/** Today, YYYY-MM-DD (a spreadsheet's `meta.createdAt`). */
	today: string;
	/** Told what is being done, e.g. "Checking 100,000 events", for a progress display. */
	onStage?: (stage: string) => void;
}

const countOf = (raw: unknown, key: string) => {
	const items = (raw as Record<string, unknown> | null)?.[key];
	return Array.isArray(items) ? items.length : 0;
};

/** "Checking 1,204 events" */
export function describeChecking(raw: unknown): string {
	const events = countOf(raw, 'events');
	return `Checking ${plural(events, 'event')}`;
}

/** True when the text holds NUL characters, the mark of a binary file (an image, a zip …). */
export function isBinaryText(text: string): boolean {
	return text.slice(0, 8192).includes('\u0000');
}

/** The spreadsheet pair in order: the one with event columns first. */
function orderCsvPair(a: TextFile, b: TextFile): [TextFile, TextFile] {
	const looksLikeEvents = (file: TextFile) => {
		const header = file.text.slice(0, 4096).split(/\r?\n/, 1)[0]!.toLowerCase();
		return /summary|source[ _-]?actors|quote/.test(header);
	};
	if (looksLikeEvents(a) !== looksLikeEvents(b)) return looksLikeEvents(a) ? [a, b] : [b, a];
	const namedActors = (file: TextFile) => /actor/i.test(file.name);
	return namedActors(a) && !namedActors(b) ? [b, a] : [a, b];
}

/** A file name inside a sentence: at most 200 characters, isolated. */
export const fileNamed = (name: string) => isolateBidi(truncateText(name, 200));

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** Declared source-text paths (`sources[].text`) of a raw dataset. */
function declaredTextPaths(raw: unknown): string[] {
	const sources = (raw as { sources?: unknown } | null)?.sources;
	if (!Array.isArray(sources)) return [];
	return sources
		.map((source) => (source as { text?: unknown } | null)?.text)
		.filter((path): path is string => typeof path === 'string');
}

/** Stored texts by the paths the dataset uses, matched on the file name alone. */
export function matchSourceTexts(
	declaredPaths: readonly string[],
	texts: readonly TextFile[]
): Map<string, string> {
	const byName = new Map(texts.map((file) => [baseName(file.name), file.text]));
	const matched = new Map<string, string>();
	for (const path of declaredPaths) {
		const text = byName.get(baseName(path));
		if (text !== undefined) matched.set(path, text);
	}
	return matched;
}

function failed(name: string, problems: Problem[]): LoadedDataset {
	return {
		name,
		result: { dataset: null, errors: problems, warnings: [] },
		sourceTexts: {}
	};
}

/** Source texts that no source names: probably a mistake in a file name, so say so. */
function unusedTextWarnings(declared: readonly string[], texts: readonly TextFile[]): Problem[] {
	const used = new Set(declared.map(baseName));
	return texts
		.filter((file) => !used.has(baseName(file.name)))
		.map((file) => ({
			severity: 'warning',
			path: file.name,
			message: `no source names this text (sources[].text${declared.length ? ` names ${declared.map((p) => quoteText(p, 200)).join(', ')}` : ' is not set'}); it was not used`,
			code: 'file'
		}));
}

/**
 * Reads picked files (already checked by `checkFileSelection`) into a checked dataset.
 * A stored text that a source names but that was not picked is a warning: its quotes are
 * simply not checked.
 */
export function loadDatasetFiles(files: readonly TextFile[], options: LoadOptions): LoadedDataset {
	const selection = checkFileSelection(files.map((f) => ({ name: f.name, size: f.text.length })));
	const allNames = files.map((f) => f.name).join(', ');
	if (selection.length > 0) return failed(allNames, selection);
	const binary = files.filter((file) => isBinaryText(file.text));
	if (binary.length > 0) {
		return failed(
			allNames,
			binary.map((file) =>
				fileProblem(
					file.name,
					`this is not a text file (it holds binary data, like an image or a zip archive), so it is neither JSON nor CSV`
				)
			)
		);
	}
	const texts = files.filter((f) => fileRole(f.name) === 'text');
	const json = files.find((f) => fileRole(f.name) === 'json');
	if (json) return loadJsonDataset(json, texts, options.onStage, { today: options.today });
	const csvFiles = files.filter((f) => fileRole(f.name) === 'csv');
	// One CSV alone is an ACLED export or a TimelineJS sheet (or half a pair: it says so).
	if (csvFiles.length === 1) return loadSingleCsv(csvFiles[0]!, options);
	const [events, actors] = orderCsvPair(
		...(files.filter((f) => fileRole(f.name) === 'csv') as [TextFile, TextFile])
	);
	const sourceTexts = new Map(texts.map((file) => [baseName(file.name), file.text]));
	options.onStage?.(`Reading and checking ${fileNamed(events.name)} and ${fileNamed(actors.name)}`);
	const result = parseCsvDataset(events, actors, {
		today: options.today,
		sourceTexts,
		missingSourceText: 'warning'
	});
	const declared = result.dataset ? declaredTextPaths(result.dataset) : [];
	if (result.dataset) result.warnings.push(...unusedTextWarnings(declared, texts));
	return {
		name: `${events.name} + ${actors.name}`,
		result,
		sourceTexts: Object.fromEntries(matchSourceTexts(declared, texts))
	};
}

const DATASET_KEYS = ['schemaVersion', 'meta', 'sources', 'actors', 'events'];

/**
 * JSON that is not a Parley dataset at all (a list, a number, some other program's file) gets
 * one sentence instead of a problem for every missing and unknown field; null when the value
 * has at least one of the dataset's top-level fields.
 */
export function describeWrongShape(value: unknown): string | null {
	const expected = `a Parley dataset is a JSON object with ${DATASET_KEYS.join(', ')}`;
	if (typeof value !== 'object' || value === null) {
		return `this JSON holds ${value === null ? 'null' : `a ${typeof value}`}, not a dataset; ${expected}`;
	}
	if (Array.isArray(value)) return `this JSON is a list, not a dataset; ${expected}`;
	const keys = Object.keys(value);
	if (keys.some((key) => DATASET_KEYS.includes(key))) return null;
	const shown = keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', …' : '');
	return `this JSON is not a Parley dataset: it has ${keys.length ? `the fields ${shown}` : 'no fields'} but none of ${DATASET_KEYS.join(', ')}; ${expected}`;
}

/** A stored text that was not picked is a choice, not a read failure: say how to add it. */
function explainMissingText(problem: Problem, raw: unknown): Problem {
	if (problem.code !== 'source-text-missing') return problem;
	const index = Number(/^sources\[(\d+)\]/.exec(problem.path)?.[1]);
	const sources = (raw as { sources?: unknown } | null)?.sources;
	const declared = Array.isArray(sources)
		? (sources[index] as { text?: unknown } | undefined)?.text
		: undefined;
	const path = typeof declared === 'string' ? declared : 'the text';
	return {
		...problem,
		message: `the stored text ${quoteText(path, 200)} was not picked with the dataset, so its quotes were not checked; pick ${isolateBidi(truncateText(baseName(path), 200))} together with the dataset to check them`
	};
}

/** Reads and checks one JSON dataset, with any stored source texts picked alongside it. */
export function loadJsonDataset(
	json: TextFile,
	texts: readonly TextFile[] = [],
	onStage?: (stage: string) => void,
	context: { today?: string; url?: string } = {}
): LoadedDataset {
	if (isBinaryText(json.text)) {
		return failed(json.name, [
			fileProblem(
				json.name,
				'this is not a text file (it holds binary data, like an image or a zip archive), so it is not JSON'
			)
		]);
	}
	onStage?.(`Reading the JSON of ${fileNamed(json.name)}`);
	const parsed = parseJson(json.text);
	if (!parsed.ok) {
		const html = /^\s*</.test(json.text)
			? ' (it starts with "<": this looks like a web page, not a JSON dataset)'
			: '';
		return failed(json.name, [{ ...fileProblem(json.name, parsed.message + html), code: 'json' }]);
	}
	if (isTimelineJs(parsed.value)) {
		const today = context.today ?? new Date().toISOString().slice(0, 10);
		return loadTimelineJsValue(json.name, parsed.value, { today, url: context.url, onStage });
	}
	const shape = describeWrongShape(parsed.value);
	if (shape) return failed(json.name, [{ ...fileProblem('$', shape), code: 'structure' }]);
	const declared = declaredTextPaths(parsed.value);
	const sourceTexts = matchSourceTexts(declared, texts);
	onStage?.(describeChecking(parsed.value));
	const result = validateDataset(parsed.value, { sourceTexts, missingSourceText: 'warning' });
	result.warnings = result.warnings.map((problem) => explainMissingText(problem, parsed.value));
	result.warnings.push(...unusedTextWarnings(declared, texts));
	return { name: json.name, result, sourceTexts: Object.fromEntries(sourceTexts) };
}

/**
 * Checks a dataset value that was read before (e.g. restored from the browser's storage)
 * with the same loader.
 */
export function loadDatasetValue(
	name: string,
	value: unknown,
	sourceTexts: Record<string, string>
): LoadedDataset {
	const result = validateDataset(value, {
		sourceTexts: new Map(Object.entries(sourceTexts)),
		missingSourceText: 'warning'
	});
	return { name, result, sourceTexts };
}
