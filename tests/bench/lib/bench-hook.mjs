// From the shared timeline benchmark harness (shared/bench/lib/bench-hook.mjs); same code.
// Helpers shared by the built-in target pages. A third-party target does not
// need this file; README.md documents the protocol it has to satisfy.

/**
 * Resolves after the next frame has been produced (double requestAnimationFrame):
 * the 1st rAF callback runs at the start of the next frame (before its
 * style/layout/paint); the 2nd runs at the start of the frame after, i.e. once
 * the frame containing all DOM changes made before the call was laid out and
 * painted.
 */
export function afterPaint() {
	return new Promise((resolve) =>
		requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
	);
}

export function params() {
	const q = new URLSearchParams(location.search);
	return {
		n: Number(q.get('n') || 1000),
		seed: Number(q.get('seed') || 42),
		autoload: q.get('autoload') === '1',
		q
	};
}

/** Publish the hook; with ?autoload=1 also generate the dataset in-page and load it (manual viewing). */
export async function publish(hook) {
	window.__bench = hook;
	const p = params();
	if (p.autoload) {
		const { generateDataset } = await import('/lib/dataset.mjs');
		const t0 = performance.now();
		await hook.load(generateDataset(p.n, p.seed));
		console.log(
			`[bench] autoload n=${p.n} seed=${p.seed}: ${(performance.now() - t0).toFixed(1)} ms`
		);
	}
}
