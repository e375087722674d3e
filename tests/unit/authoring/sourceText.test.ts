import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	countCoverage,
	describeCoverage,
	findQuoteSpans,
	quoteFromSelection,
	paragraphsWithSentences,
	splitSentences,
	textOf
} from '$lib/authoring/sourceText';
import { foldWhitespace } from '$lib/data/text/foldWhitespace';
import { validateDataset } from '$lib/data/validation/validateDataset';

const article = readFileSync('data/sources/article.txt', 'utf8');
const bundled = JSON.parse(readFileSync('data/events.json', 'utf8'));

describe('splitSentences', () => {
	it('splitSentences(text) splits paragraphs into sentences, keeping abbreviations such as "U.S." inside', () => {
		const text =
			'U.S. envoy Steve Witkoff met them. Iran’s minister said “no.” Then\n\nA new paragraph?  Yes!';
		const before = text;
		const sentences = splitSentences(text).map((s) => textOf(text, s));
		expect(text).toBe(before);
		expect(sentences).toEqual([
			'U.S. envoy Steve Witkoff met them.',
			'Iran’s minister said “no.”',
			'Then',
			'A new paragraph?',
			'Yes!'
		]);
	});

	it('paragraphsWithSentences(text) numbers sentences across paragraphs and skips blank lines', () => {
		const paragraphs = paragraphsWithSentences('One. Two.\n\n  \nThree.\r\nFour');
		expect(paragraphs.map((p) => p.sentences.map((s) => s.index))).toEqual([[0, 1], [2], [3]]);
		expect(paragraphs.flatMap((p) => p.sentences.map((s) => s.paragraph))).toEqual([0, 0, 1, 2]);
	});

	it('splitSentences(the bundled article) finds its 29 sentences in 13 paragraphs', () => {
		expect(splitSentences(article)).toHaveLength(29);
		expect(paragraphsWithSentences(article)).toHaveLength(13);
	});
});

describe('findQuoteSpans', () => {
	it.each([
		['a  b\n c', 'a b c', [{ start: 0, end: 7 }]],
		[
			'x a b y a b',
			'a b',
			[
				{ start: 2, end: 5 },
				{ start: 8, end: 11 }
			]
		],
		['  lead\tin ', 'lead in', [{ start: 2, end: 9 }]],
		['abc', 'abd', []],
		['abc', '   ', []],
		// Only whitespace is folded: unlike the loader's match, other quote marks do not match.
		['he said “no”', 'he said "no"', []]
	])(
		'findQuoteSpans(%j, %j) finds every place it occurs, whitespace folded',
		(text, quote, spans) => {
			expect(findQuoteSpans(text, quote)).toEqual(spans);
			for (const span of findQuoteSpans(text, quote)) {
				expect(foldWhitespace(textOf(text, span))).toBe(foldWhitespace(quote));
			}
		}
	);
});

describe('countCoverage', () => {
	it('countCoverage(text, quotes) counts each sentence a quote touches once', () => {
		const text = 'One is here. Two is there. Three.\nFour follows.';
		const quotes = ['is here', 'here. Two', 'Four'];
		const before = structuredClone(quotes);
		const coverage = countCoverage(text, quotes);
		expect(quotes).toEqual(before);
		expect([...coverage.quoted].sort()).toEqual([0, 1, 3]);
		expect(describeCoverage(coverage)).toBe('3 of 4 sentences quoted');
	});

	it('countCoverage(text, []) says 0 of n; a quote that is not in the text covers nothing', () => {
		expect(describeCoverage(countCoverage('A. B.', []))).toBe('0 of 2 sentences quoted');
		expect(countCoverage('A. B.', ['C']).covered).toBe(0);
		expect(describeCoverage(countCoverage('Only one', ['one']))).toBe('1 of 1 sentence quoted');
	});

	it('countCoverage(the bundled article, its quotes) counts the sentences the bundled dataset quotes', () => {
		const quotes: string[] = bundled.events.flatMap((e: { evidence: { quote: string }[] }) =>
			e.evidence.map((x) => x.quote)
		);
		const coverage = countCoverage(article, quotes);
		expect(coverage.total).toBe(29);
		// Every quote is found, so every quote marks at least its own sentence.
		for (const quote of quotes) expect(findQuoteSpans(article, quote).length).toBeGreaterThan(0);
		expect(coverage.covered).toBeGreaterThan(10);
		expect(coverage.covered).toBeLessThan(29);
		// The footer lines of the page ("Submit a Tip") are never quoted.
		expect(coverage.quoted.has(28)).toBe(false);
	});
});

describe('quoteFromSelection', () => {
	it.each([
		['  working toward\n setting up  ', 'working toward setting up'],
		['as soon as Friday', 'as soon as Friday'],
		['e\u0301t\u00e9', '\u00e9t\u00e9']
	])(
		'quoteFromSelection(%j) is the selection with whitespace folded as the validator folds it',
		(selected, quote) => {
			expect(quoteFromSelection(selected)).toEqual({ ok: true, quote });
			expect(quote).toBe(foldWhitespace(selected));
		}
	);

	it('quoteFromSelection(empty or too long) says what is wrong', () => {
		expect(quoteFromSelection(' \n ')).toMatchObject({ ok: false, message: /select some text/ });
		const long = quoteFromSelection('x'.repeat(401));
		expect(long).toMatchObject({ ok: false, message: /401 characters.*at most 400/ });
	});

	it('quoteFromSelection(any passage of the article) is accepted by the validator as verbatim', () => {
		const text = article.normalize('NFC');
		const sentences = splitSentences(text);
		const dataset = structuredClone(bundled);
		// Selections that cross line breaks and sentence ends, as a mouse selection can.
		const selections = sentences
			.slice(0, -1)
			.map((s, i) => text.slice(s.start + 3, Math.min(sentences[i + 1]!.start + 8, s.start + 300)));
		dataset.events[0].evidence = selections.map((selected) => ({
			sourceId: 'article',
			quote: (quoteFromSelection(selected) as { quote: string }).quote
		}));
		const result = validateDataset(dataset, {
			sourceTexts: new Map([['sources/article.txt', article]])
		});
		expect(result.errors).toEqual([]);
	});
});
