import { countries } from '../../../helpers/countries';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	CAPITAL_COORDINATES_NOTE,
	actorsForCountry,
	describeSeat,
	findCountry
} from '$lib/authoring/countries/countryActor';
import type { Actor, Dataset } from '$lib/data/schema';
import { validateDataset } from '$lib/data/validation/validateDataset';

describe('findCountry', () => {
	it.each<[string, string | undefined]>([
		['France', 'FRA'],
		['  france ', 'FRA'],
		['FRA', 'FRA'],
		['FR', 'FRA'],
		['fr', undefined],
		['USA', 'USA'],
		['America', 'USA'],
		['Côte d’Ivoire', findCountry(countries, 'CIV')?.iso3],
		['Fra', undefined],
		['', undefined],
		['Valdoria', undefined]
	])('findCountry(list, %j) is %s', (typed, iso3) => {
		expect(findCountry(countries, typed)?.iso3).toBe(iso3);
	});
});

describe('actorsForCountry', () => {
	const france = findCountry(countries, 'France')!;

	it('actorsForCountry(France) is the state with its ISO code and a seat at Paris, with its coordinates', () => {
		const actors: Actor[] = [];
		const before = structuredClone(actors);
		const made = actorsForCountry(france, actors, new Set());
		expect(actors).toEqual(before);
		expect(made).toEqual({
			state: { id: 'fra', name: 'France', kind: 'state', countryCode: 'FRA', seat: 'paris' },
			venue: {
				id: 'paris',
				name: 'Paris',
				kind: 'venue',
				countryCode: 'FRA',
				lat: 48.8667,
				lon: 2.3333,
				coordPrecision: 'city',
				notes: CAPITAL_COORDINATES_NOTE
			}
		});
		expect(describeSeat(france)).toBe('Paris, 48.87° N 2.33° E');
	});

	it.each<[string, Actor[], string[], { state: string; seat: string; venue?: string }]>([
		['ids taken', [], ['fra', 'paris'], { state: 'fra-2', seat: 'paris-2', venue: 'paris-2' }],
		[
			'Paris already a venue',
			[{ id: 'paris-venue', name: 'Paris', kind: 'venue', lat: 48.85, lon: 2.35 }],
			['paris-venue'],
			{ state: 'fra', seat: 'paris-venue' }
		]
	])(
		"actorsForCountry(France, %s) keeps ids unique and reuses the draft's venue",
		(_, actors, taken, ids) => {
			const made = actorsForCountry(france, actors, new Set(taken));
			expect(made.state.id).toBe(ids.state);
			expect(made.state.seat).toBe(ids.seat);
			expect(made.venue?.id).toBe(ids.venue);
		}
	);

	it('actorsForCountry(a country without capital coordinates) is the state alone', () => {
		const noCapital = countries.find((c) => !c.capital)!;
		expect(actorsForCountry(noCapital, [], new Set())).toEqual({
			state: {
				id: noCapital.iso3.toLowerCase(),
				name: noCapital.name,
				kind: 'state',
				countryCode: noCapital.iso3
			}
		});
		expect(describeSeat(noCapital)).toMatch(/no capital coordinates/);
	});

	it('every country of the list makes actors the loader accepts', () => {
		const bundled: Dataset = JSON.parse(readFileSync('data/events.json', 'utf8'));
		const actors: Actor[] = [];
		const taken = new Set<string>();
		for (const country of countries) {
			const { state, venue } = actorsForCountry(country, actors, taken);
			for (const actor of venue ? [venue, state] : [state]) {
				actors.push(actor);
				taken.add(actor.id);
			}
		}
		const { errors } = validateDataset({
			...bundled,
			sources: bundled.sources.map(({ text: _text, ...source }) => source),
			actors,
			events: [],
			relations: []
		});
		expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
		expect(actors.filter((a) => a.kind === 'state')).toHaveLength(countries.length);
	});
});
