/**
 * The loader's checks: the schema's structural rules, then every rule that needs the whole
 * file (ids, references, membership cycles, date windows, quotes in their stored source).
 * Every problem is counted, each with the JSON path of the value at fault; the first ones are
 * kept in full (see problemCollector.ts).
 */
import { isolateBidi, quoteText, truncateText } from './bidi';
import { daysBetween, formatDay, isCalendarDay, MAX_WINDOW_DAYS, windowDays } from './dates';
import { formatPath, type PathKey } from './jsonPath';
import { checkStructure } from './checkStructure';
import {
	CheckingStopped,
	ProblemCollector,
	type CollectorLimits,
	type ProblemTally
} from './problemCollector';
import { collectUnknownFields, MAX_UNKNOWN_TEXT, overlongText } from './unknownFields';
import { findIllFormedText } from './illFormedText';
import { foldForQuotes, locateQuote, type FoldedText } from './matchQuote';
import {
	DatasetSchema,
	describeValue,
	type Actor,
	type ActorKind,
	type Dataset,
	type DiplomaticEvent,
	type Evidence,
	type EventEvidence,
	type Relation,
	type Source
} from './schema';

export type ProblemCode =
	| 'json'
	| 'structure'
	| 'unknown-field'
	| 'duplicate-id'
	| 'reference'
	| 'membership-cycle'
	| 'date-window'
	| 'date-order'
	| 'future-occurrence'
	| 'coordinates'
	| 'quote-not-in-source'
	| 'source-text-missing'
	// Raised before the loader runs, by the ways a dataset is opened (file, spreadsheet, URL).
	| 'file'
	| 'csv'
	| 'url';

export interface Problem {
	severity: 'error' | 'warning';
	/** JSON path of the value at fault, e.g. `events[3].sourceActors[0]`; `$` for the root. */
	path: string;
	message: string;
	code: ProblemCode;
}

export interface ValidationResult {
	/** The dataset, typed, when there is no error; null otherwise. */
	dataset: Dataset | null;
	/** The first errors, in full (at most `MAX_PROBLEMS_KEPT`). */
	errors: Problem[];
	/** The first warnings, in full (at most `MAX_PROBLEMS_KEPT`). */
	warnings: Problem[];
	/** Problems counted beyond those kept, by severity and kind; absent when all were kept. */
	omitted?: ProblemTally[];
}

export interface ValidateOptions {
	/**
	 * Stored source texts by the path written in `sources[].text`. When it is given, every quote
	 * from such a source must occur in its text.
	 */
	sourceTexts?: ReadonlyMap<string, string>;
	/** What a source text that is declared but not in `sourceTexts` is (default: error). */
	missingSourceText?: 'error' | 'warning';
	/** How many problems are kept in full, and after how many errors checking stops. */
	limits?: CollectorLimits;
}

type Collection = 'sources' | 'actors' | 'events' | 'relations';
const COLLECTIONS: Collection[] = ['sources', 'actors', 'events', 'relations'];

/** Folds whitespace runs to one space and normalises Unicode, as the format's quote rule says. */
export { foldWhitespace } from './foldWhitespace';

export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
	const collector = new ProblemCollector(options.limits);
	const report: Report = (severity, code, path, message) =>
		collector.add(severity, code, path, message);
	let output: Dataset | null = null;
	try {
		output = runChecks(input, options, report);
	} catch (error) {
		if (!(error instanceof CheckingStopped)) throw error;
	}
	return finish(collector, output);
}

