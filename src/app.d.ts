// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** The view encoded as a query, restored on back and forward. */
			parley?: string;
		}
		// interface Platform {}
	}
	interface ImportMetaEnv {
		/** "1" in a build made by `npm run bench`: only then does `?bench=1` do anything. */
		readonly VITE_PARLEY_BENCH?: string;
	}
}

export {};
