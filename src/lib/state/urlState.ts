/**
 * The view as a URL query: filters, the timeline window, the selected event, the grouping, the
 * network layout and the table's order. Decoding never throws: a bad part falls back to its default and says why.
 */
import { isolateBidi, truncateText } from '$lib/data/text/bidi';
import { isCalendarDay } from '$lib/data/time/calendar';
import { NO_FILTERS, type CategoryKey, type FilterCriteria } from '$lib/data/filters/filterEvents';
import { CONFIDENCE_LEVELS, PLOVER_CATEGORIES, STATUSES } from '$lib/data/vocabularies';
import type { EventSortKey } from '$lib/data/time/sortEvents';
import type { LayoutMode } from '$lib/layout/network/layoutTypes';
import type { LaneGrouping } from '$lib/layout/timeline/laneTypes';
import { DEFAULT_TABLE_SORT, type MarkColouring, type TableSort } from './viewState.svelte';
import { pluralWord } from '$lib/data/text/plural';

export interface UrlViewState {
	filters: FilterCriteria;
	/** The timeline's visible window in ms (UTC), kept to the minute. */
	window: readonly [number, number] | null;
	selectedEventId: string | null;
	laneGrouping: LaneGrouping;
	/** States whose members the timeline folds into their lane (people and bodies apart). */
	collapsedGroups: readonly string[];
	markColouring: MarkColouring;
	networkLayout: LayoutMode;
	networkShowMembers: boolean;
	networkAsOf: string | null;
	tableSort: TableSort;
}

export const DEFAULT_URL_STATE: UrlViewState = {
	filters: NO_FILTERS,
	window: null,
	selectedEventId: null,
	laneGrouping: 'state',
	collapsedGroups: [],
	markColouring: 'category',
	networkLayout: 'force',
	networkShowMembers: false,
	networkAsOf: null,
	tableSort: DEFAULT_TABLE_SORT
};

/**
 * Query parameters other features own, kept as they are: `data` (the dataset to open), the
 * embed's `chart`, and the benchmark protocol's `bench`, `n`, `seed` and `validate`.
 */
export const FOREIGN_PARAMS = ['data', 'chart', 'bench', 'n', 'seed', 'validate'] as const;

type Quoting = NonNullable<FilterCriteria['quoting']>;
/** `quoting=unquoted`: only events without a verbatim quote (coded summaries); `quoted`: only the others. */
const QUOTINGS: readonly Quoting[] = ['quoted', 'unquoted'];
const LANE_GROUPINGS: LaneGrouping[] = ['state', 'actor', 'category'];
const MARK_COLOURINGS: MarkColouring[] = ['category', 'status', 'off'];
const NETWORK_LAYOUTS: LayoutMode[] = ['force', 'geo'];
const CATEGORY_KEYS: CategoryKey[] = [...PLOVER_CATEGORIES, 'none'];
/** The table's columns that sort, as the `sort` parameter names them ("-status": descending). */
const SORT_KEYS: EventSortKey[] = ['date', 'category', 'actor', 'status', 'confidence'];
const MINUTE = 60_000;
const MAX_SEARCH = 200;
const MIN_WINDOW = 60 * MINUTE;
const MAX_WINDOW = 200 * 366 * 24 * 60 * MINUTE;

/** "2026-02-03T06:30Z" */
function formatInstant(ms: number): string {
	return new Date(Math.floor(ms / MINUTE) * MINUTE).toISOString().replace(/:00\.000Z$/, 'Z');
}

function parseInstant(text: string): number | null {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/.test(text)) return null;
	const ms = Date.parse(text.replace('Z', ':00Z'));
	return Number.isFinite(ms) ? ms : null;
}

/**
 * Stands for "every actor of the dataset" in the `actors` parameter, so pressing "All" with
 * 100,000 actors keeps the link short. No actor id can be spelt so (ids start with [a-z0-9]).
 */
export const EVERY_ACTOR = '*';

