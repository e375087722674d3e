/**
 * A passage of the article chosen sentence by sentence, as a keyboard user selects one: a cursor
 * sentence moved back and forth, and a passage grown or shrunk a sentence at a time at either
 * end. Its quote is exactly its text, whitespace folded as the validator folds it.
 */
import { quoteFromSelection, textOf, type QuoteFromSelection, type Sentence } from './sourceText';

/** Sentence indices, `first <= last`, both inside the text. */
export interface Passage {
	first: number;
	last: number;
}

export type PassageMove =
	'previous' | 'next' | 'add-next' | 'add-previous' | 'drop-last' | 'drop-first';

const clamp = (index: number, total: number) => Math.min(Math.max(index, 0), total - 1);

/**
 * The passage after one move, in a text of `total` sentences. From no passage, every move starts
 * with one sentence: the first ("next", "add next") or the last ("previous", "add previous").
 * "Previous" and "next" move to one sentence before the passage or after it; "add" grows it by
 * a sentence at that end and "drop" shrinks it (never below one sentence). Null in an empty text.
 */
export function movePassage(
	passage: Passage | null,
	move: PassageMove,
	total: number
): Passage | null {
	if (total <= 0) return null;
	if (!passage) {
		const at = move === 'previous' || move === 'add-previous' ? total - 1 : 0;
		return { first: at, last: at };
	}
	const first = clamp(passage.first, total);
	const last = clamp(Math.max(passage.last, first), total);
	switch (move) {
		case 'previous': {
			const at = clamp(first - 1, total);
			return { first: at, last: at };
		}
		case 'next': {
			const at = clamp(last + 1, total);
			return { first: at, last: at };
		}
		case 'add-next':
			return { first, last: clamp(last + 1, total) };
		case 'add-previous':
			return { first: clamp(first - 1, total), last };
		case 'drop-last':
			return { first, last: Math.max(first, last - 1) };
		case 'drop-first':
			return { first: Math.min(first + 1, last), last };
	}
}

/** Whether the move would change the passage (for disabling the control that makes it). */
export function canMove(passage: Passage | null, move: PassageMove, total: number): boolean {
	if (total <= 0) return false;
	if (!passage) return true;
	const next = movePassage(passage, move, total)!;
	return next.first !== passage.first || next.last !== passage.last;
}

/** The passage from a sentence to another, in either order (a shift-click on a sentence). */
export function passageBetween(a: number, b: number): Passage {
	return { first: Math.min(a, b), last: Math.max(a, b) };
}

/** The passage's text, exactly as in the article, from its first sentence to its last. */
export function passageText(
	text: string,
	sentences: readonly Sentence[],
	passage: Passage
): string {
	const first = sentences[passage.first];
	const last = sentences[passage.last];
	if (!first || !last) return '';
	return textOf(text, { start: first.start, end: last.end });
}

/** The quote the passage makes (or why it cannot be one: too long). */
export function quoteFromPassage(
	text: string,
	sentences: readonly Sentence[],
	passage: Passage
): QuoteFromSelection {
	return quoteFromSelection(passageText(text, sentences, passage));
}

/** "Sentence 4" or "Sentences 4–6" (counted from one, as the reader numbers them). */
export function describePassage(passage: Passage): string {
	return passage.first === passage.last
		? `Sentence ${passage.first + 1}`
		: `Sentences ${passage.first + 1}–${passage.last + 1}`;
}
