/**
 * `npm run validate -- path/to/dataset.json`: checks a dataset as Parley's loader does and
 * prints one line per problem, then a summary. Exits 1 when there is any error.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseJson } from '../lib/data/parseJson';
import { describeSummary, summarizeDataset } from '../lib/data/summarizeDataset';
import { fileRole } from '../lib/data/checkFileSelection';
import { unzipDataset } from '../lib/data/datasetZip';
import { matchSourceTexts } from '../lib/data/loadDatasetFiles';
import { validateDataset, type Problem, type ValidationResult } from '../lib/data/validateDataset';

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
			texts.set(path, await readFile(resolve(folder, path), 'utf8'));
		} catch {
			// Reported by the validator as an unreadable source text.
		}
	}
	return texts;
}

const line = (problem: Problem) =>
	`${problem.severity === 'error' ? 'ERROR' : 'WARN'} ${problem.path}: ${problem.message}`;

async function main(argv: string[]): Promise<number> {
	const file = argv[0];
	if (!file || argv.length > 1) {
		console.error(
			'usage: npm run validate -- path/to/dataset.json (or a .zip of it and its sources)'
		);
		return 2;
	}
	if (fileRole(file) === 'zip') return validateZip(file);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		console.log(`ERROR $: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
		console.log(`FAILED ${file}: 1 error`);
		return 1;
	}
	const parsed = parseJson(text);
	if (!parsed.ok) {
		console.log(`ERROR $: ${parsed.message}`);
		console.log(`FAILED ${file}: 1 error`);
		return 1;
	}
	const sourceTexts = await readSourceTexts(parsed.value, dirname(resolve(file)));
	return report(file, validateDataset(parsed.value, { sourceTexts }));
}

/**
 * A .zip from "Download dataset": its one JSON dataset, checked with the source texts packed
 * beside it (matched as the opener matches them, by file name).
 */
async function validateZip(file: string): Promise<number> {
	const fail = (message: string) => {
		console.log(`ERROR $: ${message}`);
		console.log(`FAILED ${file}: 1 error`);
		return 1;
	};
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await readFile(file));
	} catch (error) {
		return fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
	}
	const unzipped = unzipDataset(file, bytes);
	if (!unzipped.ok) return fail(unzipped.problems.map((p) => p.message).join('; '));
	const jsons = unzipped.files.filter((f) => fileRole(f.name) === 'json');
	if (jsons.length !== 1) {
		return fail(`the archive must hold exactly one JSON dataset; it holds ${jsons.length}`);
	}
	const parsed = parseJson(jsons[0]!.text);
	if (!parsed.ok) return fail(`${jsons[0]!.name}: ${parsed.message}`);
	const texts = unzipped.files.filter((f) => fileRole(f.name) === 'text');
	const declared = ((parsed.value as { sources?: unknown }).sources ?? []) as { text?: unknown }[];
	const paths = Array.isArray(declared)
		? declared.map((s) => s?.text).filter((p): p is string => typeof p === 'string')
		: [];
	const sourceTexts = matchSourceTexts(paths, texts);
	return report(file, validateDataset(parsed.value, { sourceTexts }));
}

function report(file: string, result: ValidationResult): number {
	for (const problem of [...result.errors, ...result.warnings]) console.log(line(problem));
	const counts = `${result.errors.length} error${result.errors.length === 1 ? '' : 's'}, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`;
	if (!result.dataset) {
		console.log(`FAILED ${file}: ${counts}`);
		return 1;
	}
	console.log(`OK ${file}: ${describeSummary(summarizeDataset(result.dataset))} (${counts})`);
	return 0;
}

process.exitCode = await main(process.argv.slice(2));