function runChecks(input: unknown, options: ValidateOptions, report: Report): Dataset | null {
	if (!isObject(input)) {
		report(
			'error',
			'structure',
			[],
			`a dataset must be a JSON object, not ${describeValue(input)}`
		);
		return null;
	}
	// Record by record, so a file of a million broken records is counted as it goes and stops
	// once it is hopeless, instead of first making millions of issues.
	const invalidItems = new Set<string>();
	const output = checkStructure(input, report, (collection, index) =>
		invalidItems.add(`${collection}[${index}]`)
	);
	for (const field of collectUnknownFields(DatasetSchema, input)) {
		const key = String(field.at(-1));
		if (isReservedName(key)) {
			// Kept, a field named "__proto__" or "toString" would shadow what every object has.
			report(
				'warning',
				'unknown-field',
				field,
				`unknown field with the reserved name ${quoteText(key)}; it was left out`
			);
			if (output) deleteAt(output, field);
			continue;
		}
		const depth = nestingDepth(valueAt(input, field), MAX_UNKNOWN_FIELD_DEPTH);
		if (depth > MAX_UNKNOWN_FIELD_DEPTH) {
			report(
				'error',
				'structure',
				field,
				`unknown field nested more than ${MAX_UNKNOWN_FIELD_DEPTH} levels deep; Parley keeps unknown fields, but not ones this deep: remove it`
			);
			continue;
		}
		const length = overlongText(valueAt(input, field), MAX_UNKNOWN_TEXT);
		if (length > 0) {
			report(
				'error',
				'structure',
				field,
				`unknown field holding a text ${length.toLocaleString('en-GB')} characters long; Parley keeps unknown fields, but no text in them over ${MAX_UNKNOWN_TEXT.toLocaleString('en-GB')} characters (the most any field allows): shorten or remove it`
			);
			continue;
		}
		report('warning', 'unknown-field', field, 'unknown field; it is kept but not used');
	}

	// Noncharacters and lone surrogates in any string or field name (see illFormedText.ts).
	for (const bad of findIllFormedText(input)) {
		report(
			'error',
			'structure',
			bad.path,
			`${bad.inKey ? 'this field name holds' : 'holds'} ${bad.character} at character ${bad.position}; no text may hold it (an exported chart would not open): remove it, or write U+FFFD "\uFFFD" in its place`
		);
	}

	// Cross-record rules run on the records that passed the schema, so one broken record
	// gives its own messages without a cascade of follow-on ones.
	const valid = <T>(collection: Collection): { item: T; index: number }[] => {
		const items = input[collection];
		if (!Array.isArray(items)) return [];
		return items
			.map((item, index) => ({ item: item as T, index }))
			.filter(({ index }) => !invalidItems.has(`${collection}[${index}]`));
	};
	const sources = valid<Source>('sources');
	const actors = valid<Actor>('actors');
	const events = valid<DiplomaticEvent>('events');
	const relations = valid<Relation>('relations');

	const owners = checkUniqueIds(input, report);
	const idsOf = (collection: Collection) =>
		new Set([...owners].filter(([, owner]) => owner.startsWith(collection)).map(([id]) => id));
	const refs: References = {
		sources: idsOf('sources'),
		actors: idsOf('actors'),
		events: idsOf('events'),
		owners,
		actorKinds: new Map(actors.map(({ item }) => [item.id, item.kind])),
		suggestionsLeft: MAX_SUGGESTIONS
	};

	const meta = isObject(input.meta) ? input.meta : {};
	if (Array.isArray(meta.primarySourceIds)) {
		meta.primarySourceIds.forEach((id, i) =>
			checkReference(refs, 'sources', id, ['meta', 'primarySourceIds', i], report)
		);
	}
	for (const { item, index } of sources) {
		if (!Object.hasOwn(item, 'publishedAt')) {
			report(
				'warning',
				'structure',
				['sources', index, 'publishedAt'],
				'is missing: read as unknown (null); write "publishedAt": null, or the day it was published'
			);
		}
	}
	checkActors(actors, refs, report);
	const createdAt =
		typeof meta.createdAt === 'string' && isCalendarDay(meta.createdAt) ? meta.createdAt : null;
	checkEvents(events, refs, createdAt, report);
	checkRelations(relations, refs, report);
	checkCoverage(meta, events, report);
	checkQuotes(sources, events, relations, options, report);
	if (input.schemaVersion === '1.0') checkUnquotedNeedsNewerVersion(events, report);
	return output;
}

/**
 * How deep an unknown field may nest. A dataset nests a few levels; a value nested thousands
 * deep could not be copied to the page, stored or exported (each of those recurses).
 */
