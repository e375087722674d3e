// The "open an ACLED export" scenario (`npm run bench -- --only acled`): a made-up ACLED
// regional export of 200,000 rows (about 100 MB of CSV) picked with the page's file picker.
// The ACLED reader runs in the import worker; like the large-file scenario it records every
// task that blocked the page's main thread from the pick until the opened events are painted
// (the goal: none over 200 ms), and how long that took.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeAcledExport } from './lib/acledExport.mjs';
import { runOpenScenario } from './openScenario.mjs';

export const ACLED_ROWS = 200_000;

/** Writes the export once per seed and size (the same seed gives the same bytes). */
export function writeAcledFile(seed, rows = ACLED_ROWS) {
	const file = path.join(os.tmpdir(), `parley-bench-acled-${rows}-${seed}.csv`);
	if (!fs.existsSync(file)) writeAcledExport(file, { rows, seed });
	return file;
}

export async function runAcledScenario({ browser, appOrigin, reps, seed, log, rows = ACLED_ROWS }) {
	const file = writeAcledFile(seed, rows);
	// The ACLED reader names the dataset after the file.
	const title = `ACLED export ${path.basename(file)}`;
	return runOpenScenario({
		browser,
		appOrigin,
		reps,
		seed,
		log,
		picked: { file, title, events: rows }
	});
}
