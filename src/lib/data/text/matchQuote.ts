/**
 * Finds a quote in its stored source text as people quote: the words verbatim, the typography
 * not (quotes, dashes, "…", runs of white space, soft hyphens and zero-width characters fold
 * alike); an elision "[…]", "[...]" or "…" skips words, the parts found in order.
 */

/** Characters folded to a plain one, or dropped (''). */
const FOLD = new Map<string, string>([
	...[...'‘’‚‛′＇`´‹›'].map((c): [string, string] => [c, "'"]),
	...[...'“”„‟″«»＂'].map((c): [string, string] => [c, '"']),
	...[...'‐‑‒–—―−﹘﹣－'].map((c): [string, string] => [c, '-']),
	['…', '...'],
	...[...'\u00AD\u200B\u200C\u200D\u2060\uFEFF'].map((c): [string, string] => [c, ''])
]);

export interface FoldedText {
	/** The text folded: NFC, typography plain, white space runs as one space, ends trimmed. */
	text: string;
	/** For each folded character, its index in `source`; one more entry for the end. */
	origin: number[];
	/** The text the indices point into (NFC). */
	source: string;
}

/** Folds a text for matching, keeping where each folded character came from. */
export function foldForQuotes(text: string): FoldedText {
	const source = text.normalize('NFC');
	let folded = '';
	const origin: number[] = [];
	let pendingSpace = -1;
	for (let i = 0; i < source.length; i++) {
		const c = source[i]!;
		if (/\s/.test(c)) {
			if (pendingSpace < 0) pendingSpace = i;
			continue;
		}
		const replacement = FOLD.get(c) ?? c;
		if (replacement === '') continue;
		if (pendingSpace >= 0) {
			if (folded !== '') {
				folded += ' ';
				origin.push(pendingSpace);
			}
			pendingSpace = -1;
		}
		for (const r of replacement) {
			folded += r;
			origin.push(i);
		}
	}
	// The end of the last character: where a match that ends with it ends.
	const lastIndex = origin.length > 0 ? origin[origin.length - 1]! : -1;
	origin.push(lastIndex < 0 ? 0 : lastIndex + 1);
	return { text: folded, origin, source };
}

/** An elision mark in a folded quote: "[...]", "(...)" or "...", with the spaces around it. */
const ELISION = / ?(?:\[ ?\.\.\. ?\]|\( ?\.\.\. ?\)|\.\.\.) ?/;

/** The parts of a quote that must appear in order (one part when it elides nothing). */
export function quoteParts(quote: string): string[] {
	return foldForQuotes(quote)
		.text.split(ELISION)
		.map((part) => part.trim())
		.filter((part) => part !== '');
}

/**
 * Where the quote is in the text, as [start, end) indices into `folded.source`; null when it
 * is not there. An elided quote spans from its first part to its last.
 */
export function locateQuote(
	folded: FoldedText,
	quote: string
): { start: number; end: number } | null {
	const parts = quoteParts(quote);
	if (parts.length === 0) return null;
	// The quote verbatim first: a "..." inside the source's own words is then no elision.
	const whole = foldForQuotes(quote).text;
	let at = folded.text.indexOf(whole);
	if (at >= 0) return span(folded, at, at + whole.length);
	let from = 0;
	let start = -1;
	for (const part of parts) {
		at = folded.text.indexOf(part, from);
		if (at < 0) return null;
		if (start < 0) start = at;
		from = at + part.length;
	}
	return span(folded, start, from);
}

function span(folded: FoldedText, start: number, end: number) {
	// The end is just past the source character of the last folded one ("…" folds to three).
	const last = folded.origin[end - 1]!;
	return { start: folded.origin[start]!, end: last + 1 };
}
