/**
 * Text as compared for quotes: Unicode NFC, runs of whitespace folded to one space, ends trimmed.
 * A module of its own so the detail panel can use it without loading the validator.
 */
export function foldWhitespace(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
