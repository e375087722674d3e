// The "open a large file" scenario (`npm run bench -- --only open`): a valid Parley dataset
// of about 150 MB picked with the page's file picker, as a person opens one. It records every
// task that blocked the page's main thread from the moment the file is picked until the
// opened dataset is painted (the goal: none over 200 ms; the worker's own work does not
// block the page and is not counted), and how long that took.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateNetworkDataset } from './lib/networkDataset.mjs';

/** About 450 bytes an event: 333,000 events make a file of about 150 MB. */
export const OPEN_EVENTS = 333_000;

/** Writes the dataset file once per run (the same seed gives the same bytes). */
export function writeOpenDataset(seed, events = OPEN_EVENTS) {
	const file = path.join(os.tmpdir(), `parley-bench-open-${events}-${seed}.json`);
	if (!fs.existsSync(file)) {
		const dataset = generateNetworkDataset({ actors: 400, events, seed });
		fs.writeFileSync(file, JSON.stringify(dataset));
	}
	return file;
}

/**
 * One fresh page per repetition: pick the file, wait until its title is the page's heading
 * and a frame has been painted, and collect the long tasks in between.
 */
export async function runOpenScenario({ browser, appOrigin, reps, seed, log, events, picked }) {
	// `picked`: another file to open instead ({ file, title, events }), e.g. an ACLED export.
	const file = picked?.file ?? writeOpenDataset(seed, events);
	const bytes = fs.statSync(file).size;
	const title =
		picked?.title ??
		JSON.parse(
			fs
				.readFileSync(file, 'utf8')
				.slice(0, 4096)
				.replace(/,"sources".*$/s, '}')
		).meta.title;
	const runs = [];
	for (let rep = 0; rep < reps; rep++) {
		const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		try {
			const page = await ctx.newPage();
			await page.addInitScript(() => {
				window.__longTasks = [];
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries())
						window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
				}).observe({ type: 'longtask', buffered: true });
				document.addEventListener(
					'change',
					() => {
						window.__picked = performance.now();
					},
					{ capture: true }
				);
			});
			await page.goto(`${appOrigin}/`);
			await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
			await page.getByLabel(/Dataset files/).setInputFiles(file);
			await page
				.getByRole('heading', { level: 1 })
				.filter({ hasText: title })
				.waitFor({ timeout: 600_000 });
			const result = await page.evaluate(
				() =>
					new Promise((resolve) =>
						requestAnimationFrame(() =>
							setTimeout(() => {
								const painted = performance.now();
								const tasks = window.__longTasks.filter(
									(t) => t.start + t.duration >= window.__picked && t.start <= painted
								);
								resolve({
									pickedToPaintMs: painted - window.__picked,
									longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
									tasksOver200: tasks.filter((t) => t.duration > 200).length,
									tasks: tasks.map((t) => Math.round(t.duration))
								});
							}, 0)
						)
					)
			);
			log(
				`open ${(bytes / 1e6).toFixed(0)} MB, rep ${rep + 1}: painted ${result.pickedToPaintMs.toFixed(0)} ms after the pick; longest task ${result.longestTaskMs.toFixed(0)} ms; tasks over 200 ms: ${result.tasksOver200} (${result.tasks.join(', ')})`
			);
			runs.push(result);
		} finally {
			await ctx.close().catch(() => {});
		}
	}
	const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
	return {
		file: path.basename(file),
		bytes,
		events: picked?.events ?? events ?? OPEN_EVENTS,
		runs,
		summary: {
			pickedToPaintMs: median(runs.map((r) => r.pickedToPaintMs)),
			longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
			worstLongestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs))
		}
	};
}

export function renderOpenTable(open, what = 'file') {
	return [
		`Open a ${(open.bytes / 1e6).toFixed(0)} MB ${what} (${open.events.toLocaleString('en-GB')} events) with the file picker, until painted; medians of ${open.runs.length}`,
		'',
		'| picked → painted (ms) | longest main-thread task (ms) | worst longest task (ms) |',
		'| ---: | ---: | ---: |',
		`| ${open.summary.pickedToPaintMs.toFixed(0)} | ${open.summary.longestTaskMs.toFixed(0)} | ${open.summary.worstLongestTaskMs.toFixed(0)} |`
	].join('\n');
}
