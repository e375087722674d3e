/**
 * A list of small integers that grows as needed and is cleared for reuse: scratch space the
 * graph builder fills for every event without making a new array for it.
 */
export class GrowableInts {
	#items: Int32Array;
	#length = 0;

	constructor(capacity = 16) {
		this.#items = new Int32Array(Math.max(1, capacity));
	}

	get length(): number {
		return this.#length;
	}

	at(k: number): number {
		return this.#items[k]!;
	}

	push(value: number): void {
		if (this.#length === this.#items.length) {
			const grown = new Int32Array(this.#items.length * 2);
			grown.set(this.#items);
			this.#items = grown;
		}
		this.#items[this.#length++] = value;
	}

	includes(value: number): boolean {
		for (let k = 0; k < this.#length; k++) if (this.#items[k] === value) return true;
		return false;
	}

	clear(): void {
		this.#length = 0;
	}

	/** A copy of the items, in order. */
	toArray(): number[] {
		return Array.from(this.#items.subarray(0, this.#length));
	}
}

/** Adds `value` unless the list has it already (lists of an event's actors are short). */
export function uniqueInto(list: GrowableInts, value: number): void {
	if (!list.includes(value)) list.push(value);
}