/** Whether the selection names every actor the dataset has (and nothing else). */
export function isEveryActor(
	actorIds: readonly string[],
	allActors: ReadonlySet<string> | undefined
): boolean {
	if (!allActors || allActors.size === 0 || actorIds.length < allActors.size) return false;
	const seen = new Set<string>();
	for (const id of actorIds) {
		if (!allActors.has(id)) return false;
		seen.add(id);
	}
	return seen.size === allActors.size;
}

/**
 * The query for a view. `known.actors`, when given, lets a selection of every actor be
 * written as `actors=*` instead of every id (the link stays bounded whatever the dataset).
 */
export function encodeUrlState(
	state: UrlViewState,
	foreign?: URLSearchParams,
	known?: Pick<KnownIds, 'actors'>
): string {
	const params = new URLSearchParams();
	for (const key of FOREIGN_PARAMS) {
		const value = foreign?.get(key);
		if (value !== null && value !== undefined) params.set(key, value);
	}
	const f = state.filters;
	if (isEveryActor(f.actorIds, known?.actors)) params.set('actors', EVERY_ACTOR);
	else if (f.actorIds.length > 0) params.set('actors', f.actorIds.join(','));
	if (f.actorMode !== NO_FILTERS.actorMode) params.set('mode', f.actorMode);
	if (f.includeMediators !== NO_FILTERS.includeMediators) {
		params.set('mediators', f.includeMediators ? '1' : '0');
	}
	if (f.categories.length > 0) params.set('category', f.categories.join(','));
	if (f.statuses.length > 0) params.set('status', f.statuses.join(','));
	if (f.confidences.length > 0) params.set('confidence', f.confidences.join(','));
	if (f.search.trim() !== '') params.set('q', f.search);
	if (f.quoting) params.set('quoting', f.quoting);
	if (f.timeRange) {
		params.set('from', f.timeRange.start);
		params.set('to', f.timeRange.end);
	}
	if (state.window) {
		params.set('window', `${formatInstant(state.window[0])}..${formatInstant(state.window[1])}`);
	}
	if (state.selectedEventId) params.set('event', state.selectedEventId);
	if (state.laneGrouping !== DEFAULT_URL_STATE.laneGrouping)
		params.set('lanes', state.laneGrouping);
	if (state.collapsedGroups.length > 0)
		params.set('collapsed', [...state.collapsedGroups].sort().join(','));
	if (state.markColouring !== DEFAULT_URL_STATE.markColouring)
		params.set('colour', state.markColouring);
	if (state.networkLayout !== DEFAULT_URL_STATE.networkLayout) {
		params.set('layout', state.networkLayout);
	}
	if (state.networkShowMembers) params.set('members', '1');
	if (state.networkAsOf) params.set('asof', state.networkAsOf);
	const sort = state.tableSort;
	if (sort.key !== DEFAULT_TABLE_SORT.key || sort.direction !== DEFAULT_TABLE_SORT.direction) {
		params.set('sort', `${sort.direction === 'descending' ? '-' : ''}${sort.key}`);
	}
	return params.toString();
}

export interface KnownIds {
	actors: ReadonlySet<string>;
	events: ReadonlySet<string>;
}

export interface DecodedUrlState {
	state: UrlViewState;
	/** One sentence per part of the URL that could not be used. */
	notices: string[];
}

const KNOWN_PARAMS = new Set([
	'actors',
	'mode',
	'mediators',
	'category',
	'status',
	'confidence',
	'q',
	'quoting',
	'from',
	'to',
	'window',
	'event',
	'lanes',
	'collapsed',
	'colour',
	'layout',
	'members',
	'asof',
	'sort',
	...FOREIGN_PARAMS
]);

/** A part of the link quoted in a notice: cut short, and kept from reordering the sentence. */
const quote = (text: string) => `“${isolateBidi(truncateText(text, 40))}”`;

/**
 * How many values of one list (`actors=a,b,…`) are read. A link naming more is cut, with a
 * notice: a hostile one naming a million would otherwise block the page while it is checked.
 * Selecting every actor is written `actors=*`, so a real selection stays well below this.
 */
