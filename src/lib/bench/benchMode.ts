/**
 * Benchmark mode (`?bench=1`, which the benchmark appends to the page's address, in a build
 * made with VITE_PARLEY_BENCH=1 as `npm run bench` makes it; a normal build ignores it): the
 * few lines the page runs before its views exist. The hook itself is in `benchHook.ts`, loaded
 * with `import()` only in this mode, so it costs nothing in the normal bundle.
 */

export interface BenchMode {
	/** Run the full dataset validator inside `load` (`&validate=1`; off by default). */
	validate: boolean;
}

/** The benchmark options in a query string, or null when it does not ask for benchmark mode. */
export function readBenchMode(search: string): BenchMode | null {
	const params = new URLSearchParams(search);
	return params.get('bench') === '1' ? { validate: params.get('validate') === '1' } : null;
}

/**
 * Turns animations and transitions off, as the protocol asks, by making the page behave as
 * under `prefers-reduced-motion: reduce` (every view honours it): CSS transitions and
 * animations stop, and JavaScript that asks `matchMedia` is told motion is reduced. Call it
 * before the views are created, since some read the query once.
 */
export function turnOffMotion(): void {
	const style = document.createElement('style');
	style.textContent = '*,*::before,*::after{animation:none!important;transition:none!important}';
	document.head.append(style);
	const matchMedia = window.matchMedia.bind(window);
	// Real MediaQueryLists ("all" always matches, "not all" never does), so listeners work.
	window.matchMedia = (query: string) => {
		if (/prefers-reduced-motion:\s*reduce/.test(query)) return matchMedia('all');
		if (/prefers-reduced-motion:\s*no-preference/.test(query)) return matchMedia('not all');
		return matchMedia(query);
	};
}
