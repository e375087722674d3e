/**
 * Several values read as one record that stays the same object while none of them changes:
 * a `FollowingValue` over it then follows only a real change (a fresh object on every read
 * would look new to it even when nothing is). `null` passes through.
 */
export function stableRecord<T extends object>(read: () => T): () => T;
export function stableRecord<T extends object>(read: () => T | null): () => T | null;
export function stableRecord<T extends object>(read: () => T | null): () => T | null {
	let last: T | null = null;
	return () => {
		const next = read();
		if (next === null || last === null || !sameFields(next, last)) last = next;
		return last;
	};
}

function sameFields(a: object, b: object): boolean {
	const aKeys = Object.keys(a);
	if (aKeys.length !== Object.keys(b).length) return false;
	return aKeys.every((key) =>
		Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
	);
}
