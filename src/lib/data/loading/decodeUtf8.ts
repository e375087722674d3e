/**
 * Bytes to text, the same way for the page's loader and the command-line validator: UTF-8
 * only, a byte-order mark at the start dropped, and a byte that is not UTF-8 reported with
 * its offset instead of silently becoming "�".
 */

export type DecodedText =
	{ ok: true; text: string } | { ok: false; offset: number; message: string };

/**
 * The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	const n = bytes.length;
	while (i < n) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i += 1;
			continue;
		}
		let need: number;
		let low = 0x80;
		let high = 0xbf;
		if (b >= 0xc2 && b <= 0xdf) need = 1;
		else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			if (b === 0xe0) low = 0xa0;
			else if (b === 0xed) high = 0x9f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			if (b === 0xf0) low = 0x90;
			else if (b === 0xf4) high = 0x8f;
		} else return i;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined) return i;
			if (k === 1 ? c < low || c > high : c < 0x80 || c > 0xbf) return i;
		}
		i += need + 1;
	}
	return -1;
}

/** "the file is not UTF-8 text: byte 12,345 (0xE9) …" */
export function invalidUtf8Message(bytes: Uint8Array, offset: number): string {
	const byte = bytes[offset];
	const hex = byte === undefined ? '' : ` (0x${byte.toString(16).toUpperCase().padStart(2, '0')})`;
	return `the file is not UTF-8 text: byte ${offset.toLocaleString('en-GB')}${hex} does not begin or continue a UTF-8 character; save the file as UTF-8 (a spreadsheet's "CSV UTF-8" or a text editor's "UTF-8" encoding) and open it again`;
}

/** Decodes UTF-8 bytes, dropping a byte-order mark at the start. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const offset = Math.max(0, findInvalidUtf8(bytes));
		return { ok: false, offset, message: invalidUtf8Message(bytes, offset) };
	}
}
