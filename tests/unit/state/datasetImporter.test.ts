import { describe, expect, it, vi } from 'vitest';
import {
	loadDatasetFiles,
	loadDatasetValue,
	type LoadedDataset
} from '../../../src/lib/data/loading/loadDatasetFiles';
import { sortEventsByTime } from '../../../src/lib/data/time/sortEvents';
import {
	readKeptValue,
	type KeptAnnouncement,
	type KeptRead,
	type StoredDataset
} from '../../../src/lib/data/loading/storedDataset';
import { HandOverAssembly, prepareHandOver } from '../../../src/lib/import/handOver';
import type { KeptInfo, LoadRequest, WorkerResult } from '../../../src/lib/import/loadInWorker';
import { createActorHierarchy } from '../../../src/lib/data/actors/actorHierarchy';
import { buildGraph } from '../../../src/lib/layout/network/buildGraph';
import { layOutAhead } from '../../../src/lib/layout/network/layoutAhead';
import type { NetworkLayoutRequest } from '../../../src/lib/layout/network/layoutAheadRequest';
import {
	DatasetImporter,
	type ImporterServices
} from '../../../src/lib/state/datasetImporter.svelte';
import { ParleyState } from '../../../src/lib/state/parleyState.svelte';
import { smallDataset, smallSourceTexts, SMALL_SOURCE_TEXT } from '../../fixtures/smallDataset';

const NOW = new Date('2024-06-01T10:00:00Z');

/** How the stand-in storage behaves: it may refuse to save or to forget. */
interface StorageBehaviour {
	saveFails?: boolean;
	forgetFails?: boolean;
	/** As in an embedded chart: nothing is kept or restored. */
	keeps?: boolean;
}

/** The loader's work for a request, done here instead of in a worker. */
async function loadHere(request: LoadRequest, kept: unknown): Promise<LoadedDataset | KeptRead> {
	if (request.kind === 'kept') {
		const read = readKeptValue(kept);
		if (read.kind !== 'kept') return read;
		const { name, dataset, sourceTexts } = read.record;
		return loadDatasetValue(name, dataset, sourceTexts);
	}
	if (request.kind === 'value')
		return loadDatasetValue(request.name, request.value, request.sourceTexts);
	if (request.kind === 'json')
		return loadDatasetFiles([{ name: request.name, text: await request.blob.text() }], {
			today: '2024-06-01'
		});
	const files = await Promise.all(
		request.files.map(async (f) => ({ name: f.name, text: await f.blob.text() }))
	);
	return loadDatasetFiles(files, { today: request.today });
}

/**
 * The importer with the worker, storage and address bar replaced by plain code. The stand-in
 * worker hands the events over as the real one does: in time-ordered chunks of two.
 */
function setUp(stored: unknown = null, behaviour: StorageBehaviour = {}) {
	const parley = new ParleyState(smallDataset(), smallSourceTexts(), 'small.json');
	const calls = {
		saved: [] as StoredDataset[],
		forgotten: 0,
		/** Workers ended without keeping anything. */
		ended: 0,
		dataParam: [] as (string | null)[],
		announced: [] as KeptAnnouncement[],
		requests: [] as LoadRequest[]
	};
	let kept = stored;
	const services: ImporterServices = {
		load: (request: LoadRequest) => {
			calls.requests.push(request);
			let held: LoadedDataset | null = null;
			const result = (async (): Promise<WorkerResult> => {
				const done = await loadHere(request, kept);
				if (!('result' in done)) {
					return { loaded: null, elapsedMs: 1, timeOrdered: null, nothingKept: done as never };
				}
				held = done;
				const restored =
					request.kind === 'kept'
						? (readKeptValue(kept) as { record: KeptInfo }).record
						: undefined;
				const info = restored && {
					name: restored.name,
					from: restored.from,
					url: restored.url,
					openedAt: restored.openedAt
				};
				const dataset = done.result.dataset;
				if (!dataset) return { loaded: done, elapsedMs: 1, timeOrdered: null, restored: info };
				const { chunks, timePositions } = prepareHandOver(dataset.events, 2);
				const assembly = new HandOverAssembly();
				for (const chunk of structuredClone(chunks)) assembly.add(chunk);
				const { events, timeOrdered } = assembly.finish(timePositions);
				const loaded = { ...done, result: { ...done.result, dataset: { ...dataset, events } } };
				return { loaded, elapsedMs: 1, timeOrdered, restored: info };
			})();
			return {
				result,
				keep: async (info) => {
					if (behaviour.saveFails) throw new DOMException('quota', 'QuotaExceededError');
					const record: StoredDataset = {
						version: 1,
						...info,
						dataset: held!.result.dataset,
						sourceTexts: held!.sourceTexts
					};
					calls.saved.push(record);
					kept = record;
				},
				cancel: () => {
					calls.ended += 1;
				},
				release: () => {
					calls.ended += 1;
				},
				// As the worker does: laid out after the hand-over, with a measure of its own.
				network: result.then(({ loaded, timeOrdered }) =>
					request.network && loaded?.result.dataset && timeOrdered
						? layOutAhead(
								{ ...loaded.result.dataset, events: timeOrdered },
								request.network,
								(text) => text.length * 7
							)
						: null
				)
			};
		},
		fetchDataset: async (address) =>
			address.includes('missing')
				? {
						ok: false,
						url: address,
						problem: {
							severity: 'error',
							code: 'url',
							path: address,
							message: 'the server answered 404'
						}
					}
				: {
						ok: true,
						url: `https://x.example/${address}`,
						name: 'remote.json',
						blob: new Blob([JSON.stringify(other())])
					},
		keeps: behaviour.keeps ?? true,
		hasKept: async () => kept !== null && kept !== undefined,
		forgetOpened: async () => {
			if (behaviour.forgetFails) throw new DOMException('no', 'InvalidStateError');
			calls.forgotten += 1;
			kept = null;
		},
		announceKept: (announcement) => calls.announced.push(announcement),
		tab: 'this-tab',
		setDataParam: (url) => calls.dataParam.push(url),
		now: () => NOW,
		base: () => 'https://x.example/'
	};
	const bundled = { dataset: smallDataset(), sourceTexts: smallSourceTexts(), name: 'small.json' };
	const importer = new DatasetImporter(parley, bundled, services);
	return { parley, importer, calls, kept: () => kept };
}