export const MAX_UNKNOWN_FIELD_DEPTH = 32;

/** Names every object inherits ("__proto__", "constructor", "toString" …), and "prototype". */
function isReservedName(key: string): boolean {
	return key === 'prototype' || key in Object.prototype;
}

function valueAt(root: unknown, path: readonly PathKey[]): unknown {
	let value = root;
	for (const key of path) {
		if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
		value = (value as Record<PathKey, unknown>)[key];
	}
	return value;
}

function deleteAt(root: unknown, path: readonly PathKey[]) {
	const parent = valueAt(root, path.slice(0, -1));
	if (typeof parent === 'object' && parent !== null) {
		delete (parent as Record<PathKey, unknown>)[path.at(-1)!];
	}
}

/** Levels of arrays and objects in `value` (0 for a plain value), counted up to `limit` + 1. */
export function nestingDepth(value: unknown, limit: number): number {
	let deepest = 0;
	const stack: [unknown, number][] = [[value, 0]];
	while (stack.length > 0) {
		const [item, depth] = stack.pop()!;
		if (typeof item !== 'object' || item === null) continue;
		const level = depth + 1;
		if (level > deepest) deepest = level;
		if (deepest > limit) return deepest;
		for (const child of Object.values(item)) stack.push([child, level]);
	}
	return deepest;
}

type Report = (
	severity: Problem['severity'],
	code: ProblemCode,
	path: PathKey[],
	message: string
) => void;

interface References {
	sources: Set<string>;
	actors: Set<string>;
	events: Set<string>;
	/** Every id in the file and the path of the record that owns it. */
	owners: Map<string, string>;
	actorKinds: Map<string, ActorKind>;
	/** How many more unknown ids may get a "did you mean". */
	suggestionsLeft: number;
}

function finish(collector: ProblemCollector, dataset: Dataset | null): ValidationResult {
	const errors = [...collector.errors];
	if (collector.stoppedAt !== null) {
		errors.unshift({
			severity: 'error',
			code: 'structure',
			path: '$',
			message: `checking stopped at ${collector.stoppedAt}, after ${collector.errorCount.toLocaleString('en-GB')} errors: the rest of the file was not checked; fix these first`
		});
	}
	const omitted = collector.omitted;
	return {
		dataset: collector.errorCount === 0 ? dataset : null,
		errors,
		warnings: [...collector.warnings],
		...(omitted.length > 0 ? { omitted } : {})
	};
}

function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkUniqueIds(input: Record<string, unknown>, report: Report): Map<string, string> {
	const owners = new Map<string, string>();
	for (const collection of COLLECTIONS) {
		const items = input[collection];
		if (!Array.isArray(items)) continue;
		items.forEach((item, index) => {
			if (!isObject(item) || typeof item.id !== 'string') return;
			const owner = formatPath([collection, index]);
			const first = owners.get(item.id);
			if (first) {
				report(
					'error',
					'duplicate-id',
					[collection, index, 'id'],
					`duplicate id ${quoteText(item.id)}: already used by ${first}; ids must be unique across sources, actors, events and relations`
				);
			} else {
				owners.set(item.id, owner);
			}
		});
	}
	return owners;
}

const SINGULAR: Record<Collection, string> = {
	sources: 'source',
	actors: 'actor',
	events: 'event',
	relations: 'relation'
};

function checkReference(
	refs: References,
	collection: 'sources' | 'actors' | 'events',
	id: unknown,
	path: PathKey[],
	report: Report
): boolean {
	if (typeof id !== 'string' || refs[collection].has(id)) return typeof id === 'string';
	const elsewhere = refs.owners.get(id);
	// A suggestion costs a comparison with every id: only for the first few unknown ids, so a
	// file with thousands of them among 100,000 actors is still checked in moments.
	const suggest = refs.suggestionsLeft > 0;
	if (!elsewhere && suggest) refs.suggestionsLeft -= 1;
	const hint = elsewhere
		? ` (that id belongs to ${elsewhere}, which is not ${articleFor(SINGULAR[collection])})`
		: suggest
			? suggestion(id, refs[collection])
			: '';
	report('error', 'reference', path, `unknown ${SINGULAR[collection]} ${quoteText(id)}${hint}`);
	return false;
}

