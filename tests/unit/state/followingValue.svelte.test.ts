import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { FollowingValue, type FollowOptions } from '$lib/state/followingValue.svelte';
import { LinkedViewQueue } from '$lib/state/linkedViewQueue';
import { manualClock } from '../../helpers/manualClock';

/** Effect roots the tests made, torn down after each (as the components' would be). */
const roots: (() => void)[] = [];
afterEach(() => {
	for (const dispose of roots.splice(0)) dispose();
});

/**
 * A FollowingValue made as a component makes it (in an effect root), with an effect that
 * records each value a view reading `current` is drawn with. `dispose` unmounts it.
 */
function follow<T>(queue: LinkedViewQueue, read: () => T, options?: FollowOptions<T>) {
	let value!: FollowingValue<T>;
	const drawn: T[] = [];
	const dispose = $effect.root(() => {
		value = new FollowingValue(queue, read, options);
		$effect(() => {
			drawn.push(value.current);
		});
	});
	roots.push(dispose);
	flushSync();
	return { value, drawn, dispose };
}

/** The frame that paints a change, the next frame, then the queue's task. */
function catchUp(time: ReturnType<typeof manualClock>) {
	time.frame();
	time.frame();
	time.advance(0);
	flushSync();
}

describe('FollowingValue', () => {
	it("new FollowingValue(queue, read) starts at the source's value and asks the queue for nothing", () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const source = $state({ events: ['a', 'b'] });
		const { value, drawn } = follow(queue, () => source.events);
		expect(value.current).toBe(source.events);
		expect(drawn).toEqual([['a', 'b']]);
		expect(queue.pending).toBe(0);
		expect(time.frames + time.timers).toBe(0);
	});

	it("a change of the source reaches current only in the queue's task, after two frames", () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state(1);
		const { value, drawn } = follow(queue, () => source);
		source = 2;
		flushSync();
		expect(queue.pending).toBe(1);
		expect(value.current).toBe(1);
		time.frame();
		time.advance(0);
		flushSync();
		expect(value.current).toBe(1);
		time.frame();
		flushSync();
		expect(value.current).toBe(1);
		time.advance(0);
		expect(value.current).toBe(2);
		expect(queue.pending).toBe(0);
		flushSync();
		expect(drawn).toEqual([1, 2]);
		// What the job set does not make it ask again.
		expect(queue.pending).toBe(0);
		expect(time.frames + time.timers).toBe(0);
	});

	it('changes while a request waits replace it: the view catches up once, to the latest', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state(1);
		const { value, drawn } = follow(queue, () => source);
		for (const next of [2, 3, 4]) {
			source = next;
			flushSync();
		}
		expect(queue.pending).toBe(1);
		time.frame();
		source = 5;
		flushSync();
		expect(queue.pending).toBe(1);
		time.frame();
		time.advance(0);
		flushSync();
		expect(value.current).toBe(5);
		expect(drawn).toEqual([1, 5]);
	});

	it('a change back to the value shown before the job runs drops the request', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const first = ['a'];
		let source = $state.raw(first);
		const { value, drawn } = follow(queue, () => source);
		source = ['b'];
		flushSync();
		expect(queue.pending).toBe(1);
		source = first;
		flushSync();
		expect(queue.pending).toBe(0);
		expect(time.frames + time.timers).toBe(0);
		catchUp(time);
		expect(value.current).toBe(first);
		expect(drawn).toEqual([['a']]);
	});

	it('a fresh but equal value is a change: it follows by identity (Object.is)', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state.raw(['a']);
		const { value } = follow(queue, () => source);
		const fresh = ['a'];
		source = fresh;
		flushSync();
		expect(queue.pending).toBe(1);
		catchUp(time);
		expect(value.current).toBe(fresh);
	});

	it('with delayMs the value follows that long after the latest change (trailing debounce)', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state(1);
		const { value } = follow(queue, () => source, { delayMs: () => 150 });
		source = 2;
		flushSync();
		time.frame();
		time.frame();
		time.advance(100);
		expect(value.current).toBe(1);
		source = 3;
		flushSync();
		time.advance(100);
		expect(value.current).toBe(1);
		time.advance(50);
		expect(value.current).toBe(3);
	});

	it('delayMs() is read at each change, and a change of the delay alone asks for nothing', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state(1);
		let delay = $state(250);
		const { value } = follow(queue, () => source, { delayMs: () => delay });
		source = 2;
		flushSync();
		time.frame();
		time.frame();
		time.advance(100);
		delay = 0;
		flushSync();
		expect(queue.pending).toBe(1);
		time.advance(0);
		expect(value.current).toBe(1);
		// The next change asks with the delay as it is now: no wait left.
		source = 3;
		flushSync();
		time.advance(0);
		expect(value.current).toBe(3);
		delay = 500;
		flushSync();
		expect(queue.pending).toBe(0);
	});

	it('disposing it (its component unmounts) drops its waiting request and stops following', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state(1);
		const { value, dispose } = follow(queue, () => source);
		source = 2;
		flushSync();
		expect(queue.pending).toBe(1);
		dispose();
		expect(queue.pending).toBe(0);
		expect(time.frames + time.timers).toBe(0);
		source = 3;
		flushSync();
		expect(queue.pending).toBe(0);
		catchUp(time);
		expect(value.current).toBe(1);
	});

	it('values on one queue follow on their own: each owns its request', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state(1);
		const table = follow(queue, () => source);
		const network = follow(queue, () => source * 10);
		source = 2;
		flushSync();
		expect(queue.pending).toBe(2);
		network.dispose();
		expect(queue.pending).toBe(1);
		catchUp(time);
		expect(table.value.current).toBe(2);
		expect(network.value.current).toBe(10);
	});

	it('with prepare(next) the work for the next value runs in a task of its own, then the value follows in the next', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state(1);
		const prepared: [number, number][] = [];
		const { value, drawn } = follow(queue, () => source, {
			prepare: (next) => {
				prepared.push([next, value.current]);
			}
		});
		source = 2;
		flushSync();
		source = 3;
		flushSync();
		time.frame();
		time.frame();
		expect(prepared).toEqual([]);
		time.step();
		flushSync();
		// Prepared for the latest value only, while the view still shows the old one.
		expect(prepared).toEqual([[3, 1]]);
		expect(value.current).toBe(1);
		expect(queue.pending).toBe(1);
		time.step();
		flushSync();
		expect(value.current).toBe(3);
		expect(drawn).toEqual([1, 3]);
		expect(prepared).toHaveLength(1);
		expect(queue.pending).toBe(0);
		expect(time.frames + time.timers).toBe(0);
	});

	it('a change while prepared work waits to be shown replaces it: prepared again, for the latest', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state('a');
		const prepared: string[] = [];
		const { value, drawn } = follow(queue, () => source, {
			prepare: (next) => {
				prepared.push(next);
			}
		});
		source = 'b';
		flushSync();
		time.frame();
		time.frame();
		time.step();
		expect(prepared).toEqual(['b']);
		source = 'c';
		flushSync();
		time.frame();
		time.frame();
		time.advance(0);
		flushSync();
		expect(prepared).toEqual(['b', 'c']);
		expect(value.current).toBe('c');
		expect(drawn).toEqual(['a', 'c']);
	});

	it('with prepare(next) returning steps, each step runs in a task of its own, then the value follows', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state(1);
		const stages: string[] = [];
		const { value, drawn } = follow(queue, () => source, {
			prepare: function* (next) {
				stages.push(`first ${next}`);
				yield;
				stages.push(`second ${next}`);
				yield;
				stages.push(`third ${next}`);
			}
		});
		source = 2;
		flushSync();
		time.frame();
		time.frame();
		const seen: string[][] = [];
		for (let task = 0; task < 3; task++) {
			time.step();
			flushSync();
			seen.push([...stages]);
			expect(value.current).toBe(1);
		}
		expect(seen).toEqual([
			['first 2'],
			['first 2', 'second 2'],
			['first 2', 'second 2', 'third 2']
		]);
		time.step();
		flushSync();
		expect(value.current).toBe(2);
		expect(drawn).toEqual([1, 2]);
		expect(queue.pending).toBe(0);
	});

	it('queue.settled() waits for a value that follows another value to catch up too', async () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		let source = $state(1);
		const visible = follow(queue, () => source);
		const counted = follow(queue, () => visible.value.current * 10);
		source = 2;
		flushSync();
		let settled = false;
		const done = queue.settled().then(() => (settled = true));
		time.frame();
		time.frame();
		time.advance(0);
		expect(visible.value.current).toBe(2);
		// Svelte runs the follower's effect a microtask later; it asks then, and settled() waits.
		for (let i = 0; i < 5; i++) await Promise.resolve();
		expect(settled).toBe(false);
		expect(queue.pending).toBe(1);
		expect(counted.value.current).toBe(10);
		time.frame();
		time.frame();
		time.advance(0);
		await done;
		expect(counted.value.current).toBe(20);
		expect(counted.drawn).toEqual([10, 20]);
	});
});