/** Another valid dataset: one event and no relations, another title. */
function other() {
	const dataset = smallDataset();
	dataset.meta.title = 'Other talks';
	dataset.events = dataset.events.slice(0, 1);
	dataset.relations = [];
	return dataset;
}
const file = (name: string, text: string) => new File([text], name);

describe('DatasetImporter', () => {
	it('openFiles(a valid dataset) shows it, keeps it for the next visit and clears ?data=', async () => {
		const { parley, importer, calls } = setUp();
		parley.view.select('havana-round');
		await importer.openFiles([
			file('other.json', JSON.stringify(other())),
			file('wire-1.txt', SMALL_SOURCE_TEXT)
		]);
		expect(parley.dataset.meta.title).toBe('Other talks');
		expect(importer.failure).toBeNull();
		expect(importer.notices).toEqual(['the selected event havana-round, not in other.json']);
		expect(importer.origin).toMatchObject({
			kind: 'opened',
			name: 'other.json',
			from: 'file',
			restored: false
		});
		expect(calls.saved).toHaveLength(1);
		expect(calls.saved[0]).toMatchObject({
			name: 'other.json',
			from: 'file',
			openedAt: NOW.toISOString()
		});
		expect(calls.dataParam).toEqual([null]);
	});

	it('openFiles while the network is in the page asks the loader to lay the dataset out, and the network gets that layout for the events shown', async () => {
		const { parley, importer, calls } = setUp();
		const request: NetworkLayoutRequest = {
			width: 640,
			height: 400,
			showMembers: false,
			font: '12px sans-serif',
			fontSize: 12,
			nodeLimit: 150
		};
		await importer.openFiles([file('other.json', JSON.stringify(other()))]);
		expect(calls.requests[0]!.network).toBeUndefined();

		parley.networkAhead.request = request;
		const dataset = smallDataset();
		dataset.meta.title = 'Laid out ahead';
		await importer.openFiles([file('ahead.json', JSON.stringify(dataset))]);
		expect(calls.requests[1]!.network).toEqual(request);
		expect(parley.dataset.meta.title).toBe('Laid out ahead');
		await Promise.resolve();
		const graph = buildGraph(
			parley.allEvents,
			createActorHierarchy(dataset.actors),
			dataset.relations,
			{
				showMembers: false
			}
		);
		const wanted = { request, selectionKey: null, graph };
		const layout = parley.networkAhead.take(parley.allEvents, wanted, (text) => text.length * 7);
		expect(layout?.nodes.map((node) => node.id).sort()).toEqual(
			graph.nodes.map((node) => node.id).sort()
		);
		expect(parley.networkAhead.madeByLoader(layout)).toBe(true);
		// Not for the events of another dataset.
		expect(
			parley.networkAhead.take([...parley.allEvents], wanted, (text) => text.length * 7)
		).toBeNull();
	});

	it("openFiles(a dataset out of time order) keeps its file order and takes the loader's time order as the views' order", async () => {
		const { parley, importer, calls } = setUp();
		const shuffled = smallDataset();
		shuffled.events.reverse();
		await importer.openFiles([
			file('shuffled.json', JSON.stringify(shuffled)),
			file('wire-1.txt', SMALL_SOURCE_TEXT)
		]);
		expect(importer.failure).toBeNull();
		expect(parley.dataset.events.map((e) => e.id)).toEqual(shuffled.events.map((e) => e.id));
		expect(parley.allEvents.map((e) => e.id)).toEqual(
			sortEventsByTime(shuffled.events).map((e) => e.id)
		);
		expect(new Set(parley.allEvents)).toEqual(new Set(parley.dataset.events));
		// The worker was asked to keep it (and ends itself then), not ended unkept.
		expect(calls.saved).toHaveLength(1);
		expect(calls.ended).toBe(0);
	});

	it('openFiles(...) that fails ends its worker, keeping nothing; a restored dataset ends its worker unkept', async () => {
		const failed = setUp();
		await failed.importer.openFiles([file('bad.json', '{')]);
		expect(failed.calls.ended).toBe(1);
		expect(failed.calls.saved).toEqual([]);
		const restored = setUp({
			version: 1,
			name: 'kept.json',
			from: 'url',
			url: 'https://x.example/kept.json',
			openedAt: '2024-05-01T08:00:00.000Z',
			dataset: other(),
			sourceTexts: {}
		});
		await restored.importer.start(null);
		expect(restored.importer.origin).toMatchObject({
			from: 'url',
			url: 'https://x.example/kept.json'
		});
		expect(restored.calls.ended).toBe(1);
		expect(restored.calls.saved).toEqual([]);
	});

	it('an importer that does not keep (an embedded chart) neither keeps what it opens nor restores', async () => {
		const keptBefore: StoredDataset = {
			version: 1,
			name: 'kept.json',
			from: 'file',
			openedAt: '2024-05-01T08:00:00.000Z',
			dataset: other(),
			sourceTexts: {}
		};
		const { parley, importer, calls, kept } = setUp(keptBefore, { keeps: false });
		await importer.start(null);
		expect(parley.dataset.meta.title).toBe('Talks in Havana');
		await importer.openFiles([file('other.json', JSON.stringify(other()))]);
		expect(parley.dataset.meta.title).toBe('Other talks');
		expect(calls.saved).toEqual([]);
		expect(calls.ended).toBe(1);
		expect(kept()).toBe(keptBefore);
	});

	it.each([
		['bad JSON', [file('bad.json', '{')], 'not valid JSON at line 1'],
		['an empty file', [file('empty.json', '')], 'the file is empty'],
		['one CSV', [file('events.csv', 'id\n1')], 'a spreadsheet needs two CSV files']
	])('openFiles(%s) keeps the dataset on screen and reports why', async (_, files, message) => {
		const { parley, importer, calls } = setUp();
		await importer.openFiles(files);
		expect(parley.dataset.meta.title).toBe('Talks in Havana');
		expect(importer.failure?.title).toContain('could not be opened. small.json is still shown.');
		expect(importer.failure?.problems.map((p) => p.message).join('\n')).toContain(message);
		expect(calls.saved).toEqual([]);
		expect(importer.origin.kind).toBe('bundled');
	});

	it('start(?data=) opens the address; a failing one leaves the bundled dataset', async () => {
		const good = setUp();
		await good.importer.start('remote.json');
		expect(good.parley.dataset.meta.title).toBe('Other talks');
		expect(good.importer.origin).toMatchObject({
			from: 'url',
			url: 'https://x.example/remote.json'
		});
		const bad = setUp();
		await bad.importer.start('missing.json');
		expect(bad.parley.dataset.meta.title).toBe('Talks in Havana');
		expect(bad.importer.failure?.problems[0]?.message).toBe('the server answered 404');
	});

	it('start() without ?data= restores the kept dataset, with when it was opened', async () => {
		const { parley, importer, calls } = setUp({
			version: 1,
			name: 'kept.json',
			from: 'file',
			openedAt: '2024-05-01T08:00:00.000Z',
			dataset: other(),
			sourceTexts: {}
		});
		await importer.start(null);
		expect(parley.dataset.meta.title).toBe('Other talks');
		expect(importer.origin).toMatchObject({
			name: 'kept.json',
			restored: true,
			openedAt: '2024-05-01T08:00:00.000Z'
		});
		expect(calls.saved).toEqual([]);
	});

	it('start() forgets a kept dataset that no longer passes the checks', async () => {
		const { parley, importer, calls } = setUp({
			version: 1,
			name: 'kept.json',
			from: 'file',
			openedAt: '2024-05-01T08:00:00.000Z',
			dataset: { ...other(), events: 'none' },
			sourceTexts: {}
		});
		await importer.start(null);
		expect(parley.dataset.meta.title).toBe('Talks in Havana');
		expect(importer.failure?.title).toContain(
			'the dataset kept from your last visit could not be opened'
		);
		expect(calls.forgotten).toBe(1);
	});

	it('backToBundled() shows the bundled dataset, forgets the kept one and clears ?data=', async () => {
		const { parley, importer, calls } = setUp();
		await importer.openFiles([file('other.json', JSON.stringify(other()))]);
		importer.backToBundled();
		expect(parley.dataset.meta.title).toBe('Talks in Havana');
		expect(importer.origin).toEqual({ kind: 'bundled', name: 'small.json' });
		expect(importer.warnings).toBeNull();
		expect(calls.forgotten).toBe(1);
		expect(calls.dataParam).toEqual([null, null]);
	});

	it('openFiles(...) that the browser keeps tells the other tabs', async () => {
		const { importer, calls } = setUp();
		await importer.openFiles([file('other.json', JSON.stringify(other()))]);
		await Promise.resolve();
		expect(calls.announced).toEqual([
			{ tab: 'this-tab', name: 'other.json', openedAt: NOW.toISOString() }
		]);
	});

	it('openFiles(...) that the browser cannot keep forgets the older kept one, so the next visit really starts with the bundled dataset', async () => {
		const older: StoredDataset = {
			version: 1,
			name: 'older.json',
			from: 'file',
			openedAt: '2024-05-01T08:00:00.000Z',
			dataset: other(),
			sourceTexts: {}
		};
		const { parley, importer, calls, kept } = setUp(older, { saveFails: true });
		await importer.openFiles([file('other.json', JSON.stringify(other()))]);
		await vi.waitFor(() => expect(importer.notices.length).toBeGreaterThan(0));
		expect(parley.dataset.meta.title).toBe('Other talks');
		expect(importer.notices).toContain(
			'This browser would not keep other.json (storage is off or full, or the dataset is too large), so the next visit starts with the bundled dataset.'
		);
		expect(calls.forgotten).toBe(1);
		expect(kept()).toBeNull();
		expect(calls.announced).toEqual([]);
	});

	it('openFiles(...) that the browser can neither keep nor forget says the older one may come back', async () => {
		const { importer } = setUp(null, { saveFails: true, forgetFails: true });
		await importer.openFiles([file('other.json', JSON.stringify(other()))]);
		await vi.waitFor(() => expect(importer.notices.length).toBeGreaterThan(0));
		expect(importer.notices.at(-1)).toMatch(
			/nor forget the dataset kept before: the next visit may bring that one back/
		);
	});

	it.each([
		['a damaged record', { version: 1, name: 'x.json' }, 'the record is damaged'],
		[
			'a record of another version',
			{ version: 7, name: 'x.json' },
			'it was kept by another version of Parley (record version 7)'
		],
		['a string', 'strait.json', 'the record is damaged']
	])(
		'start() with %s kept removes it and says so, showing the bundled dataset',
		async (_, stored, reason) => {
			const { parley, importer, calls, kept } = setUp(stored);
			await importer.start(null);
			expect(parley.dataset.meta.title).toBe('Talks in Havana');
			expect(importer.origin.kind).toBe('bundled');
			expect(calls.forgotten).toBe(1);
			expect(kept()).toBeNull();
			expect(importer.notices).toEqual([
				`The dataset kept from your last visit could not be read (${reason}), so it was removed; the bundled dataset is shown.`
			]);
		}
	);

	it("keptElsewhere(announcement) says another tab's dataset wins the next visit; its own announcement says nothing", async () => {
		const { importer, parley } = setUp();
		importer.keptElsewhere({ tab: 'this-tab', name: 'mine.json', openedAt: NOW.toISOString() });
		expect(importer.notices).toEqual([]);
		importer.keptElsewhere({ tab: 'other-tab', name: 'theirs.json', openedAt: NOW.toISOString() });
		expect(importer.notices).toEqual([
			'Another tab opened theirs.json: that is the dataset the next visit brings back (the last one opened wins). This tab keeps showing what it shows.'
		]);
		expect(parley.dataset.meta.title).toBe('Talks in Havana');
	});
});
