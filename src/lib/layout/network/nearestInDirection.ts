export type ArrowDirection = 'left' | 'right' | 'up' | 'down';

/**
 * The node an arrow key moves to: the nearest one inside a 45° cone either side of the
 * direction, preferring nodes straight ahead; null when there is none that way.
 */
export function nearestInDirection(
	nodes: readonly { id: string; x: number; y: number }[],
	fromId: string,
	direction: ArrowDirection
): string | null {
	const from = nodes.find((node) => node.id === fromId);
	if (!from) return nodes[0]?.id ?? null;
	const [ux, uy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction];
	let best: { id: string; score: number } | null = null;
	for (const node of nodes) {
		if (node.id === fromId) continue;
		const dx = node.x - from.x;
		const dy = node.y - from.y;
		const along = dx * ux! + dy * uy!;
		const across = Math.abs(dx * uy! - dy * ux!);
		if (along <= 0 || across > along) continue;
		const score = along + 2 * across;
		if (!best || score < best.score || (score === best.score && node.id < best.id))
			best = { id: node.id, score };
	}
	return best?.id ?? null;
}
