/**
 * `npm run validate -- path/to/dataset.json` (or a .zip of it and its sources): checks a
 * dataset as Parley's loader does (the same size limit, the same UTF-8 reading, the same
 * checks) and prints one line per problem kept in full, a count of the rest by kind, then a
 * summary. Exits 1 when there is any error.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { checkFileSelection, fileRole } from '../lib/data/loading/checkFileSelection';
import { unzipDataset } from '../lib/data/loading/datasetZip';
import { decodeUtf8 } from '../lib/data/loading/decodeUtf8';
import { groupProblems, PROBLEM_KINDS } from '../lib/data/validation/groupProblems';
import {
	describeWrongShape,
	isBinaryText,
	matchSourceTexts
} from '../lib/data/loading/loadDatasetFiles';
import { parseJson } from '../lib/data/loading/parseJson';
import { totalProblems } from '../lib/data/validation/problemCollector';
import { describeSummary, summarizeDataset } from '../lib/data/summarizeDataset';
import {
	validateDataset,
	type Problem,
	type ValidationResult
} from '../lib/data/validation/validateDataset';
import { plural } from '../lib/data/text/plural';

/** Stored source texts named by the dataset, read relative to the dataset's folder. */
async function readSourceTexts(raw: unknown, folder: string): Promise<Map<string, string>> {
	const texts = new Map<string, string>();
	const sources = (raw as { sources?: unknown }).sources;
	if (!Array.isArray(sources)) return texts;
	for (const source of sources) {
		const path = (source as { text?: unknown } | null)?.text;
		if (typeof path !== 'string' || path.startsWith('/') || path.split(/[\\/]/).includes('..')) {
			continue;
		}
		try {
			const decoded = decodeUtf8(await readFile(resolve(folder, path)));
			// A text that is not UTF-8 cannot be searched for quotes: reported as unreadable.
			if (decoded.ok) texts.set(path, decoded.text);
		} catch {
			// Reported by the validator as an unreadable source text.
		}
	}
	return texts;
}

const line = (problem: Problem) =>
	`${problem.severity === 'error' ? 'ERROR' : 'WARN'} ${problem.path}: ${problem.message}`;

function failWith(file: string, problem: string): number {
	console.log(`ERROR $: ${problem}`);
	console.log(`FAILED ${file}: 1 error`);
	return 1;
}

async function main(argv: string[]): Promise<number> {
	const file = argv[0];
	if (!file || argv.length > 1) {
		console.error(
			'usage: npm run validate -- path/to/dataset.json (or a .zip of it and its sources)'
		);
		return 2;
	}
	let bytes: Uint8Array;
	try {
		// The page's rules: refused before reading when it is too large or not a dataset file.
		const selection = checkFileSelection([{ name: file, size: (await stat(file)).size }]);
		if (selection.length > 0) return failWith(file, selection[0]!.message);
		bytes = await readFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? String(error);
		return failWith(file, `cannot read ${file}: ${code}`);
	}
	if (fileRole(file) === 'zip') return validateZip(file, new Uint8Array(bytes));
	const decoded = decodeUtf8(bytes);
	if (!decoded.ok) return failWith(file, decoded.message);
	if (isBinaryText(decoded.text)) {
		return failWith(
			file,
			'this is not a text file (it holds binary data, like an image or a zip archive), so it is not JSON'
		);
	}
	const parsed = parseJson(decoded.text);
	if (!parsed.ok) return failWith(file, parsed.message);
	const shape = describeWrongShape(parsed.value);
	if (shape) return failWith(file, shape);
	const sourceTexts = await readSourceTexts(parsed.value, dirname(resolve(file)));
	return report(file, validateDataset(parsed.value, { sourceTexts }));
}

/**
 * A .zip from "Download dataset": its one JSON dataset, checked with the source texts packed
 * beside it (matched as the opener matches them, by file name).
 */
function validateZip(file: string, bytes: Uint8Array): number {
	const unzipped = unzipDataset(file, bytes);
	if (!unzipped.ok) return failWith(file, unzipped.problems.map((p) => p.message).join('; '));
	const jsons = unzipped.files.filter((f) => fileRole(f.name) === 'json');
	if (jsons.length !== 1) {
		return failWith(
			file,
			`the archive must hold exactly one JSON dataset; it holds ${jsons.length}`
		);
	}
	const parsed = parseJson(jsons[0]!.text);
	if (!parsed.ok) return failWith(file, `${jsons[0]!.name}: ${parsed.message}`);
	const texts = unzipped.files.filter((f) => fileRole(f.name) === 'text');
	const declared = ((parsed.value as { sources?: unknown }).sources ?? []) as { text?: unknown }[];
	const paths = Array.isArray(declared)
		? declared.map((s) => s?.text).filter((p): p is string => typeof p === 'string')
		: [];
	const sourceTexts = matchSourceTexts(paths, texts);
	return report(file, validateDataset(parsed.value, { sourceTexts }));
}

/** The problems kept in full, a line per kind for the rest, then the summary. */
function report(file: string, result: ValidationResult): number {
	const kept = [...result.errors, ...result.warnings];
	for (const problem of kept) console.log(line(problem));
	// What was counted but not printed, by kind, as the page's problem list says it.
	for (const group of groupProblems(kept, kept.length, result.omitted).groups) {
		const more = group.total - group.shown.length;
		if (more > 0) {
			const label = PROBLEM_KINDS[group.code]?.label.toLowerCase() ?? group.code;
			console.log(
				`${group.severity === 'error' ? 'ERROR' : 'WARN'} …: and ${plural(more, `more ${group.severity}`)} of kind ${group.code} (${label}) not listed`
			);
		}
	}
	const errors = totalProblems(
		result.errors,
		result.omitted?.filter((t) => t.severity === 'error')
	);
	const warnings = totalProblems(
		result.warnings,
		result.omitted?.filter((t) => t.severity === 'warning')
	);
	const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
	if (!result.dataset) {
		console.log(`FAILED ${file}: ${counts}`);
		return 1;
	}
	console.log(`OK ${file}: ${describeSummary(summarizeDataset(result.dataset))} (${counts})`);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
