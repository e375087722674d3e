import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_LEVELS, PLOVER_CATEGORIES, STATUSES } from '../../../src/lib/data/schema';
import {
	DEFAULT_URL_STATE,
	decodeUrlState,
	encodeUrlState,
	isEveryActor,
	MAX_LIST_VALUES,
	type UrlViewState
} from '../../../src/lib/state/urlState';
import { unknownActorsParam } from '../../fixtures/hostileDatasets';

const ACTORS = ['usa', 'irn', 'tur', 'araghchi', 'a.b_c-d'];
const EVENTS = ['istanbul-meeting', 'e1', 'e.2'];
const known = { actors: new Set(ACTORS), events: new Set(EVENTS) };

const day = fc
	.date({
		min: new Date(Date.UTC(1900, 0, 1)),
		max: new Date(Date.UTC(2100, 11, 31)),
		noInvalidDate: true
	})
	.map((d) => d.toISOString().slice(0, 10));
const minute = fc.integer({
	min: Date.UTC(1950, 0, 1) / 60_000,
	max: Date.UTC(2090, 0, 1) / 60_000
});
const subset = <T>(values: readonly T[]) => fc.subarray([...values]);

const urlStateArbitrary: fc.Arbitrary<UrlViewState> = fc.record({
	filters: fc.record({
		actorIds: subset(ACTORS),
		actorMode: fc.constantFrom('any' as const, 'all' as const),
		includeMediators: fc.boolean(),
		categories: subset([...PLOVER_CATEGORIES, 'none' as const]),
		statuses: subset(STATUSES),
		confidences: subset(CONFIDENCE_LEVELS),
		search: fc.string({ maxLength: 60 }).filter((s) => s.trim() !== ''),
		timeRange: fc.option(
			fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
			{ nil: null }
		),
		quoting: fc.option(fc.constantFrom('quoted' as const, 'unquoted' as const), { nil: undefined })
	}),
	window: fc.option(
		fc
			.tuple(minute, fc.integer({ min: 60, max: 60 * 24 * 365 * 50 }))
			.map(([start, length]) => [start * 60_000, (start + length) * 60_000] as const),
		{ nil: null }
	),
	selectedEventId: fc.option(fc.constantFrom(...EVENTS), { nil: null }),
	laneGrouping: fc.constantFrom('state' as const, 'actor' as const, 'category' as const),
	// Written sorted: a link names the same folded groups the same way.
	collapsedGroups: subset(ACTORS).map((ids) => ids.sort()),
	markColouring: fc.constantFrom('category' as const, 'status' as const, 'off' as const),
	networkLayout: fc.constantFrom('force' as const, 'geo' as const),
	networkShowMembers: fc.boolean(),
	networkAsOf: fc.option(day, { nil: null }),
	tableSort: fc.record({
		key: fc.constantFrom(
			'date' as const,
			'category' as const,
			'actor' as const,
			'status' as const,
			'confidence' as const
		),
		direction: fc.constantFrom('ascending' as const, 'descending' as const)
	})
});

