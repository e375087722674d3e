/**
 * Runs the dataset loader in a Web Worker: one worker per load, so a newer load can simply end
 * an older one. The dataset comes back in chunks (see `handOver.ts`), and the worker stays
 * until the page says whether to keep the dataset for the next visit: the worker writes it to
 * the browser's storage itself, so the page never copies a large dataset again to store it.
 */
import type { LoadedDataset } from '$lib/data/loading/loadDatasetFiles';
import type { DiplomaticEvent } from '$lib/data/schema';
import type { KeptRead, StoredDataset } from '$lib/data/loading/storedDataset';
import type {
	NetworkLayoutAhead,
	NetworkLayoutRequest
} from '$lib/layout/network/layoutAheadRequest';
import { HandOverAssembly } from './handOver';

export type LoadRequest = (
	| { kind: 'files'; files: { name: string; blob: Blob }[]; today: string }
	| { kind: 'json'; name: string; blob: Blob; today?: string; url?: string }
	| { kind: 'value'; name: string; value: unknown; sourceTexts: Record<string, string> }
	/** The dataset kept from the last visit, read from storage by the worker. */
	| { kind: 'kept' }
) & {
	/** The network in the page: the worker lays the dataset out for it after handing it over. */
	network?: NetworkLayoutRequest;
};

/** What is kept with a dataset: its name, where it came from and when it was opened. */
export type KeptInfo = Pick<StoredDataset, 'name' | 'from' | 'url' | 'openedAt'>;

/** The page's messages to a worker that has answered. */
export type WorkerCommand = { type: 'keep'; info: KeptInfo };

export type LoadResponse =
	| { type: 'progress'; stage: string; fraction: number | null }
	/** A chunk of the dataset's events, in time order. */
	| { type: 'events'; events: DiplomaticEvent[] }
	| {
			type: 'done';
			/** The dataset's `events` are empty here: they came in the chunks before. */
			loaded: LoadedDataset;
			elapsedMs: number;
			/** For each event in file order, its position in time order; null with no dataset. */
			timePositions: Int32Array | null;
			/** For a `kept` request: what was kept with it. */
			restored?: KeptInfo;
	  }
	/** For a `kept` request: nothing to restore, or a record that cannot be read. */
	| { type: 'nothing-kept'; read: Exclude<KeptRead, { kind: 'kept' }> }
	/** The network laid out, when the request asked (null when it could not be). */
	| { type: 'network'; made: NetworkLayoutAhead | null }
	| { type: 'kept' }
	| { type: 'keep-failed'; message: string }
	| { type: 'failed'; message: string };

export interface LoadProgress {
	stage: string;
	/** 0..1 while reading bytes; null while parsing or checking (no measure of how far). */
	fraction: number | null;
}

export interface WorkerResult {
	/** Null only for a `kept` request that found nothing to restore (see `nothingKept`). */
	loaded: LoadedDataset | null;
	elapsedMs: number;
	/** The dataset's events in time order (the same objects), when it opened. */
	timeOrdered: DiplomaticEvent[] | null;
	restored?: KeptInfo;
	nothingKept?: Exclude<KeptRead, { kind: 'kept' }>;
}

export interface WorkerLoad {
	result: Promise<WorkerResult>;
	/**
	 * Keeps the loaded dataset for the next visit (written by the worker), then ends the
	 * worker. Rejects when the browser would not store it.
	 */
	keep: (info: KeptInfo) => Promise<void>;
	/** Ends the worker; a result not yet given never arrives. */
	cancel: () => void;
	/** Nothing more is asked: the worker ends once it has sent the network's layout, if asked. */
	release: () => void;
	/** The network laid out by the worker; null when not asked, or not made before it ended. */
	network: Promise<NetworkLayoutAhead | null>;
}

export function loadInWorker(
	request: LoadRequest,
	onProgress: (progress: LoadProgress) => void
): WorkerLoad {
	const worker = new Worker(new URL('./datasetLoader.worker.ts', import.meta.url), {
		type: 'module'
	});
	const assembly = new HandOverAssembly();
	let settleKeep: { resolve: () => void; reject: (error: Error) => void } | null = null;
	let settleNetwork: ((made: NetworkLayoutAhead | null) => void) | null = null;
	const network = new Promise<NetworkLayoutAhead | null>((resolve) => {
		settleNetwork = request.network ? resolve : null;
		if (!request.network) resolve(null);
	});
	let released = false;
	const end = () => {
		worker.terminate();
		settleNetwork?.(null);
		settleNetwork = null;
	};
	const result = new Promise<WorkerResult>((resolve, reject) => {
		worker.onmessage = (message: MessageEvent<LoadResponse>) => {
			const data = message.data;
			switch (data.type) {
				case 'network':
					settleNetwork?.(data.made);
					settleNetwork = null;
					if (released) end();
					return;
				case 'progress':
					onProgress({ stage: data.stage, fraction: data.fraction });
					return;
				case 'events':
					assembly.add(data.events);
					return;
				case 'done': {
					const { loaded, elapsedMs, timePositions, restored } = data;
					const dataset = loaded.result.dataset;
					if (!dataset || !timePositions) {
						resolve({ loaded, elapsedMs, timeOrdered: null, restored });
						return;
					}
					try {
						const { events, timeOrdered } = assembly.finish(timePositions);
						dataset.events = events;
						resolve({ loaded, elapsedMs, timeOrdered, restored });
					} catch (error) {
						end();
						reject(error);
					}
					return;
				}
				case 'nothing-kept':
					end();
					resolve({ loaded: null, elapsedMs: 0, timeOrdered: null, nothingKept: data.read });
					return;
				case 'kept':
					end();
					settleKeep?.resolve();
					return;
				case 'keep-failed':
					end();
					settleKeep?.reject(new Error(data.message));
					return;
				case 'failed':
					end();
					reject(new Error(data.message));
			}
		};
		worker.onerror = (event) => {
			end();
			const error = new Error(event.message || 'the loader stopped unexpectedly');
			reject(error);
			settleKeep?.reject(error);
		};
	});
	worker.postMessage(request);
	return {
		result,
		keep: (info) =>
			new Promise<void>((resolve, reject) => {
				settleKeep = { resolve, reject };
				worker.postMessage({ type: 'keep', info } satisfies WorkerCommand);
			}),
		cancel: end,
		release: () => {
			released = true;
			if (!settleNetwork) end();
		},
		network
	};
}
