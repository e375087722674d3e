/**
 * At most `limit` edges, the heaviest (most visible events), in their given order; membership
 * lines always stay. The same list when it is within the limit.
 */
export function heaviestEdges<D extends { edge: { kind: string }; summary: { weight: number } }>(
	edges: readonly D[],
	limit: number
): readonly D[] {
	if (edges.length <= limit) return edges;
	const weights = edges
		.filter((d) => d.edge.kind !== 'membership')
		.map((d) => d.summary.weight)
		.sort((p, q) => q - p);
	const room = Math.max(0, limit - (edges.length - weights.length));
	const threshold = weights[room - 1] ?? Infinity;
	// Edges at the threshold weight are taken in order until the limit is reached.
	let atThreshold = room - weights.filter((w) => w > threshold).length;
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
