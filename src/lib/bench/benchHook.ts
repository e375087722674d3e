/**
 * `window.__bench` (benchmark protocol v1, `tests/bench/README.md`): loads, filters and zooms a
 * generated data set and tells when each change is painted. Imported only under `?bench=1`; the
 * rest of the page keeps working during a run, since it is part of a change's real cost.
 */
import { tick } from 'svelte';
import { parseBenchDataset, type BenchDataset } from '$lib/data/benchDataset';
import { validateDataset } from '$lib/data/validation/validateDataset';
import { loadInWorker } from '$lib/import/loadInWorker';
import type { ParleyState } from '$lib/state/parleyState.svelte';
import type { BenchMode } from './benchMode';

export interface BenchHook {
	load(data: BenchDataset): Promise<void>;
	filter(actorIds: string[]): Promise<void>;
	zoom(startIso: string, endIso: string): Promise<void>;
	/**
	 * Beyond the protocol: resolves once the linked views (network, table, overview) have
	 * caught up with the last change and that has been painted. `load`, `filter` and `zoom`
	 * resolve when the timeline's frame is painted; the benchmark reports both.
	 */
	settled(): Promise<void>;
	/**
	 * Beyond the protocol: opens a dataset in Parley's own format as opening a file does (the
	 * loader in a worker checks it, then the page shows it); resolves once the timeline's frame
	 * is painted, with how long the check took. Rejects when the dataset is not valid.
	 */
	open(dataset: unknown, name?: string): Promise<{ checkMs: number }>;
	info(): unknown;
}

declare global {
	interface Window {
		__bench?: BenchHook;
	}
}

/** Resolves once the frame holding the changes made so far has been painted (double rAF). */
function afterPaint(): Promise<void> {
	return new Promise((resolve) =>
		requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
	);
}

/** Svelte has applied the state to the DOM, and the browser has painted it. */
async function rendered(): Promise<void> {
	await tick();
	await afterPaint();
}

/** Resolves when the page marks itself as running (hydrated, the address applied). */
function pageReady(): Promise<void> {
	const html = document.documentElement;
	if (html.dataset.ready === 'true') return Promise.resolve();
	return new Promise((resolve) => {
		const observer = new MutationObserver(() => {
			if (html.dataset.ready !== 'true') return;
			observer.disconnect();
			resolve();
		});
		observer.observe(html, { attributes: true, attributeFilter: ['data-ready'] });
	});
}

/** What the page shows until `load`: no events, no actors. */
function waitingDataset() {
	const dataset = parseBenchDataset({
		version: 1,
		n: 0,
		seed: 0,
		range: { start: '2023-01-01T00:00:00.000Z', end: '2025-01-01T00:00:00.000Z' },
		actors: [],
		events: []
	});
	return { ...dataset, meta: { ...dataset.meta, title: 'Benchmark: waiting for data' } };
}

/**
 * Empties the page, brings the timeline into view, then publishes `window.__bench` once the
 * page runs. Conversion (and, with `validate`, the full validator) happens inside `load`, so it
 * counts in the measured time.
 */
export async function installBenchHook(parley: ParleyState, mode: BenchMode): Promise<void> {
	await pageReady();
	parley.filters.reset();
	parley.view.select(null);
	parley.open(waitingDataset(), new Map(), 'benchmark');
	await rendered();
	// The timeline at the top of the viewport, as a reader looking at it: its marks are painted
	// in every measured frame, not left below the fold.
	document.querySelector('svg[data-chart="timeline"]')?.closest('section')?.scrollIntoView();
	await rendered();

	window.__bench = {
		async load(data) {
			const dataset = parseBenchDataset(data);
			if (mode.validate) {
				const { errors } = validateDataset(dataset);
				if (errors.length > 0) throw new Error(`invalid data set: ${errors[0]!.message}`);
			}
			parley.filters.reset();
			parley.view.select(null);
			parley.open(dataset, new Map(), `bench-${data.n}-${data.seed}.json`);
			parley.view.visibleWindow = [Date.parse(data.range.start), Date.parse(data.range.end)];
			await rendered();
		},
		async filter(actorIds) {
			parley.filters.actorIds = [...actorIds];
			await rendered();
		},
		async zoom(startIso, endIso) {
			parley.view.visibleWindow = [Date.parse(startIso), Date.parse(endIso)];
			await rendered();
		},
		async open(value, name = 'bench-network.json') {
			const started = performance.now();
			const network = parley.networkAhead.request ?? undefined;
			const request = { kind: 'value', name, value, sourceTexts: {}, network } as const;
			const load = loadInWorker(request, () => undefined);
			const { loaded, timeOrdered } = await load.result;
			// As the importer does: the worker ends once it has laid the network out.
			load.release();
			const checkMs = performance.now() - started;
			const dataset = loaded?.result.dataset;
			if (!loaded || !dataset)
				throw new Error(`invalid data set: ${loaded?.result.errors[0]?.message ?? 'unknown'}`);
			parley.filters.reset();
			parley.view.select(null);
			// As the importer does: the views prepare a checked dataset in short steps first.
			if (timeOrdered) await parley.prepare(dataset, timeOrdered);
			parley.open(
				dataset,
				new Map(Object.entries(loaded.sourceTexts)),
				loaded.name,
				timeOrdered ?? undefined
			);
			parley.networkAhead.expect(parley.allEvents, load.network);
			await rendered();
			return { checkMs };
		},
		async settled() {
			await parley.linkedViews.settled();
			await rendered();
		},
		info() {
			return {
				renderer: 'parley',
				converter: 'parseBenchDataset (in load)',
				validate: mode.validate,
				scrolledTo: 'timeline',
				laneGrouping: parley.view.laneGrouping
			};
		}
	};
}
