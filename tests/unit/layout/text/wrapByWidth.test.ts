import { describe, expect, it } from 'vitest';
import { wrapByWidth } from '$lib/layout/text/wrapByWidth';

/** One px per character: widths are easy to read off. */
const perCharacter = (text: string) => text.length;

describe('wrapByWidth', () => {
	it.each<[string, number, string[]]>([
		['short', 20, ['short']],
		[
			'Abu Dhabi to Washington: hosts the meeting',
			20,
			['Abu Dhabi to', 'Washington: hosts', 'the meeting']
		],
		// A word wider than the line stands alone, uncut.
		['a Constantinopolitan b', 10, ['a', 'Constantinopolitan', 'b']],
		// Runs of spaces, tabs and line breaks count as one break; nothing at the ends.
		['  one \t two\n\nthree  ', 9, ['one two', 'three']],
		['', 10, []]
	])('wrapByWidth(%j, %i) is %j', (text, width, lines) => {
		const got = wrapByWidth(text, width, perCharacter);
		expect(got).toEqual(lines);
		// No line is wider than asked unless it is one word.
		for (const line of got) expect(line.length <= width || !line.includes(' ')).toBe(true);
	});
});
