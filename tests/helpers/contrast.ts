/**
 * WCAG 2.2 contrast: relative luminance and contrast ratio of CSS colours, with translucent
 * colours composited over their background first. Pure; the accessibility tests read colours
 * from the live page and judge them with these.
 */
import { color as parseCssColor } from 'd3-color';

/** WCAG 2.2 minimum ratios (success criteria 1.4.3 and 1.4.11). */
export const MIN_TEXT_CONTRAST = 4.5;
export const MIN_LARGE_TEXT_CONTRAST = 3;
export const MIN_GRAPHIC_CONTRAST = 3;

export interface Rgba {
	r: number;
	g: number;
	b: number;
	/** 0 (transparent) to 1 (opaque). */
	opacity: number;
}

/** Reads a CSS colour ("#1b1f24", "rgb(27 31 36)", "rgba(0, 0, 0, 0.5)", "white"). */
export function parseColor(css: string): Rgba {
	// d3-color reads the comma syntax only; browsers may write "rgb(27 31 36 / 0.5)".
	const modern = /^(rgba?)\(\s*([^,]+?)\s+([^,]+?)\s+([^,/]+?)\s*(?:\/\s*([^,]+?)\s*)?\)$/i.exec(
		css.trim()
	);
	const normalised = modern
		? `rgba(${modern[2]}, ${modern[3]}, ${modern[4]}, ${modern[5] ?? 1})`
		: css;
	const parsed = parseCssColor(normalised);
	if (!parsed) throw new RangeError(`"${css}" is not a CSS colour`);
	const { r, g, b, opacity } = parsed.rgb();
	// d3 gives a fully transparent colour NaN channels; any channels will do.
	const orZero = (value: number) => (Number.isNaN(value) ? 0 : value);
	return { r: orZero(r), g: orZero(g), b: orZero(b), opacity };
}

/** `top` seen over an opaque `bottom`, with `opacity` (e.g. an SVG fill-opacity) applied to top. */
export function compositeOver(top: string | Rgba, bottom: string | Rgba, opacity = 1): Rgba {
	const t = typeof top === 'string' ? parseColor(top) : top;
	const b = typeof bottom === 'string' ? parseColor(bottom) : bottom;
	const a = Math.max(0, Math.min(1, t.opacity * opacity));
	const mix = (x: number, y: number) => x * a + y * (1 - a);
	return { r: mix(t.r, b.r), g: mix(t.g, b.g), b: mix(t.b, b.b), opacity: 1 };
}

function channel(value: number): number {
	const c = Math.max(0, Math.min(255, value)) / 255;
	// WCAG 2.2 uses 0.04045 (sRGB); older texts said 0.03928, which gives the same 8-bit results.
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of an opaque colour, 0 (black) to 1 (white). */
export function relativeLuminance(color: string | Rgba): number {
	const c = typeof color === 'string' ? parseColor(color) : color;
	return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/**
 * Contrast ratio (1 to 21) of a foreground over a background. A translucent background is
 * taken over white, and a translucent foreground over the background, as a reader sees them.
 */
export function contrastRatio(foreground: string | Rgba, background: string | Rgba): number {
	const bg = compositeOver(background, '#ffffff');
	const fg = compositeOver(foreground, bg);
	const [light, dark] = [relativeLuminance(fg), relativeLuminance(bg)].sort((p, q) => q - p);
	return (light! + 0.05) / (dark! + 0.05);
}
