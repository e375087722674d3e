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

export function parseJson(text: string): JsonParseResult {
	if (text.trim() === '') return { ok: false, message: 'the file is empty' };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		const errors: ParseError[] = [];
		parseTolerant(text, errors, { allowTrailingComma: false, disallowComments: true });
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
