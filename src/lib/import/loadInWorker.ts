/**
 * Runs the dataset loader in a Web Worker: one worker per load, ended when it answers, so a
 * newer load can simply end an older one.
 */
import type { LoadedDataset } from '$lib/data/loadDatasetFiles';

export type LoadRequest =
	| { kind: 'files'; files: { name: string; blob: Blob }[]; today: string }
	| { kind: 'json'; name: string; blob: Blob; today?: string; url?: string }
	| { kind: 'value'; name: string; value: unknown; sourceTexts: Record<string, string> };

export type LoadResponse =
	| { type: 'progress'; stage: string; fraction: number | null }
	| { type: 'done'; loaded: LoadedDataset; elapsedMs: number }
	| { type: 'failed'; message: string };

export interface LoadProgress {
	stage: string;
	/** 0..1 while reading bytes; null while parsing or checking (no measure of how far). */
	fraction: number | null;
}

export interface WorkerLoad {
	result: Promise<{ loaded: LoadedDataset; elapsedMs: number }>;
	/** Ends the worker; the result never arrives. */
	cancel: () => void;
}

export function loadInWorker(
	request: LoadRequest,
	onProgress: (progress: LoadProgress) => void
): WorkerLoad {
	const worker = new Worker(new URL('./datasetLoader.worker.ts', import.meta.url), {
		type: 'module'
	});
	const result = new Promise<{ loaded: LoadedDataset; elapsedMs: number }>((resolve, reject) => {
		worker.onmessage = (message: MessageEvent<LoadResponse>) => {
			const data = message.data;
			if (data.type === 'progress') {
				onProgress({ stage: data.stage, fraction: data.fraction });
				return;
			}
			worker.terminate();
			if (data.type === 'done') resolve({ loaded: data.loaded, elapsedMs: data.elapsedMs });
			else reject(new Error(data.message));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message || 'the loader stopped unexpectedly'));
		};
	});
	worker.postMessage(request);
	return { result, cancel: () => worker.terminate() };
}
