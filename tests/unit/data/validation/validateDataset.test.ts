import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../src/lib/data/schema';
import {
	validateDataset,
	type ProblemCode
} from '../../../../src/lib/data/validation/validateDataset';
import { smallDataset, smallSourceTexts } from '../../../fixtures/smallDataset';

/** A dataset as loosely typed as a file from disk, for breaking on purpose. */
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function validate(data: unknown) {
	return validateDataset(data, { sourceTexts: smallSourceTexts() });
}

function broken(mutate: (data: Loose) => void): Loose {
	const data = smallDataset() as Loose;
	mutate(data);
	return data;
}

interface FaultCase {
	fault: string;
	mutate: (data: Loose) => void;
	path: string;
	message: RegExp;
	code: ProblemCode;
}

const faults: FaultCase[] = [
	{
		fault: 'a missing required field',
		mutate: (d) => delete d.events[1].summary,
		path: 'events[1].summary',
		message: /is required/,
		code: 'structure'
	},
	{
		fault: 'a missing meta block',
		mutate: (d) => delete d.meta,
		path: 'meta',
		message: /is required/,
		code: 'structure'
	},
	{
		fault: 'an unknown actor in an event',
		mutate: (d) => (d.events[1].mediators = ['nor', 'hvana']),
		path: 'events[1].mediators[1]',
		message: /unknown actor "hvana"; did you mean "havana"\?/,
		code: 'reference'
	},
	{
		fault: 'an unknown source in evidence',
		mutate: (d) => (d.events[0].evidence[0].sourceId = 'wire-2'),
		path: 'events[0].evidence[0].sourceId',
		message: /unknown source "wire-2"/,
		code: 'reference'
	},
	{
		fault: 'an actor id where a source is expected',
		mutate: (d) => (d.events[0].evidence[0].sourceId = 'nor'),
		path: 'events[0].evidence[0].sourceId',
		message: /unknown source "nor" \(that id belongs to actors\[1\], which is not a source\)/,
		code: 'reference'
	},
	{
		fault: 'an unknown related event',
		mutate: (d) => (d.events[1].related[0].eventId = 'norway-announced'),
		path: 'events[1].related[0].eventId',
		message: /unknown event "norway-announced"; did you mean "norway-announces"\?/,
		code: 'reference'
	},
	{
		fault: 'an unknown memberOf target',
		mutate: (d) => (d.actors[4].memberOf = ['cuba']),
		path: 'actors[4].memberOf[0]',
		message: /unknown actor "cuba"/,
		code: 'reference'
	},
	{
		fault: 'a seat that is not a venue',
		mutate: (d) => (d.actors[0].seat = 'nor'),
		path: 'actors[0].seat',
		message: /"nor" is a state; a seat must be a venue/,
		code: 'reference'
	},
	{
		fault: 'a membership cycle',
		mutate: (d) => {
			d.actors[3].memberOf = ['cub'];
			d.actors[2].memberOf = ['eln'];
		},
		path: 'actors[2].memberOf',
		message: /membership cycle: cub → eln → cub/,
		code: 'membership-cycle'
	},
	{
		fault: 'an impossible date',
		mutate: (d) => (d.events[0].date.value = '2023-02-30'),
		path: 'events[0].date.value',
		message: /"2023-02-30" is not a real calendar day/,
		code: 'structure'
	},
	{
		fault: 'a date in the wrong form',
		mutate: (d) => (d.meta.createdAt = '1 March 2023'),
		path: 'meta.createdAt',
		message: /"1 March 2023" is not a date in the form YYYY-MM-DD/,
		code: 'structure'
	},
	{
		fault: 'an inverted window',
		mutate: (d) =>
			Object.assign(d.events[1].date, { earliest: '2023-03-05', latest: '2023-02-27' }),
		path: 'events[1].date.latest',
		message: /inverted: latest 2023-02-27 comes before earliest 2023-03-05/,
		code: 'date-order'
	},
	{
		fault: 'a plotted day outside its window',
		mutate: (d) => (d.events[1].date.value = '2023-03-06'),
		path: 'events[1].date.value',
		message: /2023-03-06 lies outside its window 2023-02-27..2023-03-05/,
		code: 'date-order'
	},
	{
		fault: 'a window wider than its precision',
		mutate: (d) => (d.events[1].date.latest = '2023-03-10'),
		path: 'events[1].date',
		message: /spans 12 days, more than precision "week" allows \(7\)/,
		code: 'date-window'
	},
	{
		fault: 'a day-precise event with a window',
		mutate: (d) => (d.events[0].date.latest = '2023-02-21'),
		path: 'events[0].date',
		message: /spans 2 days, more than precision "day" allows \(1\)/,
		code: 'date-window'
	},
	{
		fault: 'an end before the start',
		mutate: (d) => (d.events[1].date.end = '2023-02-26'),
		path: 'events[1].date.end',
		message: /end 2023-02-26 comes before the start 2023-02-27/,
		code: 'date-order'
	},
	{
		fault: 'an occurred event after the dataset was made',
		mutate: (d) => {
			d.events[1].status = 'occurred';
			Object.assign(d.events[1].date, {
				value: '2023-03-02',
				earliest: '2023-03-03',
				latest: '2023-03-03',
				precision: 'day'
			});
			delete d.events[1].date.end;
		},
		path: 'events[1].date.earliest',
		message:
			/"occurred" event cannot have happened 3 Mar 2023 or later, after the dataset was made \(meta.createdAt 1 Mar 2023\)/,
		code: 'future-occurrence'
	},
	{
		fault: 'a duplicate id across collections',
		mutate: (d) => (d.events[0].id = 'havana'),
		path: 'events[0].id',
		message: /duplicate id "havana": already used by actors\[6\]/,
		code: 'duplicate-id'
	},
	{
		fault: 'a malformed id',
		mutate: (d) => (d.actors[0].id = 'Colombia!'),
		path: 'actors[0].id',
		message: /"Colombia!" is not a valid id/,
		code: 'structure'
	},
	{
		fault: 'a wrong type',
		mutate: (d) => (d.events[1].sourceActors = 'col'),
		path: 'events[1].sourceActors',
		message: /must be a list, not the text "col"/,
		code: 'structure'
	},
	{
		fault: 'a number where text belongs',
		mutate: (d) => (d.actors[1].name = 42),
		path: 'actors[1].name',
		message: /must be text, not the number 42/,
		code: 'structure'
	},
	{
		fault: 'a value outside an enumeration',
		mutate: (d) => (d.events[0].status = 'happened'),
		path: 'events[0].status',
		message: /must be one of "occurred", .*"claimed", not "happened"/,
		code: 'structure'
	},
	{
		fault: 'an event without actors',
		mutate: (d) => (d.events[0].sourceActors = []),
		path: 'events[0].sourceActors',
		message: /needs at least 1 entry/,
		code: 'structure'
	},
	{
		fault: 'an event without evidence',
		mutate: (d) => (d.events[0].evidence = []),
		path: 'events[0].evidence',
		message: /needs at least 1 entry/,
		code: 'structure'
	},
	{
		fault: 'a javascript: URL',
		mutate: (d) => (d.sources[0].url = 'javascript:alert(1)'),
		path: 'sources[0].url',
		message: /"javascript:alert\(1\)" is not an http\(s\) URL/,
		code: 'structure'
	},
	{
		fault: 'a URL that is not one',
		mutate: (d) => (d.sources[0].url = 'https://exa mple.org/'),
		path: 'sources[0].url',
		message: /is not a valid URL/,
		code: 'structure'
	},
	{
		fault: 'a latitude out of range',
		mutate: (d) => (d.actors[6].lat = 123.4),
		path: 'actors[6].lat',
		message: /latitude 123.4 is out of range \(-90 to 90\)/,
		code: 'structure'
	},
	{
		fault: 'a longitude out of range',
		mutate: (d) => (d.actors[6].lon = -190),
		path: 'actors[6].lon',
		message: /longitude -190 is out of range \(-180 to 180\)/,
		code: 'structure'
	},
	{
		fault: 'a latitude without its longitude',
		mutate: (d) => delete d.actors[5].lon,
		path: 'actors[5].lon',
		message: /coordinates come as a pair/,
		code: 'coordinates'
	},
	{
		fault: 'an over-long summary',
		mutate: (d) => (d.events[0].summary = 'x'.repeat(601)),
		path: 'events[0].summary',
		message: /the summary is 601 characters long; the limit is 600/,
		code: 'structure'
	},
	{
		fault: 'an over-long quote',
		mutate: (d) => (d.events[0].evidence[0].quote = 'y'.repeat(401)),
		path: 'events[0].evidence[0].quote',
		message: /the quote is 401 characters long; the limit is 400/,
		code: 'structure'
	},
	{
		fault: 'an over-long name',
		mutate: (d) => (d.actors[0].name = 'n'.repeat(201)),
		path: 'actors[0].name',
		message: /the name is 201 characters long; the limit is 200/,
		code: 'structure'
	},
	{
		fault: 'a control character',
		mutate: (d) => (d.events[0].summary = 'Norway\u0007 announces'),
		path: 'events[0].summary',
		message: /contains a control character/,
		code: 'structure'
	},
	{
		fault: 'a quote that is not in the source',
		mutate: (d) => (d.events[0].evidence[0].quote = 'Norway said on Tuesday'),
		path: 'events[0].evidence[0].quote',
		message: /not found verbatim in the text of source "wire-1" \(sources\/wire-1.txt\)/,
		code: 'quote-not-in-source'
	},
	{
		fault: 'a relation quote that is not in the source',
		mutate: (d) => (d.relations[0].evidence[0].quote = 'We will host'),
		path: 'relations[0].evidence[0].quote',
		message: /not found verbatim/,
		code: 'quote-not-in-source'
	},
	{
		fault: 'a source text path that leaves the dataset folder',
		mutate: (d) => (d.sources[0].text = '../secrets.txt'),
		path: 'sources[0].text',
		message: /must be a path inside the dataset folder/,
		code: 'structure'
	},
	{
		fault: 'the wrong format version',
		mutate: (d) => (d.schemaVersion = '2.0'),
		path: 'schemaVersion',
		message: /must be "1.0".*not "2.0"/,
		code: 'structure'
	},
	{
		fault: 'an unknown time zone',
		mutate: (d) => (d.events[1].date.timezone = 'Mars/Olympus_Mons'),
		path: 'events[1].date.timezone',
		message: /"Mars\/Olympus_Mons" is not an IANA time zone/,
		code: 'structure'
	},
	{
		fault: 'an inverted relation period',
		mutate: (d) =>
			Object.assign(d.relations[0], { validFrom: '2023-03-01', validTo: '2023-02-01' }),
		path: 'relations[0].validTo',
		message: /validTo 2023-02-01 comes before validFrom 2023-03-01/,
		code: 'date-order'
	}
];

