/**
 * The Parley dataset format (1.1, reading 1.0 too) as one valibot schema: the single source of truth for the
 * TypeScript types, the structural runtime checks and the generated JSON Schema
 * (`data/schema.json`). Cross-record rules (references, date windows, quotes in their
 * source) need the whole file and live in `validateDataset.ts`.
 */
import * as v from 'valibot';
import { quoteText } from './text/bidi';
import { isCalendarDay } from './time/calendar';
import {
	FORMAT_VERSION,
	SUPPORTED_FORMAT_VERSIONS,
	UNQUOTED_REASONS,
	LIMITS,
	PRECISIONS,
	STATUSES,
	PLOVER_CATEGORIES,
	ACTOR_KINDS,
	CONFIDENCE_LEVELS,
	SOURCE_TYPES,
	EVENT_RELATIONS,
	RELATION_TYPES,
	COORD_PRECISIONS
} from './vocabularies';
import { plural } from './text/plural';

// The format's fixed lists and caps live apart from the schema, so views can use them without
// loading the validator; they are re-exported here for everything that reads the format.
export * from './vocabularies';

const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** C0 and C1 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/u;

const received = (issue: v.BaseIssue<unknown>) =>
	typeof issue.input === 'string' ? quoteText(issue.input) : describeValue(issue.input);

/** A short human description of a JSON value, for messages. */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string') return `the text ${quoteText(value)}`;
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'undefined') return 'nothing';
	return `the ${typeof value} ${String(value)}`;
}

const stringType = /* @__PURE__ */ v.string(
	(issue) => `must be text, not ${describeValue(issue.input)}`
);

/** Plain text of at most `max` characters, free of control characters. */
function text(max: number, what = 'text') {
	return v.pipe(
		stringType,
		v.regex(NO_CONTROL_CHARACTERS, 'contains a control character; remove it'),
		v.maxLength(
			max,
			(issue) => `${what} is ${(issue.input as string).length} characters long; the limit is ${max}`
		)
	);
}

/** Required, non-empty plain text. */
function requiredText(max: number, what = 'text') {
	return v.pipe(
		text(max, what),
		v.minLength(1, 'must not be empty'),
		v.check((value) => value.trim().length > 0, 'must not be blank')
	);
}

export const IdSchema = /* @__PURE__ */ v.pipe(
	stringType,
	v.regex(
		ID_PATTERN,
		(issue) =>
			`${received(issue)} is not a valid id: use 1–64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit`
	),
	v.description('Lowercase id, unique across the whole file')
);

export const IsoDateSchema = /* @__PURE__ */ v.pipe(
	stringType,
	v.isoDate((issue) => `${received(issue)} is not a date in the form YYYY-MM-DD`),
	v.check(isCalendarDay, (issue) => `${received(issue)} is not a real calendar day`),
	v.description('A calendar day, YYYY-MM-DD')
);

