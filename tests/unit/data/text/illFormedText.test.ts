import { describe, expect, it } from 'vitest';
import { findIllFormedCharacter, findIllFormedText } from '$lib/data/text/illFormedText';

describe('illFormedText', () => {
	it.each([
		['plain text', null],
		['an emoji 🕊️ and 𝄞', null],
		['\uFFFEat the start', { character: 'the noncharacter U+FFFE', position: 1 }],
		['ab\uFDD0', { character: 'the noncharacter U+FDD0', position: 3 }],
		['🕊\uD83D', { character: 'a lone surrogate (U+D83D, half of a character)', position: 2 }],
		['x\uDC00y', { character: 'a lone surrogate (U+DC00, half of a character)', position: 2 }],
		['plane 1 \uD83F\uDFFF', { character: 'the noncharacter U+1FFFF', position: 9 }]
	])('findIllFormedCharacter(%j) is %j', (text, found) => {
		expect(findIllFormedCharacter(text)).toEqual(found);
	});

	it('findIllFormedText(value) finds bad values and bad keys in document order, with their paths', () => {
		const value = {
			meta: { title: 'ok', ['bad\uFFFF key']: 'fine' },
			events: [{ summary: 'fine' }, { summary: 'lone \uD800', tags: ['\uFDEF'] }]
		};
		const before = structuredClone(value);
		expect(findIllFormedText(value)).toEqual([
			{
				path: ['meta', 'bad\uFFFF key'],
				character: 'the noncharacter U+FFFF',
				position: 4,
				inKey: true
			},
			{
				path: ['events', 1, 'summary'],
				character: 'a lone surrogate (U+D800, half of a character)',
				position: 6,
				inKey: false
			},
			{
				path: ['events', 1, 'tags', 0],
				character: 'the noncharacter U+FDEF',
				position: 1,
				inKey: false
			}
		]);
		expect(value).toEqual(before);
	});

	it('findIllFormedText(value, limit) stops at the limit', () => {
		const many = Array.from({ length: 1000 }, () => '\uFFFE');
		expect(findIllFormedText(many, 5)).toHaveLength(5);
		expect(findIllFormedText(many, 5).map((found) => found.path)).toEqual([
			[0],
			[1],
			[2],
			[3],
			[4]
		]);
	});

	it.each([null, 3, true, 'clean', [], {}])('findIllFormedText(%j) is empty', (value) => {
		expect(findIllFormedText(value)).toEqual([]);
	});
});
