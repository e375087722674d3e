/** The ids the spreadsheet reader gives the sources it finds (a sheet names them by address). */

/** A readable source id from the outlet or the address's host: "example-wire-2". */
export function sourceIdFor(outlet: string | undefined, url: string, taken: Set<string>): string {
	let host = '';
	try {
		host = new URL(url).hostname.replace(/^www\./, '');
	} catch {
		host = 'source';
	}
	const base =
		(outlet ?? host)
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 40) || 'source';
	let id = `src-${base}`;
	for (let n = 2; taken.has(id); n++) id = `src-${base}-${n}`;
	taken.add(id);
	return id;
}
