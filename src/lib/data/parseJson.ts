/** Reads JSON text, turning a syntax error into a message with its line and column. */

export type JsonParseResult =
	| { ok: true; value: unknown }
	| { ok: false; message: string; line?: number; column?: number };

/** Line and column (both from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

export function parseJson(text: string): JsonParseResult {
	if (text.trim() === '') return { ok: false, message: 'the file is empty' };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		const raw = error instanceof Error ? error.message : String(error);
		// Engines word this differently; most give a position, some a line and column.
		const lineColumn = /line (\d+) column (\d+)/.exec(raw);
		const position = /position (\d+)/.exec(raw);
		const place = lineColumn
			? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
			: position
				? lineAndColumn(text, Number(position[1]))
				: /end of (JSON|data) input/i.test(raw)
					? lineAndColumn(text, text.length)
					: undefined;
		const reason = raw
			.replace(/^JSON\.parse: /, '')
			.replace(/\s*\(line \d+ column \d+\)/, '')
			.replace(/,? ?"[^"]*" is not valid JSON$/, '')
			.replace(/ in JSON at position \d+.*$/, '');
		return {
			ok: false,
			message: place
				? `not valid JSON at line ${place.line}, column ${place.column}: ${reason}`
				: `not valid JSON: ${reason}`,
			...place
		};
	}
}
