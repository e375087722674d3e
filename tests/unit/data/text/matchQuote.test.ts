import { describe, expect, it } from 'vitest';
import { foldForQuotes, locateQuote, quoteParts } from '../../../../src/lib/data/text/matchQuote';

/** A source as a news site stores it: curly quotes, dashes, a soft hyphen, no-break spaces. */
const SOURCE =
	'Yerevan — The foreign ministers “agreed to meet again in May,” a spokes\u00ADman said.\n' +
	'He added: ‘We are not there yet…’ and the round\u00A0 was  postponed.';

describe('locateQuote(folded, quote)', () => {
	it.each([
		['"agreed to meet again in May," a spokesman said'],
		["'We are not there yet...'"],
		['Yerevan - The foreign ministers'],
		['Yerevan -- The foreign ministers', null],
		['the round was postponed'],
		['agreed to meet [...] a spokesman said'],
		['agreed to meet … spokesman said'],
		['We are not there yet…'],
		['agreed to meet again in June', null],
		['Agreed to meet', null],
		['spokesman said [...] agreed', null]
	] as [string, null?][])('locateQuote(SOURCE, %j) finds it (or not)', (quote, missing) => {
		const folded = foldForQuotes(SOURCE);
		const found = locateQuote(folded, quote);
		if (missing === null) expect(found).toBeNull();
		else expect(found).not.toBeNull();
	});

	it('locateQuote(folded, quote) gives the span of the source text, its own typography kept', () => {
		const folded = foldForQuotes(SOURCE);
		const found = locateQuote(folded, '"agreed to meet again in May,"')!;
		expect(SOURCE.slice(found.start, found.end)).toBe('“agreed to meet again in May,”');
		const ellipsis = locateQuote(folded, 'not there yet...')!;
		expect(SOURCE.slice(ellipsis.start, ellipsis.end)).toBe('not there yet…');
	});

	it('foldForQuotes(text) folds typography and white space, and maps back', () => {
		const before = SOURCE;
		const folded = foldForQuotes(SOURCE);
		expect(folded.text).toBe(
			'Yerevan - The foreign ministers "agreed to meet again in May," a spokesman said. ' +
				"He added: 'We are not there yet...' and the round was postponed."
		);
		expect(folded.origin).toHaveLength(folded.text.length + 1);
		expect(SOURCE).toBe(before);
	});

	it.each([
		['a [...] b', ['a', 'b']],
		['a … b (...) c', ['a', 'b', 'c']],
		['plain', ['plain']],
		['...', []]
	])('quoteParts(%j) is %j', (quote, parts) => {
		expect(quoteParts(quote)).toEqual(parts);
	});
});
