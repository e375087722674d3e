/**
 * An ACLED export (the codebook's CSV) as a Parley dataset, checked by the same loader; one event
 * a row. `time_precision` 2 and 3 widen the date to a week or month; `actor1`/`assoc_actor_1` act
 * on `actor2`/`assoc_actor_2`; each `source` outlet is a source; `notes` is ACLED's coded summary,
 * so the evidence says "unquoted": "coded-summary".
 */
import Papa from 'papaparse';
import { DAY_MS, monthNumber } from '$lib/data/time/calendar';
import { FORMAT_VERSION, LIMITS } from '$lib/data/vocabularies';
import {
	validateDataset,
	type Problem,
	type ValidationResult
} from '$lib/data/validation/validateDataset';
import { capText, IdAllocator, placeProblems, plainText, problemAt } from '../convertShared';
import { parseEdtfDate, type EdtfDate } from '../edtf';
import { codeAcledType } from './acledEventTypes';

/** The columns without which a row cannot become an event. */
export const ACLED_REQUIRED_COLUMNS = [
	'event_id_cnty',
	'event_date',
	'time_precision',
	'event_type',
	'actor1',
	'source'
] as const;

/** Where ACLED's own record of an event lives: the address of each outlet it names. */
export const ACLED_URL = 'https://acleddata.com/';

/** Problems listed one by one before the rest are counted. */
const MAX_LISTED = 200;

/** True when a CSV header row is an ACLED export's. */
export function isAcledHeader(header: readonly string[]): boolean {
	const names = header.map((cell) =>
		cell
			.replace(/^\uFEFF/, '')
			.trim()
			.toLowerCase()
	);
	return names.includes('event_id_cnty') && names.includes('event_date');
}

/** ACLED writes YYYY-MM-DD, or "12 March 2024" in some exports; anything else is read as EDTF. */
function readAcledDate(text: string) {
	const spelled = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(text.trim());
	if (spelled) {
		const month = monthNumber(spelled[2]!);
		if (month !== null) {
			return parseEdtfDate(
				`${spelled[3]}-${String(month).padStart(2, '0')}-${spelled[1]!.padStart(2, '0')}`
			);
		}
	}
	return parseEdtfDate(text);
}

const shift = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The window ACLED's time precision allows around a coded day. */
function widen(date: EdtfDate, precision: string): EdtfDate | string {
	if (precision === '1' || date.precision !== 'day') return date;
	if (precision === '2') {
		return {
			...date,
			precision: 'week',
			earliest: shift(date.value, -3),
			latest: shift(date.value, 3)
		};
	}
	if (precision === '3') {
		const month = date.value.slice(0, 7);
		const [y, m] = month.split('-').map(Number) as [number, number];
		const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
		return { ...date, precision: 'month', earliest: `${month}-01`, latest: last };
	}
	return `${JSON.stringify(precision)} is not an ACLED time precision (1 = day, 2 = week, 3 = month)`;
}

const TIME_PRECISION_WORDS: Record<string, string> = {
	'2': 'ACLED time precision 2: known to within about a week; window of 3 days each side',
	'3': 'ACLED time precision 3: known to within the month'
};

/** ACLED interaction codes (numbers, or words in newer exports) as actor kinds. */
function actorKind(inter: string): 'org' | 'group' {
	const code = inter.trim().toLowerCase();
	return code === '1' || code === '8' || code.startsWith('state') || code.startsWith('external')
		? 'org'
		: 'group';
}

const GEO_PRECISION: Record<string, 'city' | 'region'> = {
	'1': 'city',
	'2': 'region',
	'3': 'region'
};

const splitNames = (cell: string) =>
	cell
		.split(';')
		.map((name) => plainText(name))
		.filter(Boolean);

