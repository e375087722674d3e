import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { LinkedViewQueue } from '$lib/state/linkedViewQueue';
import { LinkedViews, type NetworkInput, type NetworkWork } from '$lib/state/linkedViews.svelte';
import { ParleyState } from '$lib/state/parleyState.svelte';
import { smallDataset } from '../../fixtures/smallDataset';
import { manualClock } from '../../helpers/manualClock';

const roots: (() => void)[] = [];
afterEach(() => {
	for (const dispose of roots.splice(0)) dispose();
});

/** A page's state and its linked views, made as the page makes them (in an effect root). */
function page() {
	const time = manualClock();
	const queue = new LinkedViewQueue(time.clock);
	const parley = new ParleyState(smallDataset(), new Map(), 'small.json');
	let linked!: LinkedViews;
	roots.push($effect.root(() => void (linked = new LinkedViews(parley, queue))));
	flushSync();
	return { time, queue, parley, linked };
}

/** The values each view reads, by name. */
function values(linked: LinkedViews) {
	return {
		facts: linked.facts.current,
		sources: linked.sources.current,
		choices: linked.choices.current,
		facets: linked.facets.current,
		whyEmpty: linked.whyEmpty.current,
		overview: linked.overview.current,
		network: linked.network.current,
		rows: linked.rows.current
	};
}

/** Names of the values that are not the same object as before. */
function changed(before: ReturnType<typeof values>, after: ReturnType<typeof values>): string[] {
	return Object.keys(before).filter(
		(key) => !Object.is(before[key as keyof typeof before], after[key as keyof typeof after])
	);
}

describe('LinkedViews', () => {
	it('new LinkedViews(parley) starts every value at what the page shows and queues nothing', () => {
		const { queue, parley, linked } = page();
		expect(linked.rows.current.events).toBe(parley.visibleEvents);
		expect(linked.network.current.visibleEvents).toBe(parley.visibleEvents);
		expect(linked.overview.current).toBe(parley.allEvents);
		expect(linked.facts.current).toBe(parley.dataset);
		expect(linked.whyEmpty.current).toBeNull();
		expect(queue.pending).toBe(0);
	});

	it('a filter reaches the visible events at once, and each linked view in a task of its own after the frame', () => {
		const { time, queue, parley, linked } = page();
		const before = values(linked);
		parley.filters.set({ ...parley.filters.criteria, search: 'Havana' });
		flushSync();
		// The timeline reads the visible events: they changed at once; no linked view did.
		expect(parley.visibleEvents.length).toBeLessThan(parley.allEvents.length);
		expect(changed(before, values(linked))).toEqual([]);
		time.frame();
		time.frame();
		// One task at a time: each brings exactly one view up to date, the network before the rows.
		const order: string[] = [];
		let last = values(linked);
		while (queue.pending > 0) {
			time.step();
			flushSync();
			const now = values(linked);
			const moved = changed(last, now);
			expect(moved.length).toBeLessThanOrEqual(1);
			order.push(...moved);
			last = now;
		}
		// The dataset did not change: only what reads the filters follows.
		expect(order).toEqual(['facets', 'network', 'rows']);
		expect(linked.rows.current.events).toBe(parley.visibleEvents);
		expect(linked.network.current.filtersActive).toBe(true);
		expect(linked.facets.current.criteria).toBe(parley.filters.criteria);
	});

	it('whyEmpty stays null while events are left, and follows the filters once none is', () => {
		const { time, parley, linked } = page();
		parley.filters.set({ ...parley.filters.criteria, search: 'no event says this' });
		flushSync();
		expect(parley.visibleEvents).toHaveLength(0);
		expect(linked.whyEmpty.current).toBeNull();
		time.frame();
		time.frame();
		time.advance(0);
		flushSync();
		expect(linked.whyEmpty.current?.criteria.search).toBe('no event says this');
		expect(linked.whyEmpty.current?.events).toBe(parley.allEvents);
	});

	it("the network's work: made ahead first, then its prepare steps a task each, then the value shows", () => {
		const { time, queue, parley, linked } = page();
		const log: string[] = [];
		const work: NetworkWork = {
			ahead: (next) => {
				log.push(`ahead ${next.visibleEvents.length}`);
				return () => void log.push('ahead step 2');
			},
			prepare: function* (next: NetworkInput) {
				log.push(`prepare ${next.visibleEvents.length}`);
				yield;
				log.push('prepare step 2');
			}
		};
		let giveBack!: () => void;
		roots.push($effect.root(() => void (giveBack = linked.driveNetwork(work))));
		// Given, the work starts at once for what is shown now.
		expect(queue.pending).toBe(1);
		time.frame();
		time.frame();
		time.advance(0);
		expect(log).toEqual([`ahead ${parley.allEvents.length}`, 'ahead step 2']);
		log.length = 0;
		parley.filters.set({ ...parley.filters.criteria, search: 'Havana' });
		flushSync();
		const shown = parley.visibleEvents;
		time.frame();
		time.frame();
		while (queue.pending > 0) {
			time.step();
			flushSync();
			log.push(linked.network.current.visibleEvents === shown ? 'shown' : 'not yet');
		}
		// Each entry is one task; the value shows only after the prepare's last step.
		expect(log.filter((entry) => entry !== 'not yet')).toEqual([
			`ahead ${shown.length}`,
			'ahead step 2',
			`prepare ${shown.length}`,
			'prepare step 2',
			'shown',
			'shown',
			'shown'
		]);
		// Taken back: a change no longer asks the network for work.
		giveBack();
		log.length = 0;
		parley.filters.reset();
		flushSync();
		time.frame();
		time.frame();
		time.advance(0);
		flushSync();
		expect(log.filter((entry) => entry.startsWith('ahead') || entry.startsWith('prepare'))).toEqual(
			[]
		);
		expect(linked.network.current.visibleEvents).toBe(parley.visibleEvents);
	});
	it('a network taken out of the page part-way: its prepare steps stop, and the value still follows', () => {
		const { time, queue, parley, linked } = page();
		const log: string[] = [];
		const work: NetworkWork = {
			ahead: () => undefined,
			prepare: function* () {
				log.push('prepare 1');
				yield;
				log.push('prepare 2');
				yield;
				log.push('prepare 3');
			}
		};
		let giveBack!: () => void;
		roots.push($effect.root(() => void (giveBack = linked.driveNetwork(work))));
		time.frame();
		time.frame();
		time.advance(0);
		parley.filters.set({ ...parley.filters.criteria, search: 'Havana' });
		flushSync();
		time.frame();
		time.frame();
		while (queue.pending > 0 && !log.includes('prepare 1')) time.step();
		expect(log).toEqual(['prepare 1']);
		giveBack();
		time.advance(0);
		flushSync();
		expect(log).toEqual(['prepare 1']);
		expect(linked.network.current.visibleEvents).toBe(parley.visibleEvents);
		expect(queue.pending).toBe(0);
	});
});
