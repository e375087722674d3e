import { describe, expect, it } from 'vitest';
import { findQuoteContext, splitParagraphs } from '../../../../src/lib/data/text/quoteContext';

const TEXT = 'Headline\n\nFirst   paragraph with a quote “here”.\nSecond paragraph,\tmore text.\n';

describe('findQuoteContext(text, quote)', () => {
	it.each([
		[
			'quote “here”',
			{ paragraph: 2, before: 'First paragraph with a ', quote: 'quote “here”', after: '.' }
		],
		[
			'Second paragraph, more',
			{ paragraph: 3, before: '', quote: 'Second paragraph, more', after: ' text.' }
		],
		['Headline', { paragraph: 1, before: '', quote: 'Headline', after: '' }]
	])('findQuoteContext(TEXT, %j) finds it in its paragraph', (quote, expected) => {
		expect(findQuoteContext(TEXT, quote)).toEqual(expected);
	});

	it('findQuoteContext(text, quote across a line break) still finds it', () => {
		const found = findQuoteContext(TEXT, 'a quote “here”. Second paragraph');
		expect(found).toMatchObject({ paragraph: 0, quote: 'a quote “here”. Second paragraph' });
		expect(found?.before.endsWith('with ')).toBe(true);
	});

	it.each([
		['quote "here"', 'quote “here”'],
		['First paragraph ... "here"', 'First paragraph with a quote “here”'],
		['with a [...] quote', 'with a quote']
	])(
		"findQuoteContext(TEXT, %j) finds it whatever its typography, and shows the source's own words",
		(quote, shown) => {
			expect(findQuoteContext(TEXT, quote)?.quote).toBe(shown);
		}
	);

	it.each(['not there', '', '   '])('findQuoteContext(TEXT, %j) is null', (quote) => {
		expect(findQuoteContext(TEXT, quote)).toBeNull();
	});

	it('splitParagraphs(text) drops empty lines and folds whitespace', () => {
		expect(splitParagraphs(TEXT)).toEqual([
			'Headline',
			'First paragraph with a quote “here”.',
			'Second paragraph, more text.'
		]);
	});
});