describe('encodeUrlState(state) and decodeUrlState(query, known)', () => {
	it('round-trips every generated state: state → URL → state, with no notices', () => {
		fc.assert(
			fc.property(urlStateArbitrary, (state) => {
				const query = encodeUrlState(state);
				const decoded = decodeUrlState(query, known);
				expect(decoded.notices).toEqual([]);
				expect(decoded.state).toEqual(state);
			}),
			{ numRuns: 500 }
		);
	});

	it('encodes the default view as an empty query', () => {
		expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
		expect(decodeUrlState('', known)).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
	});

	it('writes a readable query', () => {
		const query = encodeUrlState({
			...DEFAULT_URL_STATE,
			filters: {
				...DEFAULT_URL_STATE.filters,
				actorIds: ['usa', 'irn'],
				actorMode: 'all',
				quoting: 'unquoted'
			},
			window: [Date.UTC(2026, 1, 1), Date.UTC(2026, 1, 14, 12, 30)],
			selectedEventId: 'istanbul-meeting',
			networkLayout: 'geo',
			tableSort: { key: 'status', direction: 'descending' }
		});
		expect(decodeURIComponent(query)).toBe(
			'actors=usa,irn&mode=all&quoting=unquoted&window=2026-02-01T00:00Z..2026-02-14T12:30Z&event=istanbul-meeting&layout=geo&sort=-status'
		);
	});

	it('keeps parameters owned by other features, such as the dataset address', () => {
		const query = encodeUrlState(
			DEFAULT_URL_STATE,
			new URLSearchParams('data=https://x.org/d.json&q=1')
		);
		expect(query).toBe('data=https%3A%2F%2Fx.org%2Fd.json');
		expect(decodeUrlState(query, known).notices).toEqual([]);
	});

	it('keeps the benchmark protocol parameters (bench, n, seed, validate) without a notice', () => {
		const foreign = new URLSearchParams('bench=1&n=1000&seed=42&validate=1&q=iran');
		const query = encodeUrlState(DEFAULT_URL_STATE, foreign);
		expect(query).toBe('bench=1&n=1000&seed=42&validate=1');
		expect(decodeUrlState(foreign, known).notices).toEqual([]);
	});

	it.each([
		['actors=usa,nobody', { actorIds: ['usa'] }, /the actor “nobody” is not known/],
		['mode=some', { actorMode: 'any' }, /the actor mode “some” is not one of any, all; using any/],
		[
			'mediators=maybe',
			{ includeMediators: true },
			/the mediators setting “maybe” should be 0 or 1/
		],
		['category=CONSULT,HUG', { categories: ['CONSULT'] }, /the category “HUG” is not known/],
		['status=rumoured', { statuses: [] }, /the status “rumoured” is not known/],
		['confidence=certain', { confidences: [] }, /the confidence level “certain” is not known/],
		['quoting=unquoted', { quoting: 'unquoted' }, null],
		['quoting=quoted', { quoting: 'quoted' }, null],
		[
			'quoting=verbatim',
			{ quoting: null },
			/the quoting filter “verbatim” is not one of quoted, unquoted; showing both/
		],
		['from=2026-02-30&to=2026-03-01', { timeRange: null }, /needs two days written YYYY-MM-DD/],
		['from=2026-02-01', { timeRange: null }, /needs two days/],
		[
			'from=2026-02-09&to=2026-02-01',
			{ timeRange: { start: '2026-02-01', end: '2026-02-09' } },
			null
		]
	])('decodeUrlState(%j) falls back for the bad part and says so', (query, filters, notice) => {
		const decoded = decodeUrlState(query, known);
		expect(decoded.state.filters).toMatchObject(filters);
		if (notice) expect(decoded.notices.join('\n')).toMatch(notice);
		else expect(decoded.notices).toEqual([]);
	});

	it.each([
		[
			'two unknown actors, in one notice',
			'actors=usa,nobody,ghost',
			['the actors “nobody” and “ghost” are not known and were left out']
		],
		[
			'100,000 unknown actors: the first 10,000 read, 5 quoted, the rest counted',
			`actors=usa,${unknownActorsParam(100_000)}`,
			[
				'the link names 100,001 actors; only the first 10,000 were read',
				'the actors “nobody-0”, “nobody-1”, “nobody-2”, “nobody-3”, “nobody-4” and 9,994 more are not known and were left out'
			]
		],
		[
			'three unknown settings, in one notice',
			'utm_source=a&utm_medium=b&fbclid=c',
			['the unknown settings “utm_source”, “utm_medium” and “fbclid” were ignored']
		],
		[
			'20,000 unknown settings',
			Array.from({ length: 20_000 }, (_, i) => `s${i}=1`).join('&'),
			['the unknown settings “s0”, “s1”, “s2”, “s3”, “s4” and 19,995 more were ignored']
		]
	])('decodeUrlState(%s) groups its notices', (_name, query, notices) => {
		const decoded = decodeUrlState(query, known);
		expect(decoded.notices).toEqual(notices);
		if (query.startsWith('actors=')) expect(decoded.state.filters.actorIds).toEqual(['usa']);
	});

	it(`decodeUrlState(${MAX_LIST_VALUES} actors, one twice) reads them all, once each`, () => {
		const many = Array.from({ length: MAX_LIST_VALUES - 1 }, (_, i) => `a${i}`);
		const decoded = decodeUrlState(`actors=${[...many, 'a0'].join(',')}`, {
			...known,
			actors: new Set(many)
		});
		expect(decoded.notices).toEqual([]);
		expect(decoded.state.filters.actorIds).toEqual(many);
	});

	it.each([
		['window=yesterday..today', /the time window “yesterday..today” could not be read/],
		['window=2026-02-01T00:00Z..2026-02-01T00:30Z', /could not be read/],
		['window=2026-02-09T00:00Z..2026-02-01T00:00Z', /could not be read/],
		['event=no-such-event', /the event “no-such-event” is not in this dataset/],
		['lanes=colour', /the lane grouping “colour” is not one of state, actor, category/],
		[
			'colour=rainbow',
			/the timeline colouring “rainbow” is not one of category, status, off; using category/
		],
		['layout=circle', /the network layout “circle” is not one of force, geo; using force/],
		['members=yes', /the members setting “yes” should be 0 or 1/],
		['collapsed=atlantis', /the collapsed lane group “atlantis” is not known and was left out/],
		[
			'collapsed=atlantis,lemuria',
			/the collapsed lane groups “atlantis” and “lemuria” are not known and were left out/
		],
		['asof=soon', /the “as of” date “soon” is not a day/],
		[
			'sort=colour',
			/the table order “colour” is not one of date, category, actor, status, confidence/
		],
		['sort=--date', /the table order “--date” is not one of/],
		['sort=', /the table order “” is not one of/],
		['utm_source=newsletter', /the unknown setting “utm_source” was ignored/]
	])('decodeUrlState(%j) uses the default view part and explains', (query, notice) => {
		const decoded = decodeUrlState(query, known);
		expect(decoded.notices.join('\n')).toMatch(notice);
		const { filters: _f, ...rest } = decoded.state;
		const { filters: _d, ...defaults } = DEFAULT_URL_STATE;
		expect(rest).toEqual(defaults);
	});

	it.each([
		['collapsed=irn,usa', ['irn', 'usa']],
		['collapsed=usa,irn,usa,', ['usa', 'irn']],
		['lanes=actor&collapsed=tur', ['tur']]
	])('decodeUrlState(%j) reads the folded lane groups, known actors once each', (query, ids) => {
		const decoded = decodeUrlState(query, known);
		expect(decoded.notices).toEqual([]);
		expect(decoded.state.collapsedGroups).toEqual(ids);
	});

	it(`decodeUrlState(collapsed= more than ${MAX_LIST_VALUES} ids) reads only the first ${MAX_LIST_VALUES}`, () => {
		const many = Array.from({ length: MAX_LIST_VALUES + 5 }, (_, i) => `s${i}`);
		const decoded = decodeUrlState(`collapsed=${many.join(',')}`, {
			...known,
			actors: new Set(many)
		});
		expect(decoded.state.collapsedGroups).toHaveLength(MAX_LIST_VALUES);
		expect(decoded.notices.join('\n')).toMatch(/only the first 10,000 were read/);
	});

	it('encodeUrlState(state) writes the folded lane groups sorted, and none when there are none', () => {
		const state = { ...DEFAULT_URL_STATE, collapsedGroups: ['usa', 'irn'] };
		expect(encodeUrlState(state)).toBe('collapsed=irn%2Cusa');
		expect(encodeUrlState(DEFAULT_URL_STATE)).toBe('');
		expect(state.collapsedGroups).toEqual(['usa', 'irn']);
	});

	it.each([
		['sort=-status', { key: 'status', direction: 'descending' }],
		['sort=actor', { key: 'actor', direction: 'ascending' }],
		['sort=-date', { key: 'date', direction: 'descending' }],
		['sort=date', { key: 'date', direction: 'ascending' }]
	])('decodeUrlState(%j) reads the table order', (query, tableSort) => {
		expect(decodeUrlState(query, known)).toEqual({
			state: { ...DEFAULT_URL_STATE, tableSort },
			notices: []
		});
	});

	it('never throws on arbitrary query strings, and always returns a usable state', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (query) => {
				const decoded = decodeUrlState(query, known);
				expect(decoded.state.filters.actorIds.every((id) => known.actors.has(id))).toBe(true);
				expect(['state', 'actor', 'category']).toContain(decoded.state.laneGrouping);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('encodeUrlState and decodeUrlState on arbitrary ids, text and queries', () => {
	const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,63}$/);
	const generated = fc.record({
		actors: fc.uniqueArray(id, { minLength: 1, maxLength: 8 }),
		events: fc.uniqueArray(id, { minLength: 1, maxLength: 5 })
	});
	/** Any text a person could type: other scripts, right-to-left, markup, separators. */
	const typed = fc
		.oneof(
			fc.string({ unit: 'grapheme', maxLength: 60 }),
			fc.constantFrom('<script>alert(1)</script>', '\u202Eevil', 'a&b=c#d', '%41+%2B', ' , ;')
		)
		.filter((text) => text.trim() !== '' && text.length <= 200);

	it('round-trips states over any valid ids and any typed search: state → URL → state, no notices', () => {
		fc.assert(
			fc.property(
				generated.chain((ids) =>
					fc.tuple(
						fc.constant(ids),
						urlStateArbitrary.chain((state) =>
							fc
								.record({
									actorIds: fc.subarray(ids.actors),
									collapsedGroups: fc.subarray(ids.actors).map((list) => list.sort()),
									selectedEventId: fc.option(fc.constantFrom(...ids.events), { nil: null }),
									search: typed
								})
								.map(({ actorIds, collapsedGroups, selectedEventId, search }) => ({
									...state,
									collapsedGroups,
									selectedEventId,
									filters: { ...state.filters, actorIds, search }
								}))
						)
					)
				),
				([ids, state]) => {
					const known = { actors: new Set(ids.actors), events: new Set(ids.events) };
					const decoded = decodeUrlState(encodeUrlState(state), known);
					expect(decoded.notices).toEqual([]);
					expect(decoded.state).toEqual(state);
				}
			),
			{ numRuns: 500 }
		);
	});

	const anyValue = fc.string({ unit: 'binary', maxLength: 400 });
	const anyQuery = fc.oneof(
		fc.string({ unit: 'binary', maxLength: 600 }),
		fc
			.array(
				fc.tuple(
					fc.oneof(
						fc.constantFrom(
							'actors',
							'mode',
							'mediators',
							'category',
							'status',
							'confidence',
							'q',
							'from',
							'to',
							'window',
							'event',
							'lanes',
							'colour',
							'layout',
							'members',
							'asof',
							'sort',
							'data'
						),
						anyValue
					),
					anyValue
				),
				{ maxLength: 12 }
			)
			.map((pairs) => new URLSearchParams(pairs))
	);

	it('never throws past decodeUrlState on any query (lone surrogates, repeats, 400-character values), and what it returns is usable', () => {
		fc.assert(
			fc.property(anyQuery, (query) => {
				const decoded = decodeUrlState(query, known);
				const { state } = decoded;
				expect(state.filters.actorIds.every((a) => known.actors.has(a))).toBe(true);
				expect(state.selectedEventId === null || known.events.has(state.selectedEventId)).toBe(
					true
				);
				expect(state.filters.search.length).toBeLessThanOrEqual(200);
				if (state.window) expect(state.window[1]).toBeGreaterThan(state.window[0]);
				// Notices quote the link briefly, whatever it held.
				for (const notice of decoded.notices) expect(notice.length).toBeLessThan(200);
				// And what it returns writes a link that reads back the same.
				expect(decodeUrlState(encodeUrlState(state), known).state).toEqual(state);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe(
	'encodeUrlState(state, foreign, known) with every actor selected',
	{ timeout: 20_000 },
	() => {
		const many = Array.from({ length: 100_000 }, (_, i) => `actor-${i}`);
		const manyKnown = { actors: new Set(many), events: new Set<string>() };
		const withActors = (actorIds: string[], actorMode: 'any' | 'all'): UrlViewState => ({
			...DEFAULT_URL_STATE,
			filters: { ...DEFAULT_URL_STATE.filters, actorIds, actorMode }
		});

		it.each([
			{ what: 'every actor, any mode', ids: many, mode: 'any' as const, query: 'actors=*' },
			{
				what: 'every actor, all mode',
				ids: many,
				mode: 'all' as const,
				query: 'actors=*&mode=all'
			},
			{
				what: 'every actor in another order, with repeats',
				ids: [...many].reverse().concat(['actor-0']),
				mode: 'any' as const,
				query: 'actors=*'
			},
			{
				what: 'every actor but one',
				ids: many.slice(1),
				mode: 'any' as const,
				query: null
			}
		])('writes $what as $query', ({ ids, mode, query }) => {
			const state = withActors(ids, mode);
			const before = structuredClone(state);
			const encoded = decodeURIComponent(encodeUrlState(state, undefined, manyKnown));
			expect(state).toEqual(before);
			if (query !== null) {
				expect(encoded).toBe(query);
				const decoded = decodeUrlState(encoded, manyKnown);
				expect(decoded.notices).toEqual([]);
				expect(new Set(decoded.state.filters.actorIds)).toEqual(manyKnown.actors);
				expect(decoded.state.filters.actorMode).toBe(mode);
			} else {
				expect(encoded.startsWith('actors=actor-1,')).toBe(true);
			}
		});

		it('keeps a short link whatever the number of actors, and writes ids without the known set', () => {
			const small = withActors([...ACTORS], 'any');
			expect(encodeUrlState(small, undefined, known)).toBe('actors=*');
			expect(decodeURIComponent(encodeUrlState(small))).toBe(`actors=${ACTORS.join(',')}`);
			expect(encodeUrlState(withActors(many, 'any'), undefined, manyKnown).length).toBeLessThan(20);
		});

		it('reads actors=* as every actor of the dataset, and nothing when it has none', () => {
			expect(decodeUrlState('actors=*', known).state.filters.actorIds).toEqual(ACTORS);
			const empty = { actors: new Set<string>(), events: new Set<string>() };
			expect(decodeUrlState('actors=*', empty).state.filters.actorIds).toEqual([]);
		});
	}
);

describe('isEveryActor(actorIds, allActors)', () => {
	it.each([
		{ ids: ['usa', 'irn'], all: ['usa', 'irn'], expected: true },
		{ ids: ['irn', 'usa', 'irn'], all: ['usa', 'irn'], expected: true },
		{ ids: ['usa'], all: ['usa', 'irn'], expected: false },
		{ ids: ['usa', 'usa'], all: ['usa', 'irn'], expected: false },
		{ ids: ['usa', 'irn', 'x'], all: ['usa', 'irn'], expected: false },
		{ ids: [], all: [], expected: false }
	])('isEveryActor($ids, $all) is $expected', ({ ids, all, expected }) => {
		expect(isEveryActor(ids, new Set(all))).toBe(expected);
	});
});
