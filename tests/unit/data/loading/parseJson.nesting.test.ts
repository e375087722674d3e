import { describe, expect, it } from 'vitest';
import { findDeepNesting, MAX_JSON_DEPTH, parseJson } from '$lib/data/loading/parseJson';

describe('parseJson(text) on nesting thousands deep', () => {
	it.each([
		['100,000 unclosed "["', '['.repeat(100_000)],
		['100,000 unclosed "{"', '{"a":'.repeat(100_000)],
		['a broken file nested 100,000 deep', '['.repeat(100_000) + 'x' + ']'.repeat(100_000)]
	])('parseJson(%s) answers with the place, never a stack overflow', (_, text) => {
		const result = parseJson(text);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.message).toContain(`nested more than ${MAX_JSON_DEPTH} levels deep at line 1`);
	});

	it.each([
		['[[1]]', 10, -1],
		['[[[1]]]', 2, 2],
		['{"a": "[[[[[["}', 2, -1],
		['{"a": "\\"[[[", "b": [[[]]]}', 2, 21]
	])('findDeepNesting(%j, %i) is %i (strings skipped)', (text, max, offset) => {
		expect(findDeepNesting(text, max)).toBe(offset);
	});
});