/** How many unknown ids get a "did you mean" (the problem list shows 50 in full). */
export const MAX_SUGGESTIONS = 50;

function articleFor(noun: string): string {
	return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

/** ", did you mean "ankara"?" when a known id is one or two edits away. */
function suggestion(id: string, known: Set<string>): string {
	let best: string | null = null;
	let bestDistance = 3;
	for (const candidate of known) {
		const distance = editDistance(id, candidate, bestDistance);
		if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
	}
	return best ? `; did you mean "${best}"?` : '';
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) >= limit) return limit;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j]! + 1,
				current[j - 1]! + 1,
				previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		}
		if (Math.min(...current) >= limit) return limit;
		previous = current;
	}
	return previous[b.length]!;
}

const MEMBER_OF_KINDS: ActorKind[] = ['state', 'igo', 'org', 'group'];

function checkActors(actors: { item: Actor; index: number }[], refs: References, report: Report) {
	const memberOf = new Map<string, string[]>();
	for (const { item: actor, index } of actors) {
		const at = (...rest: PathKey[]): PathKey[] => ['actors', index, ...rest];
		(actor.memberOf ?? []).forEach((id, i) => {
			if (!checkReference(refs, 'actors', id, at('memberOf', i), report)) return;
			const kind = refs.actorKinds.get(id);
			if (id === actor.id) {
				report(
					'error',
					'membership-cycle',
					at('memberOf', i),
					`"${id}" cannot be a member of itself`
				);
			} else if (kind && !MEMBER_OF_KINDS.includes(kind)) {
				report(
					'error',
					'reference',
					at('memberOf', i),
					`"${id}" is a ${kind}; memberOf must name a state, igo, org or group`
				);
			}
		});
		memberOf.set(actor.id, actor.memberOf ?? []);
		if (
			actor.seat !== undefined &&
			checkReference(refs, 'actors', actor.seat, at('seat'), report)
		) {
			const kind = refs.actorKinds.get(actor.seat);
			if (kind && kind !== 'venue') {
				report(
					'error',
					'reference',
					at('seat'),
					`"${actor.seat}" is a ${kind}; a seat must be a venue`
				);
			}
		}
		if (actor.coordSourceId !== undefined) {
			checkReference(refs, 'sources', actor.coordSourceId, at('coordSourceId'), report);
		}
		if ((actor.lat === undefined) !== (actor.lon === undefined)) {
			const missing = actor.lat === undefined ? 'lat' : 'lon';
			report(
				'error',
				'coordinates',
				at(missing),
				`coordinates come as a pair: "lat" and "lon" are both needed, or neither`
			);
		}
	}
	reportMembershipCycles(actors, memberOf, report);
}

function reportMembershipCycles(
	actors: { item: Actor; index: number }[],
	memberOf: Map<string, string[]>,
	report: Report
) {
	const state = new Map<string, 'visiting' | 'done'>();
	const indexOf = new Map(actors.map(({ item, index }) => [item.id, index]));
	const reported = new Set<string>();
	const visit = (id: string, trail: string[]) => {
		if (state.get(id) === 'done') return;
		if (state.get(id) === 'visiting') {
			const cycle = [...trail.slice(trail.indexOf(id)), id];
			const key = [...cycle].sort().join(' ');
			if (cycle.length > 2 && !reported.has(key)) {
				reported.add(key);
				report(
					'error',
					'membership-cycle',
					['actors', indexOf.get(id) ?? 0, 'memberOf'],
					`membership cycle: ${cycle.join(' → ')}; memberOf must lead up to a state or organisation, never back`
				);
			}
			return;
		}
		state.set(id, 'visiting');
		for (const parent of memberOf.get(id) ?? []) {
			if (parent !== id && memberOf.has(parent)) visit(parent, [...trail, id]);
		}
		state.set(id, 'done');
	};
	for (const id of memberOf.keys()) visit(id, []);
}