export const HttpUrlSchema = /* @__PURE__ */ v.pipe(
	stringType,
	v.maxLength(LIMITS.url, `a URL may be at most ${LIMITS.url} characters long`),
	v.regex(/^https?:\/\//i, (issue) => `${received(issue)} is not an http(s) URL`),
	v.url((issue) => `${received(issue)} is not a valid URL`)
);

function choice<const T extends readonly [string, ...string[]]>(options: T) {
	return v.picklist(
		options,
		(issue) => `must be one of ${options.map((o) => `"${o}"`).join(', ')}, not ${received(issue)}`
	);
}

function list<T extends v.GenericSchema>(item: T, min = 0) {
	const array = v.array(item, (issue) => `must be a list, not ${describeValue(issue.input)}`);
	return min > 0
		? v.pipe(array, v.minLength(min, `needs at least ${plural(min, 'entry', 'entries')}`))
		: array;
}

/** Unknown fields are allowed through (and reported as warnings by the validator). */
function record<T extends v.ObjectEntries>(entries: T) {
	// valibot reports a missing key through its object's message, with no input.
	return v.looseObject(entries, (issue) =>
		issue.input === undefined
			? 'is required'
			: `must be an object, not ${describeValue(issue.input)}`
	);
}

const EvidenceSchema = /* @__PURE__ */ record({
	sourceId: IdSchema,
	quote: requiredText(LIMITS.quote, 'the quote')
});

/**
 * An event's evidence: a verbatim quote, or (format 1.1) `"unquoted": "coded-summary"` when the
 * source gives no sentence to quote and the summary is that source's coding in other words.
 */
const EventEvidenceSchema = /* @__PURE__ */ v.pipe(
	record({
		sourceId: IdSchema,
		quote: v.optional(requiredText(LIMITS.quote, 'the quote')),
		unquoted: v.optional(choice(UNQUOTED_REASONS))
	}),
	v.forward(
		v.check(
			(item) => item.quote !== undefined || item.unquoted !== undefined,
			'is required (from format 1.1, evidence without a verbatim quote says "unquoted": "coded-summary" instead)'
		),
		['quote']
	),
	v.forward(
		v.check(
			(item) => item.quote === undefined || item.unquoted === undefined,
			'a quote and "unquoted" together contradict each other; keep one'
		),
		['unquoted']
	)
);

const CodebookSchema = /* @__PURE__ */ record({
	id: choice(['CAMEO', 'PLOVER']),
	version: requiredText(LIMITS.short),
	url: v.optional(HttpUrlSchema)
});

export const MetaSchema = /* @__PURE__ */ record({
	id: v.optional(IdSchema),
	title: requiredText(LIMITS.name, 'the title'),
	description: v.optional(text(LIMITS.note, 'the description')),
	language: v.optional(
		v.pipe(
			stringType,
			v.regex(
				/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/,
				(issue) => `${received(issue)} is not a BCP-47 language tag such as "en" or "pt-BR"`
			)
		)
	),
	createdAt: IsoDateSchema,
	extractedBy: requiredText(LIMITS.name),
	license: requiredText(LIMITS.name),
	codebooks: v.optional(list(CodebookSchema)),
	primarySourceIds: v.optional(list(IdSchema)),
	conventions: v.optional(text(LIMITS.note, 'the conventions')),
	coverage: v.optional(record({ earliest: IsoDateSchema, latest: IsoDateSchema }))
});

export const SourceSchema = /* @__PURE__ */ record({
	id: IdSchema,
	url: HttpUrlSchema,
	outlet: requiredText(LIMITS.name, 'the outlet'),
	title: v.optional(text(LIMITS.name, 'the title')),
	// Unknown is null; a file that leaves the field out means the same (the loader says so).
	publishedAt: v.optional(v.nullable(IsoDateSchema), null),
	publishedAtNote: v.optional(text(LIMITS.note, 'the note')),
	accessedAt: IsoDateSchema,
	sourceType: v.optional(choice(SOURCE_TYPES)),
	text: v.optional(
		v.pipe(
			requiredText(LIMITS.name),
			v.check(
				(path) => !path.startsWith('/') && !path.split(/[\\/]/).includes('..'),
				'must be a path inside the dataset folder (no leading "/" and no "..")'
			)
		)
	),
	notes: v.optional(text(LIMITS.note, 'the note'))
});

const latitude = /* @__PURE__ */ v.pipe(
	v.number((issue) => `must be a number, not ${describeValue(issue.input)}`),
	v.minValue(-90, (issue) => `latitude ${String(issue.input)} is out of range (-90 to 90)`),
	v.maxValue(90, (issue) => `latitude ${String(issue.input)} is out of range (-90 to 90)`)
);
const longitude = /* @__PURE__ */ v.pipe(
	v.number((issue) => `must be a number, not ${describeValue(issue.input)}`),
	v.minValue(-180, (issue) => `longitude ${String(issue.input)} is out of range (-180 to 180)`),
	v.maxValue(180, (issue) => `longitude ${String(issue.input)} is out of range (-180 to 180)`)
);

export const ActorSchema = /* @__PURE__ */ record({
	id: IdSchema,
	name: requiredText(LIMITS.name, 'the name'),
	aliases: v.optional(list(requiredText(LIMITS.name, 'the alias'))),
	kind: choice(ACTOR_KINDS),
	countryCode: v.optional(
		v.pipe(
			stringType,
			v.regex(
				/^[A-Z]{3}$/,
				(issue) => `${received(issue)} is not an ISO 3166-1 alpha-3 code such as "TUR"`
			)
		)
	),
	sector: v.optional(text(LIMITS.short)),
	role: v.optional(text(LIMITS.name, 'the role')),
	memberOf: v.optional(list(IdSchema)),
	seat: v.optional(IdSchema),
	lat: v.optional(latitude),
	lon: v.optional(longitude),
	coordPrecision: v.optional(choice(COORD_PRECISIONS)),
	coordSourceId: v.optional(IdSchema),
	wikidata: v.optional(
		v.pipe(
			stringType,
			v.maxLength(
				LIMITS.id,
				(issue) =>
					`the Wikidata id is ${(issue.input as string).length} characters long; the limit is ${LIMITS.id}`
			),
			v.regex(/^Q[1-9]\d*$/, (issue) => `${received(issue)} is not a Wikidata id such as "Q43"`)
		)
	),
	notes: v.optional(text(LIMITS.note, 'the note'))
});

/** Zones already asked about: building an Intl.DateTimeFormat is slow, and files repeat zones. */
const knownTimeZones = new Map<string, boolean>();

function isTimeZone(zone: string): boolean {
	let known = knownTimeZones.get(zone);
	if (known === undefined) {
		try {
			new Intl.DateTimeFormat('en', { timeZone: zone });
			known = true;
		} catch {
			known = false;
		}
		if (knownTimeZones.size < 1000) knownTimeZones.set(zone, known);
	}
	return known;
}

export const EventDateSchema = /* @__PURE__ */ record({
	value: IsoDateSchema,
	precision: choice(PRECISIONS),
	earliest: IsoDateSchema,
	latest: IsoDateSchema,
	end: v.optional(IsoDateSchema),
	timezone: v.optional(
		v.pipe(
			stringType,
			v.check(
				isTimeZone,
				(issue) => `${received(issue)} is not an IANA time zone such as "Europe/Istanbul"`
			)
		)
	),
	note: v.optional(text(LIMITS.note, 'the note'))
});

export const EventSchema = /* @__PURE__ */ record({
	id: IdSchema,
	date: EventDateSchema,
	status: choice(STATUSES),
	reportedAt: v.optional(IsoDateSchema),
	type: record({
		cameo: v.pipe(
			stringType,
			v.regex(/^\d{2,4}$/, (issue) => `${received(issue)} is not a CAMEO code (2 to 4 digits)`)
		),
		cameoLabel: requiredText(LIMITS.name, 'the label'),
		plover: v.nullable(choice(PLOVER_CATEGORIES)),
		ploverMode: v.optional(text(LIMITS.short))
	}),
	sourceActors: list(IdSchema, 1),
	targetActors: list(IdSchema),
	mediators: v.optional(list(IdSchema)),
	location: v.optional(record({ actorId: IdSchema })),
	summary: requiredText(LIMITS.summary, 'the summary'),
	evidence: list(EventEvidenceSchema, 1),
	confidence: choice(CONFIDENCE_LEVELS),
	confidenceNote: v.optional(text(LIMITS.note, 'the note')),
	related: v.optional(list(record({ eventId: IdSchema, relation: choice(EVENT_RELATIONS) }))),
	tags: v.optional(list(requiredText(LIMITS.short, 'the tag')))
});

export const RelationSchema = /* @__PURE__ */ record({
	id: IdSchema,
	type: choice(RELATION_TYPES),
	from: IdSchema,
	to: list(IdSchema, 1),
	validFrom: v.optional(IsoDateSchema),
	validTo: v.optional(IsoDateSchema),
	eventIds: v.optional(list(IdSchema)),
	evidence: list(EvidenceSchema, 1),
	notes: v.optional(text(LIMITS.note, 'the note'))
});

export const DatasetSchema = /* @__PURE__ */ v.pipe(
	record({
		$schema: v.optional(v.pipe(stringType, v.maxLength(LIMITS.url))),
		schemaVersion: v.picklist(
			SUPPORTED_FORMAT_VERSIONS,
			(issue) =>
				`must be ${SUPPORTED_FORMAT_VERSIONS.map((version) => `"${version}"`).join(' or ')} (this Parley reads dataset format ${SUPPORTED_FORMAT_VERSIONS.join(' and ')}), not ${received(issue)}`
		),
		meta: MetaSchema,
		sources: list(SourceSchema),
		actors: list(ActorSchema),
		events: list(EventSchema),
		relations: v.optional(list(RelationSchema))
	}),
	v.title('Parley dataset'),
	v.description(
		`A sourced diplomatic event dataset in Parley dataset format ${FORMAT_VERSION} (1.0 files are read too; see the README).`
	)
);

export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type DatasetMeta = v.InferOutput<typeof MetaSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Actor = v.InferOutput<typeof ActorSchema>;
export type DiplomaticEvent = v.InferOutput<typeof EventSchema>;
export type EventDate = v.InferOutput<typeof EventDateSchema>;
export type Relation = v.InferOutput<typeof RelationSchema>;
/** A relation's evidence: always a verbatim quote. */
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
/** An event's evidence: a verbatim quote, or (format 1.1) a coded summary without one. */
export type EventEvidence = v.InferOutput<typeof EventEvidenceSchema>;
export type Precision = (typeof PRECISIONS)[number];
export type EventStatus = (typeof STATUSES)[number];
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type EventRelation = (typeof EVENT_RELATIONS)[number];
