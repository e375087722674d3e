/**
 * The map under the geographic layout: land and country borders from Natural Earth
 * (world-atlas, 1:110m, bundled: no network needed), drawn with the layout's own projection and
 * clipped to the map's box. Loaded only when the map is chosen.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GeoFit } from './layoutTypes';

export interface Basemap {
	/** One path per country, by its ISO 3166-1 numeric code (or name when it has none). */
	countries: { id: string; name: string; d: string }[];
	/** The borders between countries, as one path. */
	borders: string;
}

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The Natural Earth countries (1:110m), from the bundled world-atlas package. */
export async function loadCountries(): Promise<CountriesTopology> {
	const module = await import('world-atlas/countries-110m.json');
	return (module.default ?? module) as unknown as CountriesTopology;
}

/** The countries and borders projected as the layout was, clipped to its map box. */
export function computeBasemap(topology: CountriesTopology, fit: GeoFit): Basemap {
	const projection = geoEqualEarth()
		.scale(fit.scale)
		.translate(fit.translate)
		.clipExtent([
			[fit.clip.x0, fit.clip.y0],
			[fit.clip.x1, fit.clip.y1]
		]);
	const path = geoPath(projection).digits(1);
	const countries = feature(topology, topology.objects.countries);
	return {
		countries: countries.features.flatMap((country, i) => {
			const d = path(country);
			if (!d) return [];
			const name = country.properties?.name ?? '';
			return [{ id: String(country.id ?? `${name || 'country'}-${i}`), name, d }];
		}),
		borders: path(mesh(topology, topology.objects.countries, (a, b) => a !== b)) ?? ''
	};
}
