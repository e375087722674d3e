import { countries } from '../../../helpers/countries';
import { describe, expect, it } from 'vitest';
import {
	buildCountryList,
	cleanCapitalName,
	parseFactbookCoordinates,
	type FactbookProfile,
	type ListedCountry
} from '$lib/authoring/countries/buildCountryList';
import { readCountrySources } from '../../../../src/cli/readCountrySources';

describe('parseFactbookCoordinates', () => {
	it.each<[string, { lat: number; lon: number } | null]>([
		['48 52 N, 2 20 E', { lat: 48.8667, lon: 2.3333 }],
		['38 53 N, 77 02 W', { lat: 38.8833, lon: -77.0333 }],
		['34 36 S, 58 22 W', { lat: -34.6, lon: -58.3667 }],
		['04 51 N 31 37 E', { lat: 4.85, lon: 31.6167 }],
		['(Brussels) 50 50 N, 4 20 E', { lat: 50.8333, lon: 4.3333 }],
		['1 21 N, 173 02 E', { lat: 1.35, lon: 173.0333 }],
		['', null],
		['north of the river', null],
		['95 00 N, 2 00 E', null]
	])('parseFactbookCoordinates(%j) is %j', (text, expected) => {
		expect(parseFactbookCoordinates(text)).toEqual(expected);
	});
});

describe('cleanCapitalName', () => {
	it.each([
		['Paris', 'Paris'],
		['Rangoon (Yangon); note - Nay Pyi Taw is the administrative capital', 'Rangoon'],
		['Pretoria (administrative capital); Cape Town (legislative capital)', 'Pretoria'],
		['Jerusalem: note - proclaimed in 1950', 'Jerusalem'],
		['Chisinau in Romanian (Kishinev in Russian)', 'Chisinau'],
		['Washington, DC', 'Washington, DC']
	])('cleanCapitalName(%j) is %j', (text, expected) => {
		expect(cleanCapitalName(text)).toBe(expected);
	});
});

describe('buildCountryList', () => {
	const listed: Record<string, ListedCountry> = {
		FR: { name: 'France', capital: 'Paris' },
		GB: { name: 'United Kingdom', capital: 'London' },
		MM: { name: 'Myanmar', capital: 'Naypyidaw' },
		XK: { name: 'Kosovo', capital: 'Pristina' },
		GF: { name: 'French Guiana', capital: 'Cayenne' },
		US: { name: 'United States', capital: 'Washington D.C.', alias: ['USA', 'America'] },
		ZZ: { name: 'No code', capital: 'Nowhere' }
	};
	const iso2to3 = { FR: 'FRA', GB: 'GBR', MM: 'MMR', XK: 'XKX', GF: 'GUF', US: 'USA' };
	const profile = (p: Partial<FactbookProfile>): FactbookProfile => ({
		internetCode: '',
		shortName: '',
		capital: '',
		coordinates: '',
		...p
	});
	const profiles = [
		// France's profile lists its overseas codes too: only the first is its own.
		profile({
			internetCode: 'metropolitan France - .fr; French Guiana - .gf',
			shortName: 'France',
			capital: 'Paris',
			coordinates: '48 52 N, 2 20 E'
		}),
		profile({
			internetCode: '.uk',
			shortName: 'United Kingdom',
			capital: 'London',
			coordinates: '51 30 N, 0 05 W'
		}),
		profile({
			internetCode: '.mm',
			shortName: 'Burma',
			capital: 'Rangoon (Yangon); note - …',
			coordinates: '16 48 N, 96 09 E'
		}),
		// No internet code: matched by name.
		profile({
			internetCode: 'none',
			shortName: 'Kosovo',
			capital: 'Pristina (Prishtine, Prishtina)',
			coordinates: '42 40 N, 21 10 E'
		}),
		profile({
			internetCode: '.us',
			shortName: 'United States',
			capital: 'Washington, DC',
			coordinates: '38 53 N, 77 02 W'
		})
	];

	it('buildCountryList(list, codes, profiles) joins the two sources country by country', () => {
		const before = structuredClone({ listed, iso2to3, profiles });
		const list = buildCountryList(listed, iso2to3, profiles);
		expect({ listed, iso2to3, profiles }).toEqual(before);
		expect(list).toEqual([
			{
				name: 'France',
				iso3: 'FRA',
				iso2: 'FR',
				capital: { name: 'Paris', lat: 48.8667, lon: 2.3333 }
			},
			// Part of France in the Factbook: no coordinates rather than Paris's.
			{ name: 'French Guiana', iso3: 'GUF', iso2: 'GF' },
			{
				name: 'Kosovo',
				iso3: 'XKX',
				iso2: 'XK',
				capital: { name: 'Pristina', lat: 42.6667, lon: 21.1667 }
			},
			// The two sources name different cities: the name goes with the coordinates.
			{
				name: 'Myanmar',
				iso3: 'MMR',
				iso2: 'MM',
				capital: { name: 'Rangoon', lat: 16.8, lon: 96.15 }
			},
			{
				name: 'United Kingdom',
				iso3: 'GBR',
				iso2: 'GB',
				capital: { name: 'London', lat: 51.5, lon: -0.0833 }
			},
			{
				name: 'United States',
				iso3: 'USA',
				iso2: 'US',
				aliases: ['USA', 'America'],
				capital: { name: 'Washington D.C.', lat: 38.8833, lon: -77.0333 }
			}
		]);
	});

	it('countryList.json is what `npm run countries` makes from the installed packages', async () => {
		const { countries: all, iso2to3: codes, profiles: read } = await readCountrySources();
		expect(buildCountryList(all, codes, read)).toEqual(countries);
	});

	it('countryList.json: unique alpha-3 codes the format accepts, coordinates in range, most capitals placed', () => {
		const codes = countries.map((c) => c.iso3);
		expect(new Set(codes).size).toBe(codes.length);
		for (const country of countries) {
			expect(country.iso3).toMatch(/^[A-Z]{3}$/);
			if (country.capital) {
				expect(Math.abs(country.capital.lat)).toBeLessThanOrEqual(90);
				expect(Math.abs(country.capital.lon)).toBeLessThanOrEqual(180);
			}
		}
		expect(countries.length).toBeGreaterThan(240);
		expect(countries.filter((c) => c.capital).length).toBeGreaterThan(220);
	});
});