export const MAX_LIST_VALUES = 10_000;
/** How many unknown values (or settings) one notice quotes; the others are counted. */
export const MAX_QUOTED = 5;

const formatCount = (count: number) => count.toLocaleString('en-GB');

/** "“a”", "“a” and “b”", "“a”, “b”, “c”, “d”, “e” and 99,995 more" */
function quoteSome(values: readonly string[], total: number): string {
	const quoted = values.map(quote);
	if (total > quoted.length)
		return `${quoted.join(', ')} and ${formatCount(total - quoted.length)} more`;
	return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : quoted[0]!;
}

/** Counts values and keeps the first `MAX_QUOTED` of them, for one grouped notice. */
class Unknowns {
	readonly first: string[] = [];
	count = 0;
	add(value: string) {
		this.count += 1;
		if (this.first.length < MAX_QUOTED) this.first.push(value);
	}
}

/** The number of non-empty items of a comma-separated list, without splitting it. */
function countItems(raw: string): number {
	let count = 0;
	let start = 0;
	for (;;) {
		const comma = raw.indexOf(',', start);
		const end = comma === -1 ? raw.length : comma;
		if (end > start) count += 1;
		if (comma === -1) return count;
		start = comma + 1;
	}
}

export function decodeUrlState(query: string | URLSearchParams, known: KnownIds): DecodedUrlState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const notices: string[] = [];
	const filters: FilterCriteria = { ...NO_FILTERS };
	const state: UrlViewState = { ...DEFAULT_URL_STATE, filters };

	const unknownSettings = new Unknowns();
	for (const key of new Set(params.keys())) if (!KNOWN_PARAMS.has(key)) unknownSettings.add(key);
	if (unknownSettings.count > 0) {
		const { first, count } = unknownSettings;
		notices.push(
			`the unknown ${pluralWord(count, 'setting')} ${quoteSome(first, count)} ${pluralWord(count, 'was', 'were')} ignored`
		);
	}

	/**
	 * A comma-separated list, keeping the allowed values once each: at most `MAX_LIST_VALUES`
	 * read, and one notice for all the values that are not known.
	 */
	const list = <T extends string>(
		key: string,
		allowed: (value: string) => value is T,
		[what, whatPlural]: [string, string]
	) => {
		const raw = params.get(key);
		if (raw === null) return [];
		const parts = raw.split(',', MAX_LIST_VALUES + 1).filter(Boolean);
		if (parts.length > MAX_LIST_VALUES) {
			parts.length = MAX_LIST_VALUES;
			notices.push(
				`the link names ${formatCount(countItems(raw))} ${whatPlural.replace(/^the /, '')}; only the first ${formatCount(MAX_LIST_VALUES)} were read`
			);
		}
		const values = new Set<T>();
		const unknown = new Unknowns();
		for (const value of parts) {
			if (allowed(value)) values.add(value);
			else unknown.add(value);
		}
		if (unknown.count === 1) {
			notices.push(`${what} ${quote(unknown.first[0]!)} is not known and was left out`);
		} else if (unknown.count > 1) {
			notices.push(
				`${whatPlural} ${quoteSome(unknown.first, unknown.count)} are not known and were left out`
			);
		}
		return [...values];
	};
	const oneOf = <T extends string>(
		key: string,
		options: readonly T[],
		fallback: T,
		what: string
	): T => {
		const raw = params.get(key);
		if (raw === null) return fallback;
		if ((options as readonly string[]).includes(raw)) return raw as T;
		notices.push(`${what} ${quote(raw)} is not one of ${options.join(', ')}; using ${fallback}`);
		return fallback;
	};

	filters.actorIds =
		params.get('actors') === EVERY_ACTOR
			? [...known.actors]
			: list('actors', (v): v is string => known.actors.has(v), ['the actor', 'the actors']);
	filters.actorMode = oneOf(
		'mode',
		['any', 'all'] as const,
		NO_FILTERS.actorMode,
		'the actor mode'
	);
	const mediators = params.get('mediators');
	if (mediators !== null) {
		if (mediators === '0' || mediators === '1') filters.includeMediators = mediators === '1';
		else notices.push(`the mediators setting ${quote(mediators)} should be 0 or 1`);
	}
	filters.categories = list(
		'category',
		(v): v is CategoryKey => (CATEGORY_KEYS as string[]).includes(v),
		['the category', 'the categories']
	);
	filters.statuses = list(
		'status',
		(v): v is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(v),
		['the status', 'the statuses']
	);
	filters.confidences = list(
		'confidence',
		(v): v is (typeof CONFIDENCE_LEVELS)[number] =>
			(CONFIDENCE_LEVELS as readonly string[]).includes(v),
		['the confidence level', 'the confidence levels']
	);
	const search = params.get('q');
	if (search !== null) {
		filters.search = search.slice(0, MAX_SEARCH);
		if (search.length > MAX_SEARCH) notices.push(`the search was cut to ${MAX_SEARCH} characters`);
	}

	const quoting = params.get('quoting');
	if (quoting !== null) {
		if (QUOTINGS.includes(quoting as Quoting)) filters.quoting = quoting as Quoting;
		else {
			filters.quoting = null;
			notices.push(
				`the quoting filter ${quote(quoting)} is not one of ${QUOTINGS.join(', ')}; showing both`
			);
		}
	}

	const from = params.get('from');
	const to = params.get('to');
	if (from !== null || to !== null) {
		if (from && to && isCalendarDay(from) && isCalendarDay(to)) {
			filters.timeRange = from <= to ? { start: from, end: to } : { start: to, end: from };
		} else {
			notices.push(
				`the date range ${quote(`${from ?? ''} to ${to ?? ''}`)} needs two days written YYYY-MM-DD; showing all dates`
			);
		}
	}

	const window = params.get('window');
	if (window !== null) {
		const [start, end] = window.split('..').map(parseInstant);
		if (start != null && end != null && end - start >= MIN_WINDOW && end - start <= MAX_WINDOW) {
			state.window = [start, end];
		} else {
			notices.push(`the time window ${quote(window)} could not be read; showing all events`);
		}
	}

	const event = params.get('event');
	if (event !== null) {
		if (known.events.has(event)) state.selectedEventId = event;
		else notices.push(`the event ${quote(event)} is not in this dataset`);
	}

	state.laneGrouping = oneOf(
		'lanes',
		LANE_GROUPINGS,
		DEFAULT_URL_STATE.laneGrouping,
		'the lane grouping'
	);
	state.collapsedGroups = list('collapsed', (v): v is string => known.actors.has(v), [
		'the collapsed lane group',
		'the collapsed lane groups'
	]);
	state.markColouring = oneOf(
		'colour',
		MARK_COLOURINGS,
		DEFAULT_URL_STATE.markColouring,
		'the timeline colouring'
	);
	state.networkLayout = oneOf(
		'layout',
		NETWORK_LAYOUTS,
		DEFAULT_URL_STATE.networkLayout,
		'the network layout'
	);
	const members = params.get('members');
	if (members !== null) {
		if (members === '0' || members === '1') state.networkShowMembers = members === '1';
		else notices.push(`the members setting ${quote(members)} should be 0 or 1`);
	}
	const asOf = params.get('asof');
	if (asOf !== null) {
		if (isCalendarDay(asOf)) state.networkAsOf = asOf;
		else notices.push(`the “as of” date ${quote(asOf)} is not a day written YYYY-MM-DD`);
	}
	const sort = params.get('sort');
	if (sort !== null) {
		const descending = sort.startsWith('-');
		const key = descending ? sort.slice(1) : sort;
		if ((SORT_KEYS as string[]).includes(key)) {
			state.tableSort = {
				key: key as EventSortKey,
				direction: descending ? 'descending' : 'ascending'
			};
		} else {
			notices.push(
				`the table order ${quote(sort)} is not one of ${SORT_KEYS.join(', ')} (“-” before it: descending); sorting by date`
			);
		}
	}
	return { state, notices };
}
