/**
 * Text width as the browser draws it, from a 2D canvas in a CSS font: for the network's labels
 * and the export's titles. Layouts without a page use `layout/text/estimateTextWidth`.
 */

/** `measure`, remembering each text's width: a layout asks for the same labels many times. */
export function rememberWidths(measure: (text: string) => number): (text: string) => number {
	const widths = new Map<string, number>();
	return (text) => {
		let width = widths.get(text);
		if (width === undefined) {
			width = measure(text);
			widths.set(text, width);
		}
		return width;
	};
}

/**
 * A measure of text in `font` (the CSS shorthand: "700 18px system-ui"), unrounded: from a page's
 * canvas, or an offscreen one in a worker; null where there is neither.
 */
export function createTextWidthMeasure(font: string): ((text: string) => number) | null {
	const context =
		typeof document !== 'undefined'
			? document.createElement('canvas').getContext('2d')
			: typeof OffscreenCanvas !== 'undefined'
				? new OffscreenCanvas(1, 1).getContext('2d')
				: null;
	if (!context) return null;
	context.font = font;
	return rememberWidths((text) => context.measureText(text).width);
}