describe('validateDataset(input)', () => {
	it('validateDataset(valid) accepts a valid dataset with no problems and returns it', () => {
		const input = smallDataset();
		const result = validate(input);
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.dataset).toEqual(smallDataset());
	});

	it.each(faults)('validateDataset(input with $fault) names $path and the reason', (fault) => {
		const input = broken(fault.mutate);
		const before = structuredClone(input);
		const result = validate(input);
		expect(result.dataset).toBeNull();
		const match = result.errors.find((e) => e.path === fault.path && fault.message.test(e.message));
		expect(
			match,
			`expected an error at ${fault.path} matching ${fault.message}, got:\n${result.errors
				.map((e) => `${e.path}: ${e.message}`)
				.join('\n')}`
		).toBeDefined();
		expect(match?.code).toBe(fault.code);
		expect(input).toEqual(before);
	});

	it.each(['planned', 'tentative', 'postponed', 'cancelled'])(
		'validateDataset(a %s event announced before its window) accepts it: announcements come first',
		(status) => {
			const input = broken((d) => {
				d.events[1].status = status;
				d.events[1].reportedAt = '2023-02-20';
			});
			const result = validate(input);
			expect(result.errors).toEqual([]);
			expect(result.dataset?.events[1]?.reportedAt).toBe('2023-02-20');
		}
	);

	it.each(['occurred', 'reported', 'claimed'])(
		'validateDataset(an %s event reported before its window) refuses it at reportedAt',
		(status) => {
			const input = broken((d) => {
				d.events[1].status = status;
				d.events[1].reportedAt = '2023-02-20';
				d.meta.createdAt = '2023-04-01';
			});
			const result = validate(input);
			const match = result.errors.find((e) => e.path === 'events[1].reportedAt');
			expect(match?.message).toMatch(
				new RegExp(`"${status}" event is reported on 2023-02-20, before the earliest day`)
			);
		}
	);

	it('validateDataset(input with many faults) reports every one of them at once', () => {
		const input = broken((d) => {
			for (const fault of faults.slice(2, 12)) fault.mutate(d);
		});
		const result = validate(input);
		const paths = new Set(result.errors.map((e) => e.path));
		for (const fault of faults.slice(2, 12)) {
			if (fault.path.startsWith('events[0]')) continue; // event 0 is also made invalid
			expect(paths, fault.fault).toContain(fault.path);
		}
		expect(result.errors.length).toBeGreaterThanOrEqual(8);
	});

	it('validateDataset(input with a broken record) does not cascade into its references', () => {
		const result = validate(broken((d) => (d.actors[2].kind = 'country')));
		expect(result.errors.map((e) => e.path)).toEqual(['actors[2].kind']);
	});

	it('validateDataset(input with unknown fields) warns but still loads', () => {
		const input = broken((d) => {
			d.colour = 'blue';
			d.events[0].importance = 3;
			d.actors[0].flag = '🇨🇴';
		});
		const result = validate(input);
		expect(result.errors).toEqual([]);
		expect(result.dataset).not.toBeNull();
		expect(result.warnings.map((w) => [w.path, w.code]).sort()).toEqual([
			['actors[0].flag', 'unknown-field'],
			['colour', 'unknown-field'],
			['events[0].importance', 'unknown-field']
		]);
	});

	it('validateDataset(input whose coverage misses an event) warns about the event', () => {
		const input = broken(
			(d) => (d.meta.coverage = { earliest: '2023-02-20', latest: '2023-02-28' })
		);
		const result = validate(input);
		expect(result.dataset).not.toBeNull();
		expect(result.warnings).toEqual([
			expect.objectContaining({ path: 'events[1].date', code: 'date-window' })
		]);
	});

	it('validateDataset(input) folds whitespace and line breaks when matching quotes', () => {
		const input = broken(
			(d) => (d.events[0].evidence[0].quote = 'the ELN\n   will meet in Havana next week.')
		);
		expect(validate(input).errors).toEqual([]);
	});

	it('validateDataset(input) without the stored text is an error by default, a warning on request', () => {
		const input = smallDataset();
		const strict = validateDataset(input);
		expect(strict.errors).toEqual([
			expect.objectContaining({ path: 'sources[0].text', code: 'source-text-missing' })
		]);
		const lenient = validateDataset(input, { missingSourceText: 'warning' });
		expect(lenient.errors).toEqual([]);
		expect(lenient.warnings[0]?.message).toMatch(
			/could not be read, so quotes from "wire-1" were not checked/
		);
	});

	it.each([
		[null, '$', /a dataset must be a JSON object, not null/],
		[[], '$', /a dataset must be a JSON object, not an array/],
		['{"a":1}', '$', /a dataset must be a JSON object, not the text/],
		[{}, 'schemaVersion', /is required/],
		[{ schemaVersion: '1.0' }, 'events', /is required/]
	])('validateDataset(%j) rejects what is not a dataset at %s', (input, path, message) => {
		const result = validate(input);
		expect(result.dataset).toBeNull();
		expect(result.errors.some((e) => e.path === path && message.test(e.message))).toBe(true);
	});

	it('validateDataset(input) never throws on arbitrary shapes', () => {
		const shapes: unknown[] = [
			{ schemaVersion: '1.0', meta: 5, sources: {}, actors: [null, 1, 'x'], events: [[]] },
			{ schemaVersion: '1.0', events: [{ id: 'a', date: null, evidence: 'x' }], relations: 9 },
			{ sources: [{ id: 'a', text: 7 }], actors: [{ id: 'a', memberOf: 'b' }] }
		];
		for (const shape of shapes) {
			const result = validate(shape);
			expect(result.dataset).toBeNull();
			expect(result.errors.length).toBeGreaterThan(0);
		}
	});

	it('validateDataset(typed dataset) keeps types: the output is a Dataset', () => {
		const result = validate(smallDataset());
		const dataset: Dataset | null = result.dataset;
		expect(dataset?.events.map((e) => e.id)).toEqual(['norway-announces', 'havana-round']);
	});

	it.each([
		[
			'an event that occurred in the month the dataset was made (its day plotted mid-month)',
			(d: Loose) => {
				d.meta.createdAt = '2023-02-10';
				d.events[0].date = {
					value: '2023-02-15',
					precision: 'month',
					earliest: '2023-02-01',
					latest: '2023-02-28'
				};
				d.events[0].reportedAt = '2023-02-08';
			}
		],
		[
			'an event dated a day after the dataset was made (the venue is ahead in time)',
			(d: Loose) => {
				d.meta.createdAt = '2023-02-19';
			}
		],
		[
			'an event reported the day before its date (the reporter is behind in time)',
			(d: Loose) => {
				d.events[0].reportedAt = '2023-02-19';
			}
		],
		[
			'a quote with straight quotes where the source has curly ones',
			(d: Loose) => {
				d.relations[0].evidence[0].quote = '"We are ready to host the round,"';
			}
		],
		[
			'a quote that leaves words out with [...]',
			(d: Loose) => {
				d.events[0].evidence[0].quote = 'Norway said [...] delegations of Colombia';
			}
		],
		[
			'a mediator who is also a party, an actor in several roles and a venue with only a country',
			(d: Loose) => {
				d.events[1].mediators = ['nor', 'col'];
				d.events[1].targetActors = ['nor'];
				d.actors.push({
					id: 'somewhere',
					name: 'Somewhere in Cuba',
					kind: 'venue',
					countryCode: 'CUB'
				});
				d.events[1].location = { actorId: 'somewhere' };
			}
		],
		[
			'an event whose location is a state, when only the country is known',
			(d: Loose) => {
				d.events[1].location = { actorId: 'cub' };
			}
		]
	])('validateDataset(%s) accepts it: real reporting is like that', (_, mutate) => {
		const input = broken(mutate);
		const result = validate(input);
		expect(result.errors).toEqual([]);
		expect(result.dataset).not.toBeNull();
	});

	it.each([
		[
			'an occurred event two days after the dataset was made',
			(d: Loose) => (d.meta.createdAt = '2023-02-18'),
			'events[0].date.earliest',
			/cannot have happened 20 Feb 2023 or later/
		],
		[
			'an occurred event reported two days before its date',
			(d: Loose) => (d.events[0].reportedAt = '2023-02-18'),
			'events[0].reportedAt',
			/reported on 2023-02-18, before the earliest day/
		],
		[
			'a quote with a word changed',
			(d: Loose) => (d.events[0].evidence[0].quote = 'Norway said on Tuesday that delegations'),
			'events[0].evidence[0].quote',
			/not found verbatim in the text of source "wire-1"/
		],
		[
			'U+FFFE in a summary',
			(d: Loose) => (d.events[0].summary = 'Norway\uFFFE announces'),
			'events[0].summary',
			/holds the noncharacter U\+FFFE at character 7; no text may hold it/
		],
		[
			'U+FFFF in an actor name',
			(d: Loose) => (d.actors[1].name = '\uFFFF'),
			'actors[1].name',
			/holds the noncharacter U\+FFFF at character 1/
		],
		[
			'a lone surrogate in a quote',
			(d: Loose) => (d.events[1].evidence[0].quote = 'delegations \uD83D of'),
			'events[1].evidence[0].quote',
			/holds a lone surrogate \(U\+D83D, half of a character\) at character 13/
		],
		[
			'U+FDD0 in an unknown field',
			(d: Loose) => (d.meta.extra = { note: 'x\uFDD0' }),
			'meta.extra.note',
			/holds the noncharacter U\+FDD0/
		],
		[
			'U+1FFFF in a field name',
			(d: Loose) => (d.meta['k\u{1FFFF}'] = 1),
			'meta["k\u{1FFFF}"]',
			/this field name holds the noncharacter U\+1FFFF at character 2/
		]
	])('validateDataset(%s) refuses it, naming its place', (_, mutate, path, message) => {
		const input = broken(mutate);
		const before = structuredClone(input);
		const result = validate(input);
		expect(result.dataset).toBeNull();
		const match = result.errors.find((e) => e.path === path);
		expect(match?.message).toMatch(message);
		expect(input).toEqual(before);
	});

	it('validateDataset(a source without publishedAt) reads it as unknown (null), with a warning', () => {
		const input = broken((d) => delete d.sources[0].publishedAt);
		const before = structuredClone(input);
		const result = validate(input);
		expect(result.errors).toEqual([]);
		expect(result.dataset!.sources[0]!.publishedAt).toBeNull();
		expect(result.warnings).toContainEqual({
			severity: 'warning',
			code: 'structure',
			path: 'sources[0].publishedAt',
			message:
				'is missing: read as unknown (null); write "publishedAt": null, or the day it was published'
		});
		expect(input).toEqual(before);
	});
});
