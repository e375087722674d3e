import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Set BASE_PATH (e.g. "/parley") to serve under a fixed sub-path; relative asset paths
// already let the build work from any folder of a static host.
const base = process.env.BASE_PATH ?? '';
// A build for the benchmark (VITE_PARLEY_BENCH=1, set by `npm run bench`) goes to its own
// folder: only that build answers `?bench=1`; the normal build/ never does.
// Its intermediate files go to their own folder too, so building it never pulls files from
// under a `vite preview` of the normal build.
const forBench = process.env.VITE_PARLEY_BENCH === '1';
const out = forBench ? 'build-bench' : 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		outDir: forBench ? '.svelte-kit-bench' : '.svelte-kit',
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		paths: { base, relative: true },
		prerender: { entries: ['*'] },
		// Scripts only from this site, with SvelteKit's own inline start-up script allowed by hash:
		// no inline or injected script, no eval. Styles may be inline (Svelte sets style
		// attributes); datasets may be fetched from other https sites (`?data=`).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self', 'https:'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
