import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	collectUnknownFields,
	MAX_UNKNOWN_TEXT,
	overlongText
} from '$lib/data/validation/unknownFields';

const Schema = v.object({
	name: v.string(),
	tags: v.optional(v.array(v.object({ label: v.string() }))),
	meta: v.nullable(v.object({ note: v.string() }))
});

describe('unknownFields', () => {
	it.each([
		['known fields only', { name: 'a', tags: [{ label: 'x' }], meta: { note: 'n' } }, []],
		['a top-level extra', { name: 'a', colour: 'red' }, [['colour']]],
		[
			'extras inside arrays and wrapped objects',
			{
				name: 'a',
				tags: [{ label: 'x' }, { label: 'y', weight: 2 }],
				meta: { note: 'n', by: 'me' }
			},
			[
				['tags', 1, 'weight'],
				['meta', 'by']
			]
		],
		[
			'names that Object.prototype has',
			{ name: 'a', constructor: 1, toString: 2 },
			[['constructor'], ['toString']]
		],
		['a null where an object may be', { name: 'a', meta: null }, []]
	])('collectUnknownFields(schema, %s) lists their paths', (_name, value, paths) => {
		const before = structuredClone(value);
		expect(collectUnknownFields(Schema, value)).toEqual(paths);
		expect(value).toEqual(before);
	});

	it.each([
		['short strings', { a: 'x', b: ['yy'] }, 3, 0],
		['a long value', { a: ['x', 'abcd'] }, 3, 4],
		['a long key', { abcdef: 1 }, 3, 6],
		['keys (array indexes too) count as text', [1, 2, { n: 3 }], 0, 1]
	])('overlongText(%s, limit %i) is %i', (_name, value, limit, length) => {
		expect(overlongText(value, limit)).toBe(length);
	});

	it('MAX_UNKNOWN_TEXT is the longest text a known field may hold (an address)', () => {
		expect(overlongText({ x: 'a'.repeat(MAX_UNKNOWN_TEXT) }, MAX_UNKNOWN_TEXT)).toBe(0);
		expect(overlongText({ x: 'a'.repeat(MAX_UNKNOWN_TEXT + 1) }, MAX_UNKNOWN_TEXT)).toBe(
			MAX_UNKNOWN_TEXT + 1
		);
	});
});
