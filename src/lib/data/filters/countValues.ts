/** How often each value occurs, in a given order (unknown values after, "none" last). */
export function countValues<T extends string>(
	values: Iterable<T>,
	order?: readonly T[]
): { value: T; count: number }[] {
	const counts = new Map<T, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return orderCounts(counts, order);
}

/** Counts in a given order (unknown values after, "none" last). */
export function orderCounts<T extends string>(
	counts: ReadonlyMap<T, number>,
	order?: readonly T[]
): { value: T; count: number }[] {
	const rank = (value: T) => {
		const at = order?.indexOf(value) ?? -1;
		return at >= 0 ? at : value === 'none' ? Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER - 1;
	};
	return [...counts.keys()]
		.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
		.map((value) => ({ value, count: counts.get(value)! }));
}
