/**
 * Text broken between words into lines no wider than `width` by `measure` (a word wider than
 * that stands on a line of its own): titles in exports, tooltips.
 */
export function wrapByWidth(
	text: string,
	width: number,
	measure: (text: string) => number
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (word === '') continue;
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next) > width) {
			lines.push(line);
			line = word;
		} else {
			line = next;
		}
	}
	if (line) lines.push(line);
	return lines;
}
