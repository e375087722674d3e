import { availableParallelism } from 'node:os';
import { sveltekit } from '@sveltejs/kit/vite';
import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that use runes with effects: named `*.svelte.test.ts`, so that Svelte compiles them. */
const runesTests = 'tests/unit/**/*.svelte.test.ts';

export default defineConfig({
	plugins: [sveltekit()],
	server: { fs: { allow: ['data'] } },
	test: {
		// A bound for a test that hangs, not a timing check: the property and scale suites take
		// seconds, several times longer on a busy machine.
		testTimeout: 30_000,
		setupFiles: ['tests/helpers/propertyRuns.ts'],
		// Vitest's default is one worker fewer than the cores: one worker on a 2-core CI machine.
		// The suites mock nothing and set no globals, so files share a worker's module cache
		// (isolate: false): 182 s -> 60 s for the whole unit suite on 2 cores.
		maxWorkers: availableParallelism(),
		isolate: false,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					exclude: [...configDefaults.exclude, runesTests],
					environment: 'node'
				}
			},
			{
				extends: true,
				// Svelte's client runtime and client compile, as in the browser: on Vitest's default
				// (server) side `$effect` and `$effect.root` never run and `flushSync` does nothing.
				// Vitest sets Node's conditions for every environment, hence 'browser' here.
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: [runesTests],
					environment: './tests/helpers/svelteClientEnvironment.ts'
				}
			}
		]
	}
});
