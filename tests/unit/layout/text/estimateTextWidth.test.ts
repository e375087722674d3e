import { describe, expect, it } from 'vitest';
import {
	CHARACTER_WIDTH_EM,
	estimateTextWidth,
	type TextWidthModel
} from '$lib/layout/text/estimateTextWidth';

describe('estimateTextWidth', () => {
	it.each<[string, number, TextWidthModel | undefined, number]>([
		['', 12, undefined, 0],
		['abcd', 10, undefined, 4 * 10 * CHARACTER_WIDTH_EM],
		['abcd', 10, 'average', 4 * 10 * CHARACTER_WIDTH_EM],
		// Characters, not UTF-16 units: an emoji counts once.
		['a🙂', 10, 'average', 2 * 10 * CHARACTER_WIDTH_EM],
		['', 12, 'glyphs', 2],
		// Narrow (0.3), wide (0.9), capital (0.68), space (0.3), other (0.56) em, rounded up, + 2.
		['i', 10, 'glyphs', 5],
		['m', 10, 'glyphs', 11],
		['A', 10, 'glyphs', 9],
		[' ', 10, 'glyphs', 5],
		['a', 10, 'glyphs', 8],
		['Baku', 12, 'glyphs', Math.ceil((0.68 + 0.56 + 0.56 + 0.56) * 12) + 2],
		['Wil, ma', 12, 'glyphs', Math.ceil((0.9 + 0.3 + 0.3 + 0.3 + 0.3 + 0.9 + 0.56) * 12) + 2]
	])('estimateTextWidth(%j, %i, %s) is %d', (text, fontSize, model, expected) => {
		expect(estimateTextWidth(text, fontSize, model)).toBeCloseTo(expected, 9);
	});

	it.each<TextWidthModel>(['average', 'glyphs'])(
		'estimateTextWidth(text, size, %s) grows with the text and with the font size',
		(model) => {
			const short = estimateTextWidth('Yerevan', 12, model);
			expect(estimateTextWidth('Yerevan and Baku', 12, model)).toBeGreaterThan(short);
			expect(estimateTextWidth('Yerevan', 18, model)).toBeGreaterThan(short);
		}
	);

	it('estimateTextWidth(text, size, glyphs) tells narrow letters from wide ones', () => {
		expect(estimateTextWidth('iiii', 12, 'glyphs')).toBeLessThan(
			estimateTextWidth('MMMM', 12, 'glyphs')
		);
		// The average model does not.
		expect(estimateTextWidth('iiii', 12)).toBe(estimateTextWidth('MMMM', 12));
	});
});
