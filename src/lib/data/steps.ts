/**
 * Work written once as a generator that yields now and then, run either at once or a slice at a
 * time: a large dataset is prepared in tasks short enough to keep the page answering, a small
 * one (or a test) in one call, by the same code.
 */

/** Work that yields between pieces and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** How many loop turns a step takes between yields: small enough for a 40 ms slice. */
export const STEP_EVERY = 4096;

/**
 * Runs `chunk(from, to)` over [0, n) a `STEP_EVERY` piece at a time, yielding between pieces.
 * A hot loop goes in the chunk, a plain function: V8 optimises a long loop written inside a
 * generator late, and a 100,000-event pass written so ran about twice as slow.
 */
export function* inChunks(n: number, chunk: (from: number, to: number) => void): Steps<void> {
	for (let from = 0; from < n; from += STEP_EVERY) {
		if (from > 0) yield;
		chunk(from, Math.min(n, from + STEP_EVERY));
	}
}

/** Runs the work to its end in one go. */
export function runToEnd<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** Gives the page a task boundary (it may paint, handle input) before the next slice. */
export type YieldToPage = () => Promise<void>;

/** A task boundary through a message: unlike setTimeout(0), never clamped to 4 ms or more. */
export const yieldToPage: YieldToPage = () =>
	new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});

export interface SliceOptions {
	/** How long a slice runs before it yields to the page (ms). */
	sliceMs: number;
	now: () => number;
	yieldToPage: YieldToPage;
	/** Checked between slices: false stops the work (a newer request replaced it). */
	wanted?: () => boolean;
}

/**
 * Runs the work a slice at a time, each slice in a task of its own of about `sliceMs`; resolves
 * with its result, or with null when `wanted` turned false between slices.
 */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions): Promise<T | null> {
	for (;;) {
		const started = options.now();
		for (;;) {
			const next = steps.next();
			if (next.done) return next.value;
			if (options.now() - started >= options.sliceMs) break;
		}
		await options.yieldToPage();
		if (options.wanted && !options.wanted()) {
			steps.return(undefined as never);
			return null;
		}
	}
}

/**
 * Runs the work for one slice in the current task: until it ends (`{ done: true, value }`) or
 * `budgetMs` have passed by `now` (`{ done: false }`; at least one step is run). For a caller
 * that gives each slice a task of its own itself (a linked view's job, one step a task).
 */
export function runFor<T>(
	steps: Steps<T>,
	budgetMs: number,
	now: () => number
): { done: true; value: T } | { done: false } {
	const started = now();
	for (;;) {
		const next = steps.next();
		if (next.done) return { done: true, value: next.value };
		if (now() - started >= budgetMs) return { done: false };
	}
}
