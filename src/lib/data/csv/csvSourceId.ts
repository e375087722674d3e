/** The ids the spreadsheet reader gives the sources it finds (a sheet names them by address). */

/** Latin letters that NFKD does not split into a base letter and a mark. */
const LATIN_FOLDS: Record<string, string> = {
	ı: 'i',
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	đ: 'd',
	ð: 'd',
	ł: 'l',
	þ: 'th'
};

/** `text` as lowercase ASCII words joined by hyphens: "Ünïcödé Outlet" → "unicode-outlet". */
function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[ıøæœßđðłþ]/g, (letter) => LATIN_FOLDS[letter] ?? letter)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** A readable source id from the outlet or the address's host: "example-wire-2". */
export function sourceIdFor(outlet: string | undefined, url: string, taken: Set<string>): string {
	let host = '';
	try {
		host = new URL(url).hostname.replace(/^www\./, '');
	} catch {
		host = 'source';
	}
	const base =
		slugify(outlet ?? host)
			.slice(0, 40)
			.replace(/-+$/, '') || 'source';
	let id = `src-${base}`;
	for (let n = 2; taken.has(id); n++) id = `src-${base}-${n}`;
	taken.add(id);
	return id;
}