export function parseAcled(
	file: { name: string; text: string },
	options: { today: string; onStage?: (stage: string) => void }
): ValidationResult {
	const errors: Problem[] = [];
	let unlisted = 0;
	const place = (row: number, column?: string) =>
		`${file.name} row ${row}${column ? `, column ${column}` : ''}`;
	const error = (row: number, column: string | undefined, message: string) => {
		if (errors.length < MAX_LISTED)
			errors.push(problemAt('error', place(row, column), message, 'csv'));
		else unlisted += 1;
	};
	const parsed = Papa.parse<string[]>(file.text.replace(/^\uFEFF/, ''), {
		header: false,
		skipEmptyLines: 'greedy'
	});
	const [headerRow = [], ...records] = parsed.data;
	const header = headerRow.map((cell) => cell.trim().toLowerCase());
	const missing = ACLED_REQUIRED_COLUMNS.filter((name) => !header.includes(name));
	if (missing.length > 0) {
		return {
			dataset: null,
			errors: [
				problemAt(
					'error',
					place(1),
					`the ACLED columns ${missing.join(', ')} are missing from the header`,
					'csv'
				)
			],
			warnings: []
		};
	}
	const at = Object.fromEntries(header.map((name, index) => [name, index]));
	options.onStage?.(`Reading ${records.length.toLocaleString('en-GB')} ACLED rows`);

	const ids = new IdAllocator();
	const actors = new Map<string, Record<string, unknown>>();
	const venues = new Map<string, Record<string, unknown>>();
	const sources = new Map<string, Record<string, unknown>>();
	const events: Record<string, unknown>[] = [];
	const rowOf: number[] = [];
	const firstRowOfId = new Map<string, number>();

	const actorFor = (name: string, inter: string) => {
		let actor = actors.get(name);
		if (!actor) {
			actor = {
				id: ids.take('actor', name),
				name: capText(name, LIMITS.name),
				kind: actorKind(inter)
			};
			actors.set(name, actor);
		}
		return actor.id as string;
	};
	const sourceFor = (outlet: string) => {
		let source = sources.get(outlet);
		if (!source) {
			source = {
				id: ids.take('src', outlet),
				url: ACLED_URL,
				outlet: capText(outlet, LIMITS.name),
				publishedAt: null,
				accessedAt: options.today,
				sourceType: 'aggregator',
				notes: 'Named by ACLED as a source; ACLED gives no address, so the address is ACLED\u2019s'
			};
			sources.set(outlet, source);
		}
		return source.id as string;
	};

	records.forEach((record, i) => {
		const row = i + 2;
		const cell = (name: string) => (at[name] === undefined ? '' : (record[at[name]!] ?? '').trim());
		const before = errors.length + unlisted;
		const acledId = cell('event_id_cnty');
		if (!acledId) error(row, 'event_id_cnty', 'is empty; every ACLED event has an id');
		else if (firstRowOfId.has(acledId))
			error(
				row,
				'event_id_cnty',
				`"${capText(acledId, 80)}" is also the id of row ${firstRowOfId.get(acledId)}`
			);
		else firstRowOfId.set(acledId, row);
		const read = readAcledDate(cell('event_date'));
		let date: EdtfDate | null = null;
		if (!read.ok) error(row, 'event_date', read.message);
		else {
			const widened = widen(read.date, cell('time_precision') || '1');
			if (typeof widened === 'string') error(row, 'time_precision', widened);
			else date = widened;
		}
		const actor1 = plainText(cell('actor1'));
		if (!actor1) error(row, 'actor1', 'is empty; an ACLED event names at least one actor');
		const type = codeAcledType(cell('event_type'), cell('sub_event_type'));
		if (!type) {
			error(
				row,
				'event_type',
				`"${capText(cell('event_type'), 80)}" is not an ACLED event type (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments)`
			);
		}
		const outlets = splitNames(cell('source'));
		if (outlets.length === 0)
			error(row, 'source', 'is empty; Parley needs the outlet the event was coded from');
		const latText = cell('latitude');
		const lonText = cell('longitude');
		const lat = latText === '' ? undefined : Number(latText);
		const lon = lonText === '' ? undefined : Number(lonText);
		if (lat !== undefined && !(Number.isFinite(lat) && Math.abs(lat) <= 90))
			error(row, 'latitude', `"${capText(latText, 40)}" is not a latitude (-90 to 90)`);
		if (lon !== undefined && !(Number.isFinite(lon) && Math.abs(lon) <= 180))
			error(row, 'longitude', `"${capText(lonText, 40)}" is not a longitude (-180 to 180)`);
		if ((lat === undefined) !== (lon === undefined))
			error(
				row,
				lat === undefined ? 'latitude' : 'longitude',
				'latitude and longitude go together; give both or neither'
			);
		if (errors.length + unlisted > before || !date || !type) return;

		const sourceActors = [
			actorFor(actor1, cell('inter1')),
			...splitNames(cell('assoc_actor_1')).map((n) => actorFor(n, ''))
		];
		const targets = [
			...(plainText(cell('actor2')) ? [actorFor(plainText(cell('actor2')), cell('inter2'))] : []),
			...splitNames(cell('assoc_actor_2')).map((n) => actorFor(n, ''))
		];
		let location: { actorId: string } | undefined;
		const locationName = plainText(cell('location'));
		if (locationName) {
			const key = `${locationName}|${cell('admin1')}|${lat ?? ''}|${lon ?? ''}`;
			let venue = venues.get(key);
			if (!venue) {
				const region = [cell('admin1'), cell('country')].map(plainText).filter(Boolean).join(', ');
				venue = {
					id: ids.take('venue', `${locationName} ${cell('admin1')}`),
					name: capText(locationName, LIMITS.name),
					kind: 'venue',
					...(lat !== undefined && lon !== undefined
						? { lat, lon, coordPrecision: GEO_PRECISION[cell('geo_precision')] ?? 'region' }
						: {}),
					...(region ? { notes: capText(`ACLED location in ${region}`, LIMITS.note) } : {})
				};
				venues.set(key, venue);
			}
			location = { actorId: venue.id as string };
		}
		const notes = plainText(cell('notes'));
		const summary =
			notes ||
			`${cell('sub_event_type') || cell('event_type')}: ${actor1}${targets.length ? ` and ${plainText(cell('actor2'))}` : ''}${locationName ? ` in ${locationName}` : ''}`;
		const tags = [cell('disorder_type'), cell('event_type'), cell('sub_event_type')]
			.map(plainText)
			.filter(Boolean)
			.map((tag) => capText(tag, LIMITS.short));
		const fatalities = cell('fatalities');
		if (/^\d+$/.test(fatalities)) tags.push(`fatalities: ${fatalities}`);
		const precisionNote = TIME_PRECISION_WORDS[cell('time_precision')];
		const dateNote = [precisionNote, date.note].filter(Boolean).join('; ');
		events.push({
			id: ids.take('acled', acledId),
			date: {
				value: date.value,
				precision: date.precision,
				earliest: date.earliest,
				latest: date.latest,
				...(dateNote ? { note: capText(dateNote, LIMITS.note) } : {})
			},
			status: 'occurred',
			type,
			sourceActors: [...new Set(sourceActors)],
			targetActors: [...new Set(targets)].filter((id) => !sourceActors.includes(id)),
			...(location ? { location } : {}),
			summary: capText(summary, LIMITS.summary),
			evidence: [...new Set(outlets)].map((outlet) => ({
				sourceId: sourceFor(outlet),
				unquoted: 'coded-summary'
			})),
			confidence: outlets.length > 1 ? 'medium' : 'low',
			confidenceNote: capText(
				`ACLED event ${acledId}: ACLED's coded summary of ${outlets.length > 1 ? 'several outlets' : 'one outlet'}, without a verbatim quote${notes.length > LIMITS.summary ? '; its notes were shortened to 600 characters' : ''}`,
				LIMITS.note
			),
			...(tags.length ? { tags } : {})
		});
		rowOf.push(row);
	});
	if (unlisted > 0) {
		errors.push(
			problemAt(
				'error',
				file.name,
				`and ${unlisted.toLocaleString('en-GB')} more problems in other rows, not listed`,
				'csv'
			)
		);
	}
	if (errors.length > 0) return { dataset: null, errors, warnings: [] };
	if (events.length === 0) {
		return {
			dataset: null,
			errors: [problemAt('error', file.name, 'the export has a header but no rows', 'csv')],
			warnings: []
		};
	}
	options.onStage?.(`Checking ${events.length.toLocaleString('en-GB')} events`);
	const raw = {
		schemaVersion: FORMAT_VERSION,
		meta: {
			title: capText(`ACLED export ${file.name}`, LIMITS.name),
			createdAt: options.today,
			extractedBy: 'ACLED (Armed Conflict Location & Event Data), converted by Parley',
			license:
				'ACLED terms of use (https://acleddata.com/terms-of-use/): attribution to ACLED required',
			conventions:
				'Read from an ACLED export: one event per row; time precision 2 and 3 are week and month windows; actor1 and associated actors act, actor2 and its associates are acted on; event types coded as CAMEO and PLOVER by Parley\u2019s table (README); notes are ACLED\u2019s coded summaries, not quotes.'
		},
		sources: [...sources.values()],
		actors: [...actors.values(), ...venues.values()],
		events
	};
	return placeProblems(
		validateDataset(raw, {}),
		(index) => place(rowOf[index] ?? 0),
		(path) => `${file.name} (${path}, as converted)`
	);
}
