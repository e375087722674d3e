/** Each node's neighbours along the given edges. */
export function adjacency(
	edges: readonly { source: string; target: string }[]
): Map<string, Set<string>> {
	const map = new Map<string, Set<string>>();
	const link = (p: string, q: string) => {
		const set = map.get(p) ?? new Set<string>();
		set.add(q);
		map.set(p, set);
	};
	for (const edge of edges) {
		link(edge.source, edge.target);
		link(edge.target, edge.source);
	}
	return map;
}
