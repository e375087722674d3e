/** Finds a quote inside its stored source text, so it can be shown within its paragraph. */
import { foldWhitespace } from './foldWhitespace';
import { foldForQuotes, locateQuote } from './matchQuote';

export interface QuoteContext {
	/** Paragraph number in the source, from 1. */
	paragraph: number;
	before: string;
	/** The quoted words as the source writes them (its own quotes, dashes and spacing). */
	quote: string;
	after: string;
}

/** Paragraphs are separated by line breaks; whitespace inside each is folded to one space. */
export function splitParagraphs(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map(foldWhitespace)
		.filter((paragraph) => paragraph !== '');
}

/**
 * The paragraph holding the quote, split around it; null when the quote is not in the text.
 * Matched as the loader matches it (`locateQuote`): typography and elisions aside, verbatim.
 */
export function findQuoteContext(text: string, quote: string): QuoteContext | null {
	if (foldWhitespace(quote) === '') return null;
	const paragraphs = splitParagraphs(text);
	for (const [i, paragraph] of paragraphs.entries()) {
		const folded = foldForQuotes(paragraph);
		const found = locateQuote(folded, quote);
		if (found) {
			const shown = folded.source;
			return {
				paragraph: i + 1,
				before: shown.slice(0, found.start),
				quote: shown.slice(found.start, found.end),
				after: shown.slice(found.end)
			};
		}
	}
	// A quote may run across a line break: look in the whole text folded to one line.
	const whole = foldForQuotes(foldWhitespace(text));
	const found = locateQuote(whole, quote);
	if (!found) return null;
	const shown = whole.source;
	return {
		paragraph: 0,
		before: shown.slice(Math.max(0, found.start - 300), found.start),
		quote: shown.slice(found.start, found.end),
		after: shown.slice(found.end, found.end + 300)
	};
}
