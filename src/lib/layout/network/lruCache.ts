/**
 * The last few results of a costly pure computation, by key: filtering the network by an actor
 * and back asks for the same subgraph and layout again, and gets the one already computed.
 */
export class LruCache<V> {
	readonly #entries = new Map<string, V>();

	/** `size` entries at most. */
	constructor(readonly size: number) {}

	/** The value kept for `key`, else `compute()`'s, kept (dropping the least recently used). */
	get(key: string, compute: () => V): V {
		if (this.#entries.has(key)) {
			const kept = this.#entries.get(key)!;
			// Most recently used last.
			this.#entries.delete(key);
			this.#entries.set(key, kept);
			return kept;
		}
		const value = compute();
		this.set(key, value);
		return value;
	}

	/** Whether a value is kept for `key` (without counting as a use). */
	has(key: string): boolean {
		return this.#entries.has(key);
	}

	/** Keeps `value` for `key`, as the most recently used. */
	set(key: string, value: V): void {
		this.#entries.delete(key);
		this.#entries.set(key, value);
		if (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
	}

	/** Keys kept, least recently used first. */
	keys(): string[] {
		return [...this.#entries.keys()];
	}
}
