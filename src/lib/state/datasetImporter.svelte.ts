/**
 * Opening another dataset: from picked or dropped files, from `?data=<url>`, or restored from
 * the last visit. Bad input never replaces what is shown: its problems are kept for an alert
 * and the open dataset stays. A dataset that opens is kept in the browser for the next visit.
 */
import { isolateBidi, truncateText } from '$lib/data/text/bidi';
import { checkFileSelection } from '$lib/data/loading/checkFileSelection';
import type { LoadedDataset } from '$lib/data/loading/loadDatasetFiles';
import type { Dataset } from '$lib/data/schema';
import type { KeptAnnouncement, OpenedFrom } from '$lib/data/loading/storedDataset';
import { otherTabNotice, unreadableNotice, unsavedNotice } from '$lib/data/loading/storedDataset';
import type { Problem, ProblemTally } from '$lib/data/validation/problems';
import { tallyOf, totalProblems } from '$lib/data/validation/problemCollector';
import type { FetchedDataset, FetchOptions } from '$lib/import/fetchDataset';
import type {
	KeptInfo,
	LoadProgress,
	LoadRequest,
	WorkerLoad,
	WorkerResult
} from '$lib/import/loadInWorker';
import type { ParleyState } from './parleyState.svelte';
import { plural } from '$lib/data/text/plural';

export interface BundledDataset {
	dataset: Dataset;
	sourceTexts: ReadonlyMap<string, string>;
	name: string;
}

/** What the importer needs from the browser; tests pass stand-ins. */
export interface ImporterServices {
	/**
	 * Loads in a worker; a `kept` request reads the dataset kept from the last visit, and a
	 * load's `keep` stores what it loaded for the next one.
	 */
	load: (request: LoadRequest, onProgress: (progress: LoadProgress) => void) => WorkerLoad;
	fetchDataset: (address: string, options: FetchOptions) => Promise<FetchedDataset>;
	/** Whether datasets opened here are kept for the next visit (not in an embedded chart). */
	keeps: boolean;
	/** Whether a dataset is kept, asked without reading it (before starting a worker). */
	hasKept: () => Promise<boolean>;
	forgetOpened: () => Promise<void>;
	/** Tells the other tabs that this one kept a dataset. */
	announceKept: (announcement: KeptAnnouncement) => void;
	/** This page's id among the browser's tabs. */
	tab: string;
	/** Puts the dataset's address in the page URL (`?data=`), or removes it with null. */
	setDataParam: (url: string | null) => void;
	now: () => Date;
	/** The page's address, for relative `?data=` addresses. */
	base: () => string;
}

export type DatasetOrigin =
	| { kind: 'bundled'; name: string }
	| {
			kind: 'opened';
			name: string;
			from: OpenedFrom;
			url?: string;
			openedAt: string;
			/** Brought back from an earlier visit rather than opened just now. */
			restored: boolean;
	  };

export interface ProblemReport {
	title: string;
	/** The problems kept in full. */
	problems: Problem[];
	/** Problems counted beyond those kept, by kind (a hostile file has millions). */
	omitted?: ProblemTally[];
}

/** A file name or address inside a sentence: at most 200 characters, isolated. */
const named = (name: string) => isolateBidi(truncateText(name, 200));

/** Progress is shown only for loads that take longer than this, so quick ones do not flash. */
export const PROGRESS_DELAY_MS = 250;

export class DatasetImporter {
	origin = $state<DatasetOrigin>({ kind: 'bundled', name: '' });
	/** What is being loaded, while it loads. */
	loading = $state<string | null>(null);
	progress = $state<LoadProgress | null>(null);
	/** True once a load has taken longer than a moment. */
	showProgress = $state(false);
	/** Why the last attempt failed: every problem, errors first. */
	failure = $state.raw<ProblemReport | null>(null);
	/** Warnings of the dataset on screen (unknown fields, unchecked quotes). */
	warnings = $state.raw<ProblemReport | null>(null);
	/** What switching datasets dropped (filters, selection), one sentence each. */
	notices = $state<string[]>([]);
	/** How long the worker took for the last load, in ms. */
	lastLoadMs = $state<number | null>(null);

