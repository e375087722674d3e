import { describe, expect, it } from 'vitest';
import { decodeUtf8, findInvalidUtf8 } from '../../../../src/lib/data/loading/decodeUtf8';
import { validJsonText, withByteOrderMark, withLatin1Byte } from '../../../fixtures/encodingCases';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('findInvalidUtf8(bytes)', () => {
	it.each([
		['ASCII', bytes(0x61, 0x62), -1],
		['two-, three- and four-byte characters', new TextEncoder().encode('é€😀'), -1],
		['a Latin-1 byte', bytes(0x61, 0xe9, 0x62), 1],
		['a lone continuation byte', bytes(0x61, 0x80), 1],
		['an overlong "/"', bytes(0xc0, 0xaf), 0],
		['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
		['a UTF-16 surrogate', bytes(0x61, 0xed, 0xa0, 0x80), 1],
		['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
		['a sequence cut short by the end', bytes(0x61, 0x62, 0xe2, 0x82), 2]
	])('findInvalidUtf8(%s) is %i', (_name, input, expected) => {
		expect(findInvalidUtf8(input)).toBe(expected);
	});
});

describe('decodeUtf8(bytes)', () => {
	it('decodeUtf8(a file with a byte-order mark) drops the mark', () => {
		const decoded = decodeUtf8(withByteOrderMark());
		expect(decoded).toEqual({ ok: true, text: validJsonText() });
	});

	it('decodeUtf8(a file with a Latin-1 byte) names the byte and its offset', () => {
		const { bytes: input, offset } = withLatin1Byte();
		const copy = input.slice();
		const decoded = decodeUtf8(input);
		expect(decoded.ok).toBe(false);
		if (decoded.ok) return;
		expect(decoded.offset).toBe(offset);
		expect(decoded.message).toContain(`byte ${offset.toLocaleString('en-GB')} (0xE1)`);
		expect(input).toEqual(copy);
	});
});