function checkEvents(
	events: { item: DiplomaticEvent; index: number }[],
	refs: References,
	createdAt: string | null,
	report: Report
) {
	for (const { item: event, index } of events) {
		const at = (...rest: PathKey[]): PathKey[] => ['events', index, ...rest];
		for (const role of ['sourceActors', 'targetActors', 'mediators'] as const) {
			(event[role] ?? []).forEach((id, i) =>
				checkReference(refs, 'actors', id, at(role, i), report)
			);
		}
		if (event.location) {
			checkReference(refs, 'actors', event.location.actorId, at('location', 'actorId'), report);
		}
		event.evidence.forEach((evidence, i) =>
			checkReference(refs, 'sources', evidence.sourceId, at('evidence', i, 'sourceId'), report)
		);
		(event.related ?? []).forEach((link, i) => {
			if (link.eventId === event.id) {
				report(
					'error',
					'reference',
					at('related', i, 'eventId'),
					'an event cannot be related to itself'
				);
			} else {
				checkReference(refs, 'events', link.eventId, at('related', i, 'eventId'), report);
			}
		});
		checkEventDate(event, createdAt, at, report);
	}
}

function checkEventDate(
	event: DiplomaticEvent,
	createdAt: string | null,
	at: (...rest: PathKey[]) => PathKey[],
	report: Report
) {
	const { value, earliest, latest, end, precision } = event.date;
	if (earliest > latest) {
		report(
			'error',
			'date-order',
			at('date', 'latest'),
			`the window is inverted: latest ${latest} comes before earliest ${earliest}`
		);
	} else {
		if (value < earliest || value > latest) {
			report(
				'error',
				'date-order',
				at('date', 'value'),
				`${value} lies outside its window ${earliest}..${latest}; earliest <= value <= latest`
			);
		}
		const width = windowDays(earliest, latest);
		if (width > MAX_WINDOW_DAYS[precision]) {
			report(
				'error',
				'date-window',
				at('date'),
				`the window ${earliest}..${latest} spans ${width} days, more than precision "${precision}" allows (${MAX_WINDOW_DAYS[precision]}); widen the precision or use "range"`
			);
		}
	}
	if (end !== undefined && end < value) {
		report('error', 'date-order', at('date', 'end'), `end ${end} comes before the start ${value}`);
	}
	// Only an event whose whole window is after the day the dataset was made: a month or a range
	// may run past it, and dates are the venue's, a day ahead of the extractor's at most.
	if (
		createdAt &&
		event.status === 'occurred' &&
		daysBetween(createdAt, earliest) > TIME_ZONE_DAYS
	) {
		report(
			'error',
			'future-occurrence',
			at('date', 'earliest'),
			`an "occurred" event cannot have happened ${formatDay(earliest)} or later, after the dataset was made (meta.createdAt ${formatDay(createdAt)}); use "planned" or "tentative", or fix the date`
		);
	}
	// Plans, postponements and cancellations are announced before their day; only what is
	// reported as having happened cannot be reported before it could have happened.
	if (
		event.reportedAt !== undefined &&
		HAPPENED_STATUSES.has(event.status) &&
		daysBetween(earliest, event.reportedAt) < -TIME_ZONE_DAYS
	) {
		report(
			'error',
			'date-order',
			at('reportedAt'),
			`an "${event.status}" event is reported on ${event.reportedAt}, before the earliest day it can have happened (${earliest}); if it was announced in advance, its status is "planned", "tentative", "postponed" or "cancelled"`
		);
	}
}

const HAPPENED_STATUSES: ReadonlySet<string> = new Set(['occurred', 'reported', 'claimed']);

/**
 * Dates are written in the place's time zone, a report or an extraction in another: the same
 * moment can be a day apart in the two. So a day's difference is not taken as an impossibility.
 */
const TIME_ZONE_DAYS = 1;