	#attempt = 0;
	#current: WorkerLoad | null = null;
	#progressTimer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private readonly parley: ParleyState,
		private readonly bundled: BundledDataset,
		private readonly services: ImporterServices
	) {
		this.origin = { kind: 'bundled', name: bundled.name };
	}

	/** On the page's first run: `?data=` wins; otherwise the dataset of the last visit. */
	async start(dataParam: string | null) {
		if (dataParam) await this.openUrl(dataParam);
		else await this.restore();
	}

	/** Picked or dropped files: a JSON dataset or a CSV pair, with optional .txt source texts. */
	async openFiles(files: readonly File[]) {
		const names = files.map((file) => file.name).join(', ') || 'the selection';
		const selection = checkFileSelection(files.map((f) => ({ name: f.name, size: f.size })));
		if (selection.length > 0) {
			this.#abandonCurrent();
			this.#fail(names, selection);
			return;
		}
		const request: LoadRequest = {
			kind: 'files',
			files: files.map((file) => ({ name: file.name, blob: file })),
			today: this.services.now().toISOString().slice(0, 10)
		};
		const loaded = await this.#run(names, request);
		if (loaded && this.#show(loaded, { from: 'file', restored: false })) {
			this.services.setDataParam(null);
		}
	}

	async openUrl(address: string) {
		const attempt = this.#begin(address);
		const fetched = await this.services.fetchDataset(address, {
			base: this.services.base(),
			onFraction: (fraction) => {
				if (attempt === this.#attempt)
					this.progress = { stage: `Downloading ${named(address)}`, fraction };
			}
		});
		if (attempt !== this.#attempt) return;
		if (!fetched.ok) {
			this.#end();
			this.#fail(address, [fetched.problem]);
			return;
		}
		const loaded = await this.#run(
			fetched.name,
			{
				kind: 'json',
				name: fetched.name,
				blob: fetched.blob,
				today: this.services.now().toISOString().slice(0, 10),
				url: fetched.url
			},
			attempt
		);
		if (loaded) this.#show(loaded, { from: 'url', url: fetched.url, restored: false });
	}

	/** Brings back the dataset opened on an earlier visit, if one was kept. */
	async restore() {
		if (!this.services.keeps || !(await this.services.hasKept())) return;
		const what = 'the dataset kept from your last visit';
		const loaded = await this.#run(what, { kind: 'kept' });
		if (!loaded) return;
		const { nothingKept, restored } = loaded;
		if (nothingKept?.kind === 'unreadable') {
			const removed = await this.services.forgetOpened().then(
				() => true,
				() => false
			);
			this.notices = [...this.notices, unreadableNotice(nothingKept.reason, removed)];
			return;
		}
		if (!loaded.loaded || !restored) return;
		if (!loaded.loaded.result.dataset) {
			// Kept by an older Parley whose rules have changed: say so, and do not try again.
			await this.services.forgetOpened().catch(() => undefined);
		}
		this.#show(loaded, { ...restored, restored: true }, what);
	}

	/** One click back to the dataset that ships with Parley; forgets the kept one. */
	backToBundled() {
		this.#abandonCurrent();
		const { dataset, sourceTexts, name } = this.bundled;
		this.notices = this.parley.open(dataset, sourceTexts, name);
		this.origin = { kind: 'bundled', name };
		this.failure = null;
		this.warnings = null;
		this.services.setDataParam(null);
		this.services.forgetOpened().catch(() => undefined);
	}

	/** Another tab kept a dataset: it, not this tab's, is what the next visit brings back. */
	keptElsewhere(announcement: KeptAnnouncement) {
		const notice = otherTabNotice(announcement, this.services.tab);
		if (notice) this.notices = [...this.notices, notice];
	}

	dismissFailure() {
		this.failure = null;
	}

	dismissNotices() {
		this.notices = [];
	}

	dismissWarnings() {
		this.warnings = null;
	}

	#begin(what: string): number {
		this.#abandonCurrent();
		this.#attempt += 1;
		this.loading = what;
		this.progress = null;
		this.showProgress = false;
		this.#progressTimer = setTimeout(() => (this.showProgress = true), PROGRESS_DELAY_MS);
		return this.#attempt;
	}

	#end() {
		if (this.#progressTimer) clearTimeout(this.#progressTimer);
		this.#progressTimer = null;
		this.loading = null;
		this.progress = null;
		this.showProgress = false;
		this.#current = null;
	}

	#abandonCurrent() {
		this.#current?.cancel();
		this.#attempt += 1;
		this.#end();
	}

	/**
	 * Runs the worker; null when a newer load took over or the worker broke (then reported).
	 * The worker stays until `#show` keeps what it loaded or lets it go.
	 */
	async #run(
		what: string,
		request: LoadRequest,
		attempt?: number
	): Promise<(WorkerResult & { load: WorkerLoad }) | null> {
		const mine = attempt ?? this.#begin(what);
		// The network in the page is laid out by the worker too, while the timeline is drawn.
		const network = this.parley.networkAhead.request;
		const load = this.services.load(network ? { ...request, network } : request, (progress) => {
			if (mine === this.#attempt) this.progress = progress;
		});
		this.#current = load;
		try {
			const result = await load.result;
			if (mine !== this.#attempt) {
				load.cancel();
				return null;
			}
			this.lastLoadMs = result.elapsedMs;
			const dataset = result.loaded?.result.dataset;
			if (dataset && result.timeOrdered) {
				this.progress = { stage: `Preparing ${named(result.loaded!.name)}`, fraction: null };
				await this.parley.prepare(dataset, result.timeOrdered, () => mine === this.#attempt);
				if (mine !== this.#attempt) {
					load.cancel();
					return null;
				}
			}
			return { ...result, load };
		} catch (error) {
			load.cancel();
			if (mine !== this.#attempt) return null;
			this.#fail(what, [
				{
					severity: 'error',
					path: what,
					message: `the loader stopped: ${(error as Error).message} (the file may be too large for this device's memory)`,
					code: 'file'
				}
			]);
			return null;
		} finally {
			if (mine === this.#attempt) this.#end();
		}
	}

	#fail(what: string, problems: Problem[], omitted?: ProblemTally[]) {
		this.failure = {
			title: `${named(what)} could not be opened. ${named(this.parley.datasetName)} is still shown.`,
			problems,
			...(omitted?.length ? { omitted } : {})
		};
	}

	/**
	 * Shows a checked dataset, or its problems; true when it is now on screen. A dataset opened
	 * just now is kept for the next visit, by the worker that loaded it.
	 */
	#show(
		worked: WorkerResult & { load: WorkerLoad; loaded: LoadedDataset | null },
		how: { from: OpenedFrom; url?: string; restored: boolean; openedAt?: string },
		what = worked.loaded?.name ?? ''
	): boolean {
		const { loaded, load, timeOrdered } = worked;
		if (!loaded?.result.dataset) {
			load.cancel();
			if (loaded)
				this.#fail(
					what,
					[...loaded.result.errors, ...loaded.result.warnings],
					loaded.result.omitted
				);
			return false;
		}
		const { dataset, warnings, omitted } = loaded.result;
		const openedAt = how.openedAt ?? this.services.now().toISOString();
		const texts = new Map(Object.entries(loaded.sourceTexts));
		this.notices = this.parley.open(dataset, texts, loaded.name, timeOrdered ?? undefined);
		this.parley.networkAhead.expect(this.parley.allEvents, load.network);
		this.origin = {
			kind: 'opened',
			name: loaded.name,
			from: how.from,
			url: how.url,
			openedAt,
			restored: how.restored
		};
		this.failure = null;
		const moreWarnings = tallyOf(omitted, 'warning');
		const warningCount = totalProblems(warnings, moreWarnings);
		this.warnings =
			warningCount > 0
				? {
						title: `${named(loaded.name)} opened with ${plural(warningCount, 'warning')}`,
						problems: warnings,
						...(moreWarnings.length ? { omitted: moreWarnings } : {})
					}
				: null;
		if (how.restored || !this.services.keeps) {
			load.release();
			return true;
		}
		const info: KeptInfo = {
			name: loaded.name,
			from: how.from,
			...(how.url ? { url: how.url } : {}),
			openedAt
		};
		load.keep(info).then(
			() => this.services.announceKept({ tab: this.services.tab, name: loaded.name, openedAt }),
			async () => {
				// The dataset kept before would come back on the next visit: forget it, so that
				// what the notice says is true.
				const forgotten = await this.services.forgetOpened().then(
					() => true,
					() => false
				);
				this.notices = [...this.notices, unsavedNotice(loaded.name, forgotten)];
			}
		);
		return true;
	}
}
