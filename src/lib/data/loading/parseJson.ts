/**
 * Reads JSON text. A syntax error becomes one message with its line and column, found by
 * jsonc-parser's scanner since engines word (and place) JSON.parse errors differently.
 */
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type JsonParseResult =
	{ ok: true; value: unknown } | { ok: false; message: string; line?: number; column?: number };

/** Line and column (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

const REASONS: Record<string, string> = {
	InvalidSymbol: 'unexpected character',
	InvalidNumberFormat: 'malformed number',
	PropertyNameExpected: 'expected a property name in double quotes',
	ValueExpected: 'expected a value',
	ColonExpected: 'expected ":" after the property name',
	CommaExpected: 'expected "," between items',
	CloseBraceExpected: 'expected "}" to close the object',
	CloseBracketExpected: 'expected "]" to close the list',
	EndOfFileExpected: 'unexpected text after the end of the JSON value',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'comments are not allowed in JSON',
	UnexpectedEndOfString: 'a string is not closed',
	UnexpectedEndOfNumber: 'malformed number',
	InvalidUnicode: 'invalid \\u escape',
	InvalidEscapeCharacter: 'invalid escape character in a string',
	InvalidCharacter: 'invalid character in a string (control characters must be escaped)'
};

/** Deeper than this, JSON that fails to parse is not searched for its error's place. */
export const MAX_JSON_DEPTH = 512;

/**
 * The offset of the first "[" or "{" that opens more than `max` levels, or -1. Strings are
 * skipped; brackets need not match (the text may be broken).
 */
export function findDeepNesting(text: string, max: number): number {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (inString) {
			if (code === 92 /* \ */) i++;
			else if (code === 34 /* " */) inString = false;
		} else if (code === 34) inString = true;
		else if (code === 91 /* [ */ || code === 123 /* { */) {
			depth++;
			if (depth > max) return i;
		} else if (code === 93 /* ] */ || code === 125 /* } */) depth = Math.max(0, depth - 1);
	}
	return -1;
}

export function parseJson(text: string): JsonParseResult {
	if (text.trim() === '') return { ok: false, message: 'the file is empty' };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		// The tolerant parser that places the error recurses: never hand it what nests too deep.
		const deep = findDeepNesting(text, MAX_JSON_DEPTH);
		if (deep >= 0) {
			const { line, column } = lineAndColumn(text, deep);
			return {
				ok: false,
				message: `not valid JSON, and nested more than ${MAX_JSON_DEPTH} levels deep at line ${line}, column ${column}; a Parley dataset nests only a few levels`,
				line,
				column
			};
		}
		const errors: ParseError[] = [];
		try {
			parseTolerant(text, errors, { allowTrailingComma: false, disallowComments: true });
		} catch {
			return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
		}
		const first = errors[0];
		if (!first) {
			return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
		}
		const { line, column } = lineAndColumn(text, first.offset);
		const code = printParseErrorCode(first.error);
		const reason = REASONS[code] ?? code;
		return {
			ok: false,
			message: `not valid JSON at line ${line}, column ${column}: ${reason}`,
			line,
			column
		};
	}
}
