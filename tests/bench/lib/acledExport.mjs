// A made-up ACLED regional export for the benchmark (the columns of ACLED's codebook, fictional
// places, actors and outlets): `rows` events over five years, written as CSV the way ACLED's
// export tool writes it. The same seed gives the same bytes.
import fs from 'node:fs';
import { mulberry32 } from './dataset.mjs';

export const ACLED_HEADER = [
	'event_id_cnty',
	'event_date',
	'year',
	'time_precision',
	'disorder_type',
	'event_type',
	'sub_event_type',
	'actor1',
	'assoc_actor_1',
	'inter1',
	'actor2',
	'assoc_actor_2',
	'inter2',
	'interaction',
	'civilian_targeting',
	'iso',
	'region',
	'country',
	'admin1',
	'admin2',
	'admin3',
	'location',
	'latitude',
	'longitude',
	'geo_precision',
	'source',
	'source_scale',
	'notes',
	'fatalities',
	'tags',
	'timestamp'
];

const TYPES = [
	['Political violence', 'Battles', 'Armed clash'],
	['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
	['Political violence', 'Violence against civilians', 'Attack'],
	['Demonstrations', 'Protests', 'Peaceful protest'],
	['Demonstrations', 'Riots', 'Violent demonstration'],
	['Strategic developments', 'Strategic developments', 'Agreement']
];
const WORDS =
	'north south river hill valley market bridge road camp village town ford plain ridge lake'.split(
		' '
	);

/** "Calder Ford": a made-up two-word name. */
const nameOf = (random) => {
	const pick = () => WORDS[Math.floor(random() * WORDS.length)];
	const word = pick();
	return `${word[0].toUpperCase()}${word.slice(1)} ${pick()}`;
};

const csvCell = (text) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/** Writes the export to `file` in chunks (about 500 bytes a row) and returns its size. */
export function writeAcledExport(file, { rows, seed = 42 }) {
	const random = mulberry32(seed);
	const countries = Array.from({ length: 6 }, (_, i) => ({
		name: `Country ${String.fromCharCode(65 + i)}`,
		iso: 900 + i,
		lat: 40 + i * 2,
		lon: 10 + i * 3
	}));
	const actors = Array.from({ length: 300 }, (_, i) => `${nameOf(random)} Militia ${i}`);
	const outlets = Array.from({ length: 80 }, (_, i) => `${nameOf(random)} Courier ${i}`);
	const places = Array.from({ length: 2000 }, (_, i) => {
		const country = countries[i % countries.length];
		return {
			country,
			name: `${nameOf(random)} ${i}`,
			admin1: `Province ${i % 40}`,
			lat: (country.lat + random() * 2).toFixed(4),
			lon: (country.lon + random() * 3).toFixed(4)
		};
	});
	const start = Date.UTC(2019, 0, 1);
	const days = 5 * 365;
	const fd = fs.openSync(file, 'w');
	try {
		fs.writeSync(fd, `${ACLED_HEADER.join(',')}\n`);
		let chunk = '';
		for (let i = 0; i < rows; i++) {
			const [disorder, type, subType] = TYPES[Math.floor(random() * TYPES.length)];
			const place = places[Math.floor(random() * places.length)];
			const day = new Date(start + Math.floor(random() * days) * 86_400_000)
				.toISOString()
				.slice(0, 10);
			const r = random();
			const precision = r < 0.85 ? 1 : r < 0.95 ? 2 : 3;
			const actor1 = actors[Math.floor(random() * actors.length)];
			const actor2 = random() < 0.6 ? actors[Math.floor(random() * actors.length)] : '';
			const sources = [outlets[Math.floor(random() * outlets.length)]];
			if (random() < 0.3) sources.push(outlets[Math.floor(random() * outlets.length)]);
			const fatalities = type === 'Protests' ? 0 : Math.floor(random() * 6);
			const notes = `On ${day}, ${actor1} ${type === 'Protests' ? 'held a protest' : 'clashed with others'} in ${place.name} (${place.admin1}, ${place.country.name}). ${fatalities} reported fatalities. Local sources described the situation as tense; the details could not be confirmed independently.`;
			const cells = [
				`XAC${i}`,
				day,
				day.slice(0, 4),
				String(precision),
				disorder,
				type,
				subType,
				actor1,
				'',
				'Political militia',
				actor2,
				'',
				actor2 ? 'Political militia' : '',
				'33',
				'',
				String(place.country.iso),
				'Made-up Region',
				place.country.name,
				place.admin1,
				'',
				'',
				place.name,
				place.lat,
				place.lon,
				String(1 + Math.floor(random() * 3)),
				sources.join('; '),
				'Subnational',
				notes,
				String(fatalities),
				'',
				String(1_700_000_000 + i)
			];
			chunk += `${cells.map(csvCell).join(',')}\n`;
			if (chunk.length > 1 << 20) {
				fs.writeSync(fd, chunk);
				chunk = '';
			}
		}
		fs.writeSync(fd, chunk);
	} finally {
		fs.closeSync(fd);
	}
	return fs.statSync(file).size;
}
