/** The zoom transform that fits circles into a view of the given size, never zooming past maxScale. */
export function fitTransform(
	circles: readonly { x: number; y: number; r: number }[],
	size: { width: number; height: number },
	padding = 24,
	maxScale = 3
): { k: number; x: number; y: number } {
	if (circles.length === 0) return { k: 1, x: 0, y: 0 };
	const x0 = Math.min(...circles.map((c) => c.x - c.r));
	const x1 = Math.max(...circles.map((c) => c.x + c.r));
	const y0 = Math.min(...circles.map((c) => c.y - c.r));
	const y1 = Math.max(...circles.map((c) => c.y + c.r));
	const k = Math.min(
		maxScale,
		(size.width - 2 * padding) / Math.max(1, x1 - x0),
		(size.height - 2 * padding) / Math.max(1, y1 - y0)
	);
	return {
		k,
		x: size.width / 2 - k * ((x0 + x1) / 2),
		y: size.height / 2 - k * ((y0 + y1) / 2)
	};
}
