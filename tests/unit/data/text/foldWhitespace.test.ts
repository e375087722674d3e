import { describe, expect, it } from 'vitest';
import { foldWhitespace } from '$lib/data/text/foldWhitespace';

describe('foldWhitespace', () => {
	it.each([
		['plain text', 'plain text'],
		['  padded  ', 'padded'],
		['tabs\tand\nnew\r\nlines', 'tabs and new lines'],
		['no-break\u00a0space and ideographic\u3000space', 'no-break space and ideographic space'],
		['', ''],
		[' \n\t ', '']
	])('foldWhitespace(%j) is %j', (text, folded) => {
		expect(foldWhitespace(text)).toBe(folded);
	});

	it('foldWhitespace(text) composes to NFC, so a decomposed é equals a composed one', () => {
		const decomposed = 'Mediation in Gene\u0300ve';
		expect(foldWhitespace(decomposed)).toBe('Mediation in Genève');
		expect(foldWhitespace(decomposed)).toBe(foldWhitespace('Mediation in Genève'));
	});
});
