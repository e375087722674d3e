import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	canMove,
	describePassage,
	movePassage,
	passageBetween,
	passageText,
	quoteFromPassage,
	type Passage,
	type PassageMove
} from '$lib/authoring/passage';
import { splitSentences } from '$lib/authoring/sourceText';
import { validateDataset } from '$lib/data/validation/validateDataset';

describe('movePassage', () => {
	it.each<[Passage | null, PassageMove, number, Passage | null]>([
		[null, 'next', 5, { first: 0, last: 0 }],
		[null, 'add-next', 5, { first: 0, last: 0 }],
		[null, 'previous', 5, { first: 4, last: 4 }],
		[null, 'add-previous', 5, { first: 4, last: 4 }],
		[null, 'next', 0, null],
		[{ first: 1, last: 1 }, 'next', 5, { first: 2, last: 2 }],
		[{ first: 1, last: 3 }, 'next', 5, { first: 4, last: 4 }],
		[{ first: 1, last: 3 }, 'previous', 5, { first: 0, last: 0 }],
		[{ first: 0, last: 0 }, 'previous', 5, { first: 0, last: 0 }],
		[{ first: 4, last: 4 }, 'next', 5, { first: 4, last: 4 }],
		[{ first: 1, last: 1 }, 'add-next', 5, { first: 1, last: 2 }],
		[{ first: 1, last: 4 }, 'add-next', 5, { first: 1, last: 4 }],
		[{ first: 2, last: 3 }, 'add-previous', 5, { first: 1, last: 3 }],
		[{ first: 0, last: 3 }, 'add-previous', 5, { first: 0, last: 3 }],
		[{ first: 1, last: 3 }, 'drop-last', 5, { first: 1, last: 2 }],
		[{ first: 1, last: 1 }, 'drop-last', 5, { first: 1, last: 1 }],
		[{ first: 1, last: 3 }, 'drop-first', 5, { first: 2, last: 3 }],
		[{ first: 3, last: 3 }, 'drop-first', 5, { first: 3, last: 3 }],
		// A passage left from a longer text is brought inside this one.
		[{ first: 7, last: 9 }, 'add-next', 5, { first: 4, last: 4 }]
	])('movePassage(%j, %j, %i) is %j', (passage, move, total, expected) => {
		const before = structuredClone(passage);
		expect(movePassage(passage, move, total)).toEqual(expected);
		expect(passage).toEqual(before);
	});
});

describe('canMove', () => {
	it.each<[Passage | null, PassageMove, number, boolean]>([
		[null, 'next', 3, true],
		[null, 'next', 0, false],
		[{ first: 0, last: 0 }, 'previous', 3, false],
		[{ first: 0, last: 0 }, 'next', 3, true],
		[{ first: 0, last: 2 }, 'add-next', 3, false],
		[{ first: 1, last: 1 }, 'drop-last', 3, false],
		[{ first: 1, last: 2 }, 'drop-last', 3, true]
	])('canMove(%j, %j, %i) is %s', (passage, move, total, expected) => {
		expect(canMove(passage, move, total)).toBe(expected);
	});
});

describe('passageBetween and describePassage', () => {
	it.each<[number, number, Passage, string]>([
		[2, 5, { first: 2, last: 5 }, 'Sentences 3–6'],
		[5, 2, { first: 2, last: 5 }, 'Sentences 3–6'],
		[3, 3, { first: 3, last: 3 }, 'Sentence 4']
	])('passageBetween(%i, %i) is %j, described as %j', (a, b, passage, words) => {
		expect(passageBetween(a, b)).toEqual(passage);
		expect(describePassage(passage)).toBe(words);
	});
});

describe('quoteFromPassage', () => {
	const text = 'One says  this. Two\tsays that.\n\nThree starts a paragraph. Four ends it.';
	const sentences = splitSentences(text);

	it.each<[Passage, string]>([
		[{ first: 0, last: 0 }, 'One says this.'],
		[{ first: 0, last: 1 }, 'One says this. Two says that.'],
		// Across a paragraph break: the break folds to one space, as the validator folds it.
		[{ first: 1, last: 2 }, 'Two says that. Three starts a paragraph.'],
		[{ first: 3, last: 3 }, 'Four ends it.']
	])('quoteFromPassage(text, %j) is %j', (passage, quote) => {
		const before = structuredClone({ text, sentences, passage });
		expect(quoteFromPassage(text, sentences, passage)).toEqual({ ok: true, quote });
		expect({ text, sentences, passage }).toEqual(before);
	});

	it('passageText(text, a passage) is the article between its ends, unfolded', () => {
		expect(passageText(text, sentences, { first: 1, last: 2 })).toBe(
			'Two\tsays that.\n\nThree starts a paragraph.'
		);
		expect(passageText(text, sentences, { first: 9, last: 9 })).toBe('');
	});

	it('quoteFromPassage(a passage over 400 characters) says to select less', () => {
		const long = Array.from(
			{ length: 12 },
			(_, i) => `Sentence number ${i} is here to be long.`
		).join(' ');
		const result = quoteFromPassage(long, splitSentences(long), { first: 0, last: 11 });
		expect(result).toMatchObject({ ok: false, message: /at most 400: select less/ });
	});

	it('quoteFromPassage(every two-sentence passage of the bundled article) is verbatim for the validator', () => {
		const article = readFileSync('data/sources/article.txt', 'utf8');
		const bundled = JSON.parse(readFileSync('data/events.json', 'utf8'));
		const all = splitSentences(article);
		const template = bundled.events[0];
		const events = all.slice(0, -1).flatMap((_, i) => {
			const result = quoteFromPassage(article, all, { first: i, last: i + 1 });
			return result.ok
				? [
						{
							...template,
							id: `passage-${i}`,
							related: undefined,
							evidence: [{ sourceId: template.evidence[0].sourceId, quote: result.quote }]
						}
					]
				: [];
		});
		expect(events.length).toBeGreaterThan(20);
		const { errors } = validateDataset(
			{ ...bundled, relations: [], events },
			{ sourceTexts: new Map([['sources/article.txt', article]]) }
		);
		expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
	});
});
