/**
 * Text from a dataset, a file name or a link inside one of Parley's own sentences must not reorder
 * it (a U+202E in an actor's name would run on through "could not be opened"): it is balanced
 * (what it opens closed, stray closers dropped), then isolated in U+2068 … U+2069, like `<bdi>`.
 */

/** LRE, RLE, PDF, LRO, RLO (U+202A–202E) and LRI, RLI, FSI, PDI (U+2066–2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/**
 * What can reorder its neighbours: bidi controls, the right-to-left marks, and strong
 * right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko … and their supplementary blocks).
 */
const REORDERS =
	/[\u202A-\u202E\u2066-\u2069\u200F\u061C\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDFFF]/;

const FSI = '\u2068';
const PDI = '\u2069';
const PDF = '\u202C';

/** True when `text` holds anything that could reorder the text around it. */
export function needsIsolation(text: string): boolean {
	return REORDERS.test(text);
}

/**
 * `text` with its bidi controls balanced: a closer without its opener is dropped, and every
 * opener left open at the end is closed there, so nothing it starts can leak out of it.
 */
export function balanceBidi(text: string): string {
	if (!BIDI_CONTROLS.test(text)) return text;
	const open: ('embedding' | 'isolate')[] = [];
	let out = '';
	for (const char of text) {
		switch (char) {
			case '\u202A':
			case '\u202B':
			case '\u202D':
			case '\u202E':
				open.push('embedding');
				out += char;
				break;
			case '\u2066':
			case '\u2067':
			case '\u2068':
				open.push('isolate');
				out += char;
				break;
			case PDF:
				// A PDF closes an embedding only when no isolate was opened after it.
				if (open.at(-1) === 'embedding') {
					open.pop();
					out += char;
				}
				break;
			case PDI: {
				const isolate = open.lastIndexOf('isolate');
				// A PDI also closes the embeddings opened inside its isolate.
				if (isolate >= 0) {
					open.length = isolate;
					out += char;
				}
				break;
			}
			default:
				out += char;
		}
	}
	for (let i = open.length - 1; i >= 0; i--) out += open[i] === 'isolate' ? PDI : PDF;
	return out;
}

/** `text` balanced and isolated when it could reorder what surrounds it; as it is otherwise. */
export function isolateBidi(text: string): string {
	return needsIsolation(text) ? `${FSI}${balanceBidi(text)}${PDI}` : text;
}

/** At most `max` characters of `text`, with "…" when cut, never splitting a surrogate pair. */
export function truncateText(text: string, max = 40): string {
	if (text.length <= max) return text;
	let end = max;
	const last = text.charCodeAt(end - 1);
	if (last >= 0xd800 && last <= 0xdbff) end -= 1;
	return `${text.slice(0, end)}…`;
}

/** User text quoted inside a sentence: cut to `max` characters, in quotes, isolated. */
export function quoteText(text: string, max = 40): string {
	return `"${isolateBidi(truncateText(text, max))}"`;
}
