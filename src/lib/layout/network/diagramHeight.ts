/** Height of the drawing area for a width: taller than wide on phones, wide on desktops. */
export function diagramHeight(width: number): number {
	if (width < 640) return Math.round(Math.max(400, Math.min(560, width * 1.2)));
	return Math.round(Math.max(440, Math.min(620, width * 0.52)));
}
