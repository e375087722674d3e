import { describe, expect, it } from 'vitest';
import { lineAndColumn, parseJson } from '../../../../src/lib/data/loading/parseJson';

describe('parseJson(text)', () => {
	it('parseJson(valid) returns the value', () => {
		expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
	});

	it.each([
		['{\n  "a": 1,\n  "b": }', 3, 8, 'expected a value'],
		['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected "," between items'],
		['[1, 2', 1, 6, 'expected "]" to close the list'],
		['{"a":1}x', 1, 8, 'unexpected character'],
		["{'a': 1}", 1, 2, 'unexpected character'],
		['{"a": 1,}', 1, 9, 'expected a property name in double quotes'],
		['{"a": "x\u0001"}', 1, 7, 'invalid character in a string']
	])('parseJson(%j) names line %i, column %i and the reason', (text, line, column, reason) => {
		const result = parseJson(text);
		expect(result).toMatchObject({ ok: false, line, column });
		if (result.ok) return;
		expect(result.message).toContain(`not valid JSON at line ${line}, column ${column}: ${reason}`);
	});

	it.each(['', '   \n'])('parseJson(%j) says the file is empty', (text) => {
		expect(parseJson(text)).toEqual({ ok: false, message: 'the file is empty' });
	});

	it('parseJson(not JSON at all) explains it is not JSON', () => {
		const result = parseJson('events,actors\n1,2');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/^not valid JSON at line 1, column 1/);
	});
});

describe('lineAndColumn(text, offset)', () => {
	it.each([
		['abc', 0, 1, 1],
		['abc', 2, 1, 3],
		['a\nbc', 2, 2, 1],
		['a\nbc\nd', 5, 3, 1]
	])('lineAndColumn(%j, %i) is line %i, column %i', (text, offset, line, column) => {
		expect(lineAndColumn(text, offset)).toEqual({ line, column });
	});
});
