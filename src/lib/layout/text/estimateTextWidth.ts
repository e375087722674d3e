/**
 * Text width estimated from its characters, with no DOM: layouts that use it come out the same
 * on every machine and in tests. The browser's own measure is `charts/measureTextWidth`.
 */

/** Average advance of a character as a share of the font size; generous for system UI fonts. */
export const CHARACTER_WIDTH_EM = 0.58;

/**
 * How characters are counted. `average`: every character the same (`CHARACTER_WIDTH_EM`),
 * unrounded, so a width converts back to a number of characters (timeline labels and ticks).
 * `glyphs`: narrow, wide and capital letters apart, rounded up with 2 px to spare, as the
 * canvas measure it stands in for until the network is in the page.
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
