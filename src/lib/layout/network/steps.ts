/**
 * Long computations written as generators that yield between parts of their work, so that a
 * caller can spread them over several tasks (the network's layout, a few ticks at a time) or
 * run them at once (`runSteps`): the same code, the same result either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps left to the end and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/**
 * Runs steps until they end (returns `{ done: true, value }`) or until `budgetMs` have passed
 * by `now` (returns `{ done: false }`; at least one step is run).
 */
export function runStepsFor<T>(
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
