/**
 * A value a linked view draws from, following its source through a `LinkedViewQueue`: it takes
 * the source's newest value in a task after the current frame is painted (see the queue). Use
 * it for what a view derives from state another view changes (the visible events, the
 * timeline's window); the view then redraws in its own task, never in the timeline's frame.
 * Create it while a component initialises (it owns an effect).
 */
import { untrack } from 'svelte';
import type { LinkedViewQueue, QueueJob } from './linkedViewQueue';

export interface FollowOptions<T = unknown> {
	/** Least time after the source's latest change before the value follows (debounce), ms. */
	delayMs?: () => number;
	/**
	 * Work done for the next value in tasks of its own just before the value follows (what the
	 * view will draw from it, computed and kept), so the task that draws only draws: one task,
	 * or one per step when it returns steps (a generator that yields between them).
	 */
	prepare?: (next: T) => Iterator<unknown> | void;
}

export class FollowingValue<T> {
	#value = $state.raw<T>() as T;

	constructor(
		queue: LinkedViewQueue,
		read: () => T,
		{ delayMs = () => 0, prepare }: FollowOptions<T> = {}
	) {
		this.#value = untrack(read);
		$effect(() => {
			const next = read();
			untrack(() => {
				if (Object.is(next, this.#value)) queue.cancel(this);
				else
					queue.schedule(
						this,
						() => {
							const show = () => {
								this.#value = next;
							};
							if (!prepare) return show();
							const steps = prepare(next);
							if (!steps) return show;
							const step = (): QueueJob => (steps.next().done ? show : step);
							return step();
						},
						delayMs()
					);
			});
		});
		$effect(() => () => queue.cancel(this));
	}

	/** The value the view shows now. */
	get current(): T {
		return this.#value;
	}
}
