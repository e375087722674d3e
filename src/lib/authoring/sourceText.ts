/**
 * A source text as the author reads it: paragraphs, sentences, where each quote sits, how much
 * of the text is coded, and the quote a selection makes. Offsets are UTF-16 indices into the
 * text after Unicode NFC normalisation (what the validator compares; for almost every text the
 * same string).
 */
import { foldWhitespace } from '$lib/data/text/foldWhitespace';
import { LIMITS } from '$lib/data/vocabularies';

export interface Span {
	start: number;
	/** Exclusive. */
	end: number;
}

export interface Sentence extends Span {
	/** Position among all sentences of the text. */
	index: number;
	/** The paragraph it belongs to. */
	paragraph: number;
}

export interface Paragraph extends Span {
	index: number;
	sentences: Sentence[];
}

/** Paragraphs are lines (or blocks between blank lines); each is split into sentences. */
export function paragraphsWithSentences(text: string): Paragraph[] {
	const normalised = text.normalize('NFC');
	const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
	const paragraphs: Paragraph[] = [];
	let sentenceIndex = 0;
	for (const line of normalised.matchAll(/[^\r\n]+/g)) {
		const lineText = line[0];
		if (lineText.trim() === '') continue;
		const paragraph: Paragraph = {
			index: paragraphs.length,
			start: line.index + (lineText.length - lineText.trimStart().length),
			end: line.index + lineText.trimEnd().length,
			sentences: []
		};
		for (const part of segmenter.segment(lineText)) {
			const body = part.segment.trim();
			if (body === '') continue;
			const start =
				line.index + part.index + (part.segment.length - part.segment.trimStart().length);
			paragraph.sentences.push({
				index: sentenceIndex++,
				paragraph: paragraph.index,
				start,
				end: start + body.length
			});
		}
		paragraphs.push(paragraph);
	}
	return paragraphs;
}

export function splitSentences(text: string): Sentence[] {
	return paragraphsWithSentences(text).flatMap((paragraph) => paragraph.sentences);
}

/**
 * The text with its whitespace folded as `foldWhitespace` folds it, with the offset in the NFC
 * text of every folded character (a folded space points at the first character of its run).
 */
function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
	const normalised = text.normalize('NFC');
	let folded = '';
	const offsets: number[] = [];
	let pendingSpace = -1;
	for (let i = 0; i < normalised.length; i++) {
		const char = normalised[i]!;
		if (/\s/.test(char)) {
			if (pendingSpace < 0 && folded.length > 0) pendingSpace = i;
			continue;
		}
		if (pendingSpace >= 0) {
			folded += ' ';
			offsets.push(pendingSpace);
			pendingSpace = -1;
		}
		folded += char;
		offsets.push(i);
	}
	return { folded, offsets };
}

/**
 * Every place the quote occurs in the text, whitespace folded: a quote made from a selection
 * (`quoteFromSelection`) is found where it was selected. The loader's `locateQuote`
 * (matchQuote.ts) also takes typographic variants and elisions as the same, and finds one place.
 */
export function findQuoteSpans(text: string, quote: string): Span[] {
	const needle = foldWhitespace(quote);
	if (needle === '') return [];
	const { folded, offsets } = foldWithOffsets(text);
	const spans: Span[] = [];
	for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
		spans.push({ start: offsets[at]!, end: offsets[at + needle.length - 1]! + 1 });
	}
	return spans;
}

export interface Coverage {
	/** Indices of the sentences that some quote overlaps. */
	quoted: ReadonlySet<number>;
	covered: number;
	total: number;
}

/** Which sentences the quotes touch: "14 of 31 sentences". */
export function countCoverage(text: string, quotes: readonly string[]): Coverage {
	const sentences = splitSentences(text);
	const spans = quotes.flatMap((quote) => findQuoteSpans(text, quote));
	const quoted = new Set<number>();
	for (const sentence of sentences) {
		if (spans.some((span) => span.start < sentence.end && sentence.start < span.end)) {
			quoted.add(sentence.index);
		}
	}
	return { quoted, covered: quoted.size, total: sentences.length };
}

/** "14 of 31 sentences quoted" */
export function describeCoverage(coverage: Coverage): string {
	return `${coverage.covered} of ${coverage.total} sentence${coverage.total === 1 ? '' : 's'} quoted`;
}

export type QuoteFromSelection =
	{ ok: true; quote: string } | { ok: false; message: string; quote: string };

/**
 * The quote a selection makes: exactly the selected text, whitespace folded as the validator
 * folds it, so that it is always found verbatim in its source.
 */
export function quoteFromSelection(selected: string): QuoteFromSelection {
	const quote = foldWhitespace(selected);
	if (quote === '') return { ok: false, quote, message: 'select some text of the source first' };
	if (quote.length > LIMITS.quote) {
		return {
			ok: false,
			quote,
			message: `the selection is ${quote.length} characters long; a quote may be at most ${LIMITS.quote}: select less`
		};
	}
	return { ok: true, quote };
}

/** The text of a span of the (NFC) text. */
export function textOf(text: string, span: Span): string {
	return text.normalize('NFC').slice(span.start, span.end);
}
