/**
 * Reads and checks a dataset off the main thread, so a large file never freezes the page.
 * Posts progress while reading (by bytes) and a stage name while parsing and checking, then
 * the dataset in chunks (`handOver.ts`), and keeps it in the browser's storage when the page
 * asks: the page never copies a large dataset itself.
 */
import { loadZipDataset } from '$lib/data/loading/datasetZip';
import { decodeUtf8 } from '$lib/data/loading/decodeUtf8';
import {
	fileNamed,
	fileProblem,
	fileRole,
	loadDatasetFiles,
	loadDatasetValue,
	loadJsonDataset,
	type LoadedDataset,
	type TextFile
} from '$lib/data/loading/loadDatasetFiles';
import { STORED_DATASET_VERSION } from '$lib/data/loading/storedDataset';
import type { Dataset, DiplomaticEvent } from '$lib/data/schema';
import { loadSingleCsv, looksLikeCsv } from '$lib/formats/loadForeignFile';
import { createTextWidthMeasure } from '$lib/charts/measureTextWidth';
import { layOutAhead } from '$lib/layout/network/layoutAhead';
import {
	LAY_OUT_AHEAD_MAX_EVENTS,
	labelMeasure,
	type NetworkLayoutAhead,
	type NetworkLayoutRequest
} from '$lib/layout/network/layoutAheadRequest';
import { loadOpenedDataset, saveOpenedDataset } from './datasetStore';
import { prepareHandOver } from './handOver';
import type { KeptInfo, LoadRequest, LoadResponse, WorkerCommand } from './loadInWorker';

const post = (message: LoadResponse, transfer: Transferable[] = []) =>
	self.postMessage(message, { transfer });

/** What this worker loaded, for the page's `keep` command. */
let held: LoadedDataset | null = null;

/**
 * Posts a loaded dataset: its events first, in time-ordered chunks the page decodes one task
 * each, then the rest with the events' file order. When the page asked, its network is then
 * laid out here, while the page draws the timeline.
 */
function handOver(
	loaded: LoadedDataset,
	elapsedMs: number,
	{ restored, network }: { restored?: KeptInfo; network?: NetworkLayoutRequest } = {}
) {
	const dataset = loaded.result.dataset;
	if (!dataset) {
		post({ type: 'done', loaded, elapsedMs, timePositions: null, restored });
		if (network) post({ type: 'network', made: null });
		return;
	}
	held = loaded;
	const { chunks, timePositions } = prepareHandOver(dataset.events);
	for (const events of chunks) post({ type: 'events', events });
	const shell: LoadedDataset = {
		...loaded,
		result: { ...loaded.result, dataset: { ...dataset, events: [] } }
	};
	post({ type: 'done', loaded: shell, elapsedMs, timePositions, restored }, [timePositions.buffer]);
	if (network)
		post({
			type: 'network',
			made:
				dataset.events.length <= LAY_OUT_AHEAD_MAX_EVENTS
					? layOutNetwork(dataset, chunks.flat(), network)
					: null
		});
}

/** The network of a dataset handed over (its events in time order), or null if it cannot be. */
function layOutNetwork(
	dataset: Dataset,
	timeOrdered: readonly DiplomaticEvent[],
	request: NetworkLayoutRequest
): NetworkLayoutAhead | null {
	const textWidth = createTextWidthMeasure(request.font);
	if (!textWidth) return null;
	try {
		return layOutAhead({ ...dataset, events: timeOrdered }, request, labelMeasure(textWidth));
	} catch {
		// The page lays it out itself.
		return null;
	}
}

async function keep(info: KeptInfo) {
	try {
		if (!held?.result.dataset) throw new Error('nothing was loaded to keep');
		await saveOpenedDataset({
			version: STORED_DATASET_VERSION,
			...info,
			dataset: held.result.dataset,
			sourceTexts: held.sourceTexts
		});
		post({ type: 'kept' });
	} catch (error) {
		post({ type: 'keep-failed', message: (error as Error | null)?.message ?? String(error) });
	}
}

/** A file that is not UTF-8: what is wrong, with the byte offset (as the CLI says it). */
class NotUtf8 extends Error {
	constructor(
		readonly fileName: string,
		message: string
	) {
		super(message);
	}
}

