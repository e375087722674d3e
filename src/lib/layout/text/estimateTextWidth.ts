/**
 * Text width estimated from its characters, with no DOM: layouts that use it come out the same
 * on every machine and in tests. The browser's own measure is `charts/measureTextWidth`.
 */

/** Average advance of a character as a share of the font size; generous for system UI fonts. */
export const CHARACTER_WIDTH_EM = 0.58;

/**
 * `average`: every character alike, unrounded, so a width converts back to characters (the
 * timeline); `glyphs`: letter widths apart, like the canvas it stands in for (the network).
 */
export type TextWidthModel = 'average' | 'glyphs';

/** Width in px of `text` in a sans-serif of `fontSize` px. */
export function estimateTextWidth(
	text: string,
	fontSize: number,
	model: TextWidthModel = 'average'
): number {
	if (model === 'average') return [...text].length * fontSize * CHARACTER_WIDTH_EM;
	let units = 0;
	for (const ch of text) {
		if (/[ilj.,'’:;|!]/.test(ch)) units += 0.3;
		else if (/[mwMW@]/.test(ch)) units += 0.9;
		else if (/[A-Z]/.test(ch)) units += 0.68;
		else if (ch === ' ') units += 0.3;
		else units += 0.56;
	}
	return Math.ceil(units * fontSize) + 2;
}