function checkRelations(
	relations: { item: Relation; index: number }[],
	refs: References,
	report: Report
) {
	for (const { item: relation, index } of relations) {
		const at = (...rest: PathKey[]): PathKey[] => ['relations', index, ...rest];
		checkReference(refs, 'actors', relation.from, at('from'), report);
		relation.to.forEach((id, i) => checkReference(refs, 'actors', id, at('to', i), report));
		(relation.eventIds ?? []).forEach((id, i) =>
			checkReference(refs, 'events', id, at('eventIds', i), report)
		);
		relation.evidence.forEach((evidence, i) =>
			checkReference(refs, 'sources', evidence.sourceId, at('evidence', i, 'sourceId'), report)
		);
		if (relation.validFrom && relation.validTo && relation.validTo < relation.validFrom) {
			report(
				'error',
				'date-order',
				at('validTo'),
				`validTo ${relation.validTo} comes before validFrom ${relation.validFrom}`
			);
		}
	}
}

function checkCoverage(
	meta: Record<string, unknown>,
	events: { item: DiplomaticEvent; index: number }[],
	report: Report
) {
	const coverage = meta.coverage;
	if (
		!isObject(coverage) ||
		typeof coverage.earliest !== 'string' ||
		typeof coverage.latest !== 'string'
	)
		return;
	const { earliest, latest } = coverage;
	if (earliest > latest) {
		report(
			'error',
			'date-order',
			['meta', 'coverage', 'latest'],
			`the coverage is inverted: latest ${latest} comes before earliest ${earliest}`
		);
		return;
	}
	for (const { item: event, index } of events) {
		if (event.date.earliest < earliest || event.date.latest > latest) {
			report(
				'warning',
				'date-window',
				['events', index, 'date'],
				`the window ${event.date.earliest}..${event.date.latest} reaches outside meta.coverage ${earliest}..${latest}`
			);
		}
	}
}

function checkQuotes(
	sources: { item: Source; index: number }[],
	events: { item: DiplomaticEvent; index: number }[],
	relations: { item: Relation; index: number }[],
	options: ValidateOptions,
	report: Report
) {
	const folded = new Map<string, { text: FoldedText; path: string }>();
	for (const { item: source, index } of sources) {
		if (source.text === undefined) continue;
		const text = options.sourceTexts?.get(source.text);
		if (text === undefined) {
			const severity = options.missingSourceText ?? 'error';
			report(
				severity,
				'source-text-missing',
				['sources', index, 'text'],
				`the stored text ${quoteText(source.text, 200)} could not be read, so quotes from "${source.id}" ${severity === 'error' ? 'cannot be checked' : 'were not checked'}`
			);
			continue;
		}
		folded.set(source.id, { text: foldForQuotes(text), path: source.text });
	}
	const checkEvidence = (evidence: (Evidence | EventEvidence)[], base: PathKey[]) =>
		evidence.forEach((item, i) => {
			const source = folded.get(item.sourceId);
			if (item.quote === undefined) return;
			if (source && !locateQuote(source.text, item.quote)) {
				report(
					'error',
					'quote-not-in-source',
					[...base, 'evidence', i, 'quote'],
					`not found verbatim in the text of source "${item.sourceId}" (${isolateBidi(truncateText(source.path, 200))}); quote its words exactly (white space, curly or straight quotes and dashes may differ, and "[…]" may leave words out)`
				);
			}
		});
	for (const { item, index } of events) checkEvidence(item.evidence, ['events', index]);
	for (const { item, index } of relations) checkEvidence(item.evidence, ['relations', index]);
}

/** Evidence without a verbatim quote is new in format 1.1; a 1.0 file cannot say it. */
function checkUnquotedNeedsNewerVersion(
	events: { item: DiplomaticEvent; index: number }[],
	report: Report
) {
	for (const { item, index } of events) {
		item.evidence.forEach((evidence, i) => {
			if (evidence.unquoted === undefined) return;
			report(
				'error',
				'structure',
				['events', index, 'evidence', i, 'unquoted'],
				'evidence without a verbatim quote is part of dataset format 1.1; set schemaVersion to "1.1"'
			);
		});
	}
}
