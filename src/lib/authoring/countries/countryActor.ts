/**
 * A state actor from the built-in country list: its name, its ISO code, and its seat (the
 * capital, a venue with the capital's coordinates), so that the map can place it without the
 * author typing coordinates. An existing venue of that name is reused as the seat.
 */
import type { Actor } from '$lib/data/schema';
import { makeId } from '../draft';
import { foldName, type CountryEntry } from './buildCountryList';

/** Where the capitals' coordinates come from, kept on the venues made from them. */
export const CAPITAL_COORDINATES_NOTE =
	'Coordinates of the capital from the CIA World Factbook (public domain), via Parley’s built-in country list.';

/** The country a name, an alias or an ISO code names, exactly (case, accents and spacing aside). */
export function findCountry(
	countries: readonly CountryEntry[],
	typed: string
): CountryEntry | undefined {
	const folded = foldName(typed);
	if (folded === '') return undefined;
	// A code counts as one only in capitals: "FRA" is France, "fra" is not.
	const code = /^[A-Z]{2,3}$/.test(typed.trim()) ? typed.trim() : null;
	return (
		(code ? countries.find((c) => c.iso3 === code || c.iso2 === code) : undefined) ??
		countries.find((c) => foldName(c.name) === folded) ??
		countries.find((c) => c.aliases?.some((alias) => foldName(alias) === folded))
	);
}

export interface CountryActors {
	state: Actor;
	/** The capital as a new venue; absent when the draft has it already or it is not known. */
	venue?: Actor;
}

/** The state and its seat for a country, with ids free in the draft. */
export function actorsForCountry(
	country: CountryEntry,
	actors: readonly Actor[],
	taken: ReadonlySet<string>
): CountryActors {
	const ids = new Set(taken);
	const id = makeId(country.iso3.toLowerCase(), ids);
	ids.add(id);
	const state: Actor = { id, name: country.name, kind: 'state', countryCode: country.iso3 };
	const capital = country.capital;
	if (!capital) return { state };
	const existing = actors.find(
		(actor) =>
			actor.kind === 'venue' &&
			foldName(actor.name) === foldName(capital.name) &&
			(actor.countryCode === undefined || actor.countryCode === country.iso3)
	);
	if (existing) return { state: { ...state, seat: existing.id } };
	const venue: Actor = {
		id: makeId(capital.name, ids),
		name: capital.name,
		kind: 'venue',
		countryCode: country.iso3,
		lat: capital.lat,
		lon: capital.lon,
		coordPrecision: 'city',
		notes: CAPITAL_COORDINATES_NOTE
	};
	return { state: { ...state, seat: venue.id }, venue };
}

/** "Paris, 48.87° N 2.33° E" */
export function describeSeat(country: CountryEntry): string {
	const capital = country.capital;
	if (!capital) return 'no capital coordinates in the built-in list';
	const lat = `${Math.abs(capital.lat).toFixed(2)}° ${capital.lat < 0 ? 'S' : 'N'}`;
	const lon = `${Math.abs(capital.lon).toFixed(2)}° ${capital.lon < 0 ? 'W' : 'E'}`;
	return `${capital.name}, ${lat} ${lon}`;
}
