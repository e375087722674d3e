import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { DensityBand } from '$lib/layout/timeline/layoutTimeline';
import { LinkedViewQueue } from '$lib/state/linkedViewQueue';
import { ParleyState } from '$lib/state/parleyState.svelte';
import { BandsAfterFirstFrame } from '$lib/state/timeline/bandsAfterFirstFrame.svelte';
import { randomDataset } from '../../../fixtures/randomDataset';
import { smallDataset } from '../../../fixtures/smallDataset';
import { manualClock } from '../../../helpers/manualClock';

const roots: (() => void)[] = [];
afterEach(() => {
	for (const dispose of roots.splice(0)) dispose();
});

/** Bands as a layout gives them: `count` of them, for whatever dataset is open. */
function bandsOf(count: number): DensityBand[] {
	return Array.from({ length: count }, (_, i) => ({ key: `lane@${i}` }) as DensityBand);
}

/** Datasets of this many events count as large here (the page's threshold is 100,000). */
const LARGE = 30;

function timeline(count: { bands: number }) {
	const time = manualClock();
	const queue = new LinkedViewQueue(time.clock);
	const parley = new ParleyState(smallDataset(), new Map(), 'small.json');
	let bands!: BandsAfterFirstFrame;
	// As a layout: a new array whenever the open dataset or the window changes.
	const layoutBands = () => (parley.allEvents, parley.view.visibleWindow, bandsOf(count.bands));
	roots.push(
		$effect.root(() => void (bands = new BandsAfterFirstFrame(parley, layoutBands, queue, LARGE)))
	);
	flushSync();
	return { time, queue, parley, bands };
}

describe('BandsAfterFirstFrame', () => {
	it('draws the bands of the dataset shown when the chart is made at once', () => {
		const { bands, queue } = timeline({ bands: 500 });
		expect(bands.current).toHaveLength(500);
		expect(queue.pending).toBe(0);
	});

	it("a new large dataset's bands come a task after its first frame, and settled() waits for them", async () => {
		const { time, queue, parley, bands } = timeline({ bands: 500 });
		const dataset = randomDataset(7, { events: 40 });
		parley.open(dataset, new Map(), 'random.json');
		flushSync();
		// The first frame of the new dataset: no bands yet.
		expect(bands.current).toEqual([]);
		expect(queue.pending).toBe(1);
		let settled = false;
		const done = queue.settled().then(() => (settled = true));
		time.frame();
		time.frame();
		expect(bands.current).toEqual([]);
		time.advance(0);
		flushSync();
		expect(bands.current).toHaveLength(500);
		await done;
		expect(settled).toBe(true);
	});

	it("a smaller dataset's bands are drawn with its first frame", () => {
		const { parley, bands, queue } = timeline({ bands: 500 });
		parley.open(randomDataset(8, { events: LARGE - 1 }), new Map(), 'random.json');
		flushSync();
		expect(bands.current).toHaveLength(500);
		expect(queue.pending).toBe(0);
	});

	it('the same dataset zoomed or filtered: its bands follow at once', () => {
		const { parley, bands, queue } = timeline({ bands: 500 });
		const before = bands.current;
		parley.view.visibleWindow = [Date.UTC(2026, 0, 1), Date.UTC(2026, 5, 1)];
		flushSync();
		expect(bands.current).not.toBe(before);
		expect(bands.current).toHaveLength(500);
		expect(queue.pending).toBe(0);
	});

	it('two datasets opened before the frame: the bands come once, for the last', () => {
		const { time, parley, bands } = timeline({ bands: 500 });
		parley.open(randomDataset(9, { events: 40 }), new Map(), 'first.json');
		flushSync();
		parley.open(randomDataset(10, { events: 40 }), new Map(), 'second.json');
		flushSync();
		expect(bands.current).toEqual([]);
		time.frame();
		time.frame();
		time.advance(0);
		flushSync();
		expect(bands.current).toHaveLength(500);
		expect(parley.datasetName).toBe('second.json');
	});
});
