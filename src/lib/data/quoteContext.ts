/** Finds a quote inside its stored source text, so it can be shown within its paragraph. */
import { foldWhitespace } from './foldWhitespace';

export interface QuoteContext {
	/** Paragraph number in the source, from 1. */
	paragraph: number;
	before: string;
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

/** The paragraph holding the quote, split around it; null when the quote is not in the text. */
export function findQuoteContext(text: string, quote: string): QuoteContext | null {
	const needle = foldWhitespace(quote);
	if (needle === '') return null;
	const paragraphs = splitParagraphs(text);
	for (const [i, paragraph] of paragraphs.entries()) {
		const at = paragraph.indexOf(needle);
		if (at >= 0) {
			return {
				paragraph: i + 1,
				before: paragraph.slice(0, at),
				quote: paragraph.slice(at, at + needle.length),
				after: paragraph.slice(at + needle.length)
			};
		}
	}
	// A quote may run across a line break: look in the whole text folded to one line.
	const whole = foldWhitespace(text);
	const at = whole.indexOf(needle);
	if (at < 0) return null;
	return {
		paragraph: 0,
		before: whole.slice(Math.max(0, at - 300), at),
		quote: needle,
		after: whole.slice(at + needle.length, at + needle.length + 300)
	};
}
