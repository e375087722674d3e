/**
 * CSV text as Parley writes it: Papa's `unparse` joins and quotes the cells, after Parley's own
 * `escapeFormula` (Papa's `escapeFormulae` would not round-trip and would mark -33.9 as a
 * formula). Every cell that needs it is quoted, so the reader gives back every string exactly.
 * Papaparse is large: this module is loaded only when a CSV is downloaded.
 */
import Papa from 'papaparse';
import { escapeFormula } from './csvText';

/**
 * A cell that must be quoted: it is empty but present, holds a separator, a quote or a line
 * break, or starts or ends with white space (the reader trims an unquoted cell). Papa quotes
 * only for `,`, quotes, line breaks and spaces on its own.
 */
function needsQuotes(cell: string): boolean {
	return cell === '' || /[",;\t\r\n]/.test(cell) || /^\s|\s$/.test(cell);
}

/** A table as CSV text with `,` between cells and CRLF after every row, the header first; `undefined` is an absent value (an empty cell), '' an empty one (`""`). */
export function formatCsvTable(table: {
	fields: readonly string[];
	data: readonly (readonly (string | undefined)[])[];
}): string {
	const rows = [table.fields, ...table.data].map((row) =>
		row.map((cell) => (cell === undefined ? undefined : escapeFormula(cell)))
	);
	// Papa puts the line break between rows; Parley's files end with one too.
	return `${Papa.unparse(rows, { delimiter: ',', newline: '\r\n', quotes: needsQuotes })}\r\n`;
}
