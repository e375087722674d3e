/**
 * At most `limit` edges, the heaviest (most visible events), in their given order; membership
 * lines always stay. The same list when it is within the limit.
 */
export function heaviestEdges<D extends { edge: { kind: string }; summary: { weight: number } }>(
	edges: readonly D[],
	limit: number
): readonly D[] {
	if (edges.length <= limit) return edges;
	const contacts = edges.filter((d) => d.edge.kind !== 'membership');
	const room = Math.max(0, limit - (edges.length - contacts.length));
	const { threshold, above } = nthHeaviest(
		contacts.map((d) => d.summary.weight),
		room
	);
	// Edges at the threshold weight are taken in order until the limit is reached.
	let atThreshold = room - above;
	return edges.filter((d) => {
		if (d.edge.kind === 'membership') return true;
		if (d.summary.weight > threshold) return true;
		if (d.summary.weight === threshold && atThreshold > 0) {
			atThreshold--;
			return true;
		}
		return false;
	});
}

/**
 * The `n`-th highest of some weights (Infinity when n is 0 or past the end), and how many are
 * higher: sorted natively as numbers (no comparator called thousands of times).
 */
export function nthHeaviest(
	weights: readonly number[],
	n: number
): { threshold: number; above: number } {
	const sorted = Float64Array.from(weights).sort();
	const threshold = n >= 1 && n <= sorted.length ? sorted[sorted.length - n]! : Infinity;
	let above = 0;
	for (let i = sorted.length - 1; i >= 0 && sorted[i]! > threshold; i--) above++;
	return { threshold, above };
}
