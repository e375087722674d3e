/**
 * Turns an exported SVG file into the text kept as its golden snapshot: what may legitimately
 * change between two exports of the same view is made stable, everything else is kept.
 * - the export date (ISO "2026-02-03" and as printed, "3 Feb 2026") becomes "EXPORT-DATE";
 * - digits in ids (e.g. Svelte's "s3" in "parley-network-s3-clip") become "N", and every
 *   reference to the id (`url(#…)`, `href="#…"`) follows;
 * - numbers in attribute values are rounded to 1 decimal (text content is left alone);
 * - each tag starts a line, so a snapshot's diff points at the element that changed.
 */
import { formatDay } from '../../src/lib/data/time/dates';

export interface SnapshotOptions {
	/** The day the file was exported, as YYYY-MM-DD. */
	exportDate?: string;
}

export function normaliseSvgSnapshot(text: string, options: SnapshotOptions = {}): string {
	let out = text.replace(/\r\n?/g, '\n');
	if (options.exportDate) {
		for (const form of new Set([options.exportDate, formatDay(options.exportDate)])) {
			// Whole dates only: "3 Feb 2026" is not the end of "13 Feb 2026".
			const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			out = out.replace(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'g'), 'EXPORT-DATE');
		}
	}
	out = renameIds(out);
	out = out.replace(
		/(\s([\w:-]+)=")([^"]*)"/g,
		(whole, head: string, name: string, value: string) =>
			NOT_NUMERIC.test(name)
				? whole
				: `${head}${roundNumbers(value, name === 'd' || name === 'points')}"`
	);
	return `${out.replace(/>\s*</g, '>\n<').trim()}\n`;
}

/** Ids with digits get the digits replaced by "N" (then "-2", "-3" … if that name is taken). */
function renameIds(text: string): string {
	const ids = [...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
	const taken = new Set(ids.filter((id) => !/\d/.test(id)));
	const renamed = new Map<string, string>();
	for (const id of ids) {
		if (!/\d/.test(id) || renamed.has(id)) continue;
		const base = id.replace(/\d+/g, 'N');
		let next = base;
		for (let n = 2; taken.has(next); n++) next = `${base}-${n}`;
		taken.add(next);
		renamed.set(id, next);
	}
	if (renamed.size === 0) return text;
	const rename = (id: string) => renamed.get(id) ?? id;
	return text
		.replace(/(\sid=")([^"]*)"/g, (_, head: string, id: string) => `${head}${rename(id)}"`)
		.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
		.replace(
			/(\s(?:xlink:)?href="#)([^"]*)"/g,
			(_, head: string, id: string) => `${head}${rename(id)}"`
		);
}

/** Attributes whose digits are not measures: names, references, versions. */
const NOT_NUMERIC = /^(xmlns(:.*)?|version|id|(xlink:)?href|font-family|class)$/;

/**
 * Every number in an attribute value, rounded to 1 decimal. Digits inside words ("w3",
 * hex colours) are left alone, except in path data, where letters are commands ("M1.25L3").
 */
export function roundNumbers(value: string, pathData = false): string {
	const number = pathData
		? /-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?/gi
		: /(?<![\w.#-])-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?/gi;
	return value.replace(number, (token) => {
		const rounded = Math.round(Number(token) * 10) / 10;
		let out = rounded === 0 ? '0' : String(rounded);
		// A number that began with "-" or "." needs no separator before it in path data; kept
		// apart so "M1.25.75" becomes "M1.3.8" (not "M1.30.8") and "M1-.04" "M1 0" (not "M10").
		if (pathData && /^-?\./.test(token)) out = out.replace(/^(-?)0\./, '$1.');
		if (pathData && /^[-.]/.test(token) && !/^[-.]/.test(out)) out = ` ${out}`;
		return out;
	});
}
