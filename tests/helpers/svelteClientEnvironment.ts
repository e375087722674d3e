/**
 * A Vitest environment for runes code whose effects must run: Node's globals, no DOM, but
 * modules transformed by Vite's client environment, so that vite-plugin-svelte compiles
 * `.svelte.ts` files for the client (the server build drops `$effect`). Vitest's own client
 * environments (jsdom, happy-dom) bring a DOM this code does not need.
 */
import type { Environment } from 'vitest/environments';

export default {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup: () => ({ teardown() {} })
} satisfies Environment;