/**
 * Decodes a blob as UTF-8 (a byte-order mark dropped), reporting the share of bytes read.
 * A byte that is not UTF-8 throws `NotUtf8` naming its offset, found by `decodeUtf8`.
 */
async function readText(
	name: string,
	blob: Blob,
	onFraction: (fraction: number) => void
): Promise<string> {
	const reader = blob.stream().getReader();
	const decoder = new TextDecoder('utf-8', { fatal: true });
	const parts: string[] = [];
	let read = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			read += value.byteLength;
			parts.push(decoder.decode(value, { stream: true }));
			onFraction(blob.size > 0 ? read / blob.size : 1);
		}
		parts.push(decoder.decode());
	} catch (error) {
		if (!(error instanceof TypeError)) throw error;
		const decoded = decodeUtf8(new Uint8Array(await blob.arrayBuffer()));
		throw new NotUtf8(name, decoded.ok ? error.message : decoded.message);
	}
	return parts.join('');
}

async function readAll(files: { name: string; blob: Blob }[]): Promise<TextFile[]> {
	const total = files.reduce((sum, file) => sum + file.blob.size, 0) || 1;
	let before = 0;
	const texts: TextFile[] = [];
	let lastPosted = 0;
	for (const file of files) {
		const text = await readText(file.name, file.blob, (fraction) => {
			const overall = (before + fraction * file.blob.size) / total;
			// A message per chunk would flood the page; a percent at a time is enough.
			if (overall - lastPosted >= 0.01 || overall === 1) {
				lastPosted = overall;
				post({ type: 'progress', stage: `Reading ${fileNamed(file.name)}`, fraction: overall });
			}
		});
		before += file.blob.size;
		texts.push({ name: file.name, text });
	}
	return texts;
}

/** A .zip from "Download dataset" comes alone (checkFileSelection sees to it). */
const isSingleZip = (files: { name: string }[]) =>
	files.length === 1 && fileRole(files[0]!.name) === 'zip';

self.onmessage = async (message: MessageEvent<LoadRequest | WorkerCommand>) => {
	const data = message.data;
	if ('type' in data) {
		await keep(data.info);
		return;
	}
	const request = data;
	const started = performance.now();
	const onStage = (stage: string) => post({ type: 'progress', stage, fraction: null });
	try {
		let loaded;
		if (request.kind === 'files' && isSingleZip(request.files)) {
			const zip = request.files[0]!;
			post({ type: 'progress', stage: `Unpacking ${fileNamed(zip.name)}`, fraction: null });
			const bytes = new Uint8Array(await zip.blob.arrayBuffer());
			loaded = loadZipDataset(zip.name, bytes, { today: request.today, onStage });
		} else if (request.kind === 'files') {
			const texts = await readAll(request.files);
			loaded = loadDatasetFiles(texts, { today: request.today, onStage });
		} else if (request.kind === 'json') {
			const [file] = await readAll([{ name: request.name, blob: request.blob }]);
			const today = request.today ?? new Date().toISOString().slice(0, 10);
			// An address may name an ACLED export or a TimelineJS sheet or story as well.
			loaded = looksLikeCsv(file!)
				? loadSingleCsv(file!, { today, url: request.url, onStage })
				: loadJsonDataset(file!, [], onStage, { today, url: request.url });
		} else if (request.kind === 'kept') {
			const read = await loadOpenedDataset();
			if (read.kind !== 'kept') {
				post({ type: 'nothing-kept', read });
				return;
			}
			onStage('Checking the stored dataset');
			const { dataset, sourceTexts, version: _, ...info } = read.record;
			handOver(loadDatasetValue(info.name, dataset, sourceTexts), performance.now() - started, {
				restored: info,
				network: request.network
			});
			return;
		} else {
			onStage('Checking the dataset');
			loaded = loadDatasetValue(request.name, request.value, request.sourceTexts);
		}
		handOver(loaded, performance.now() - started, { network: request.network });
	} catch (error) {
		if (error instanceof NotUtf8) {
			const name =
				request.kind === 'files'
					? request.files.map((f) => f.name).join(', ')
					: request.kind === 'kept'
						? 'the kept dataset'
						: request.name;
			const problem = fileProblem(error.fileName, error.message);
			const loaded = {
				name,
				result: { dataset: null, errors: [problem], warnings: [] },
				sourceTexts: {}
			};
			handOver(loaded, performance.now() - started, { network: request.network });
			return;
		}
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
