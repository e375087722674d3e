/**
 * CSV text as Parley reads it (RFC 4180, with what spreadsheets add): cells, the separator,
 * quoting, and the neutralising of formulas that writeCsv.ts applies. Reading keeps what quoting
 * says: a quoted cell is taken verbatim (white space, line breaks and all), an unquoted one is
 * trimmed, as people type `a, b`.
 */

/** The separators a CSV file may use, in order of preference when the header allows several. */
export const CSV_SEPARATORS = [',', ';', '\t'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export interface CsvCellText {
	text: string;
	/** The cell was written in double quotes: its text is verbatim. */
	quoted: boolean;
}

export interface CsvReadError {
	/** Record number from 1 (the header is record 1), as a spreadsheet numbers its rows. */
	row: number;
	kind: 'unclosed-quote' | 'stray-quote';
}

export interface CsvRecords {
	records: CsvCellText[][];
	errors: CsvReadError[];
}

const isBlank = (c: string) => c === ' ' || c === '\u00A0';

/**
 * The cells of a CSV text. Rows end at CRLF, LF or CR outside quotes; a final line break adds
 * no row. Spaces around a quoted cell are ignored; a quote inside an unquoted cell is text.
 */
export function parseCsvRecords(text: string, separator: CsvSeparator): CsvRecords {
	const records: CsvCellText[][] = [];
	const errors: CsvReadError[] = [];
	let row: CsvCellText[] = [];
	let i = 0;
	const n = text.length;
	const endRow = () => {
		records.push(row);
		row = [];
	};
	while (i < n) {
		// One cell: skip the blanks before a possible opening quote.
		let j = i;
		while (j < n && isBlank(text[j]!)) j++;
		let cell: CsvCellText;
		if (text[j] === '"') {
			let value = '';
			let k = j + 1;
			let closed = false;
			while (k < n) {
				const at = text.indexOf('"', k);
				if (at < 0) {
					value += text.slice(k);
					k = n;
					break;
				}
				value += text.slice(k, at);
				if (text[at + 1] === '"') {
					value += '"';
					k = at + 2;
				} else {
					k = at + 1;
					closed = true;
					break;
				}
			}
			if (!closed) errors.push({ row: records.length + 1, kind: 'unclosed-quote' });
			// After the closing quote: blanks, then the separator or the end of the row.
			while (k < n && isBlank(text[k]!)) k++;
			if (k < n && text[k] !== separator && text[k] !== '\n' && text[k] !== '\r') {
				errors.push({ row: records.length + 1, kind: 'stray-quote' });
				// Keep what follows as part of the cell, as a spreadsheet would show it.
				let end = k;
				while (end < n && text[end] !== separator && text[end] !== '\n' && text[end] !== '\r') {
					end++;
				}
				value += text.slice(k, end);
				k = end;
			}
			cell = { text: value, quoted: true };
			i = k;
		} else {
			let end = i;
			while (end < n && text[end] !== separator && text[end] !== '\n' && text[end] !== '\r') {
				end++;
			}
			cell = { text: text.slice(i, end).trim(), quoted: false };
			i = end;
		}
		row.push(cell);
		if (i >= n) break;
		if (text[i] === separator) {
			i++;
			// A separator at the very end still opens one more, empty, cell.
			if (i >= n) row.push({ text: '', quoted: false });
			continue;
		}
		// A line break ends the row.
		i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
		endRow();
	}
	if (row.length > 0) endRow();
	return { records, errors };
}

/**
 * The separator of a CSV file, decided from its header row against the column names the
 * file should have: the candidate that splits the header into the most known names (ties go
 * to the earlier of `,` `;` tab). Cells below the header, which may hold `;` in lists or `,`
 * in prose, play no part. `normalise` turns a header cell into a column name.
 */
export function chooseCsvSeparator(
	text: string,
	knownNames: ReadonlySet<string>,
	normalise: (cell: string) => string
): CsvSeparator {
	const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
	let best: CsvSeparator = CSV_SEPARATORS[0];
	let bestCount = -1;
	for (const separator of CSV_SEPARATORS) {
		const cells = parseCsvRecords(firstLine, separator).records[0] ?? [];
		const count = new Set(
			cells.map((c) => normalise(c.text)).filter((name) => knownNames.has(name))
		).size;
		if (count > bestCount) [best, bestCount] = [separator, count];
	}
	return best;
}

/** Cells a spreadsheet would split out: the start of the cell and after any separator or line break. */
const FORMULA_CHARACTERS = `=+\\-@\\t\\r\\n`;
const PIECE_START = `(?<=^|[,;\\t\\r\\n])`;
/** A plain number (-33.9, +47, 1e-7) is not a formula and stays as it is. */
const NUMBER_PIECE = `'*[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?(?=$|[,;\\t\\r\\n])`;
/** White space a spreadsheet might skip before a formula (tab, CR and LF are formula starts). */
const LEAD = `([^\\S\\t\\r\\n]*)`;
const ESCAPE = new RegExp(
	`${PIECE_START}${LEAD}(?='*[${FORMULA_CHARACTERS}])(?!${NUMBER_PIECE})`,
	'g'
);
const UNESCAPE = new RegExp(
	`${PIECE_START}${LEAD}'(?='*[${FORMULA_CHARACTERS}])(?!${NUMBER_PIECE})`,
	'g'
);

/**
 * The cell with every formula neutralised (OWASP CSV injection): each piece a spreadsheet could
 * split out (the cell, and what follows each `,` `;` tab or line break) that starts with = + - @
 * tab CR or LF gets a leading apostrophe, one more if it has some already, so `unescapeFormula`
 * gives every cell back exactly.
 */
export function escapeFormula(cell: string): string {
	return cell.replace(ESCAPE, "$1'");
}

/** The cell as read from a CSV file: undoes `escapeFormula`. */
export function unescapeFormula(cell: string): string {
	return cell.replace(UNESCAPE, '$1');
}
