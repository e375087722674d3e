import { describe, expect, it } from 'vitest';
import { articleProblems, emptyArticle } from '$lib/authoring/articleProblems';
import type { Problem } from '$lib/data/validation/validateDataset';

const filled = { text: 'Some text.', publishedAt: '2026-03-10', publishedAtNote: '' };
const messages = (problems: Map<string, Problem[]>) =>
	Object.fromEntries([...problems].map(([field, list]) => [field, list.map((p) => p.message)]));

describe('articleProblems', () => {
	it.each([
		['a filled article', filled, false, {}],
		['no text', { ...filled, text: '  ' }, false, { text: ["paste or open the article's text"] }],
		[
			'no date, not said to be unknown',
			{ ...filled, publishedAt: '' },
			false,
			{ publishedAt: ['give the day it was published, or tick "The publication date is unknown"'] }
		],
		[
			'an unknown date with its reasoning',
			{ ...filled, publishedAt: '', publishedAtNote: 'undated wire' },
			true,
			{}
		],
		[
			'an unknown date without its reasoning',
			{ ...filled, publishedAt: '' },
			true,
			{ publishedAtNote: ['say what is known of the date, and how'] }
		]
	])(
		'articleProblems(no loader problems, %s) is what the loader cannot know',
		(_name, article, unknown, expected) => {
			const before = structuredClone(article);
			expect(messages(articleProblems([], 0, article, unknown))).toEqual(expected);
			expect(article).toEqual(before);
		}
	);

	it("articleProblems(loader problems, i, ...) places sources[i]'s problems on their fields, not other sources'", () => {
		const errors: Problem[] = [
			{ severity: 'error', path: 'sources[1].url', message: 'not an address', code: 'structure' },
			{ severity: 'error', path: 'sources[0].url', message: 'elsewhere', code: 'structure' }
		];
		const problems = articleProblems(errors, 1, { ...filled, text: '' }, false);
		expect(messages(problems)).toEqual({
			url: ['not an address'],
			text: ["paste or open the article's text"]
		});
	});

	it('emptyArticle() has every field empty, and a new object each time', () => {
		expect(emptyArticle()).toEqual({
			url: '',
			outlet: '',
			title: '',
			publishedAt: '',
			publishedAtNote: '',
			text: ''
		});
		expect(emptyArticle()).not.toBe(emptyArticle());
	});
});
