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
}

export {};
