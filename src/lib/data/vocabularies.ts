/**
 * The fixed lists and length caps of the Parley dataset format 1.1 (dataset-format.md, README). Plain
 * constants, apart from the valibot schema that checks them, so that views can use them without
 * loading the validator.
 */
export const FORMAT_VERSION = '1.1';

/** Versions this Parley opens: 1.1 adds evidence without a verbatim quote; 1.0 files open as before. */
export const SUPPORTED_FORMAT_VERSIONS = ['1.0', '1.1'] as const;

/**
 * Why an evidence entry has no verbatim quote (format 1.1): the event comes from a format that
 * codes events in its own words (ACLED notes, a TimelineJS story), so the summary is a coded
 * summary from the named source, not a quote of it.
 */
export const UNQUOTED_REASONS = ['coded-summary'] as const;

/** Length caps from the format document, by kind of text. */
export const LIMITS = {
	id: 64,
	name: 200,
	summary: 600,
	quote: 400,
	note: 1000,
	url: 2048,
	short: 100
} as const;

export const PRECISIONS = ['day', 'week', 'month', 'year', 'range'] as const;
export const STATUSES = [
	'occurred',
	'planned',
	'tentative',
	'postponed',
	'cancelled',
	'reported',
	'claimed'
] as const;
export const PLOVER_CATEGORIES = [
	'AGREE',
	'CONSULT',
	'SUPPORT',
	'CONCEDE',
	'COOPERATE',
	'AID',
	'RETREAT',
	'REQUEST',
	'ACCUSE',
	'REJECT',
	'THREATEN',
	'PROTEST',
	'SANCTION',
	'MOBILIZE',
	'COERCE',
	'ASSAULT'
] as const;
export const ACTOR_KINDS = ['state', 'person', 'org', 'igo', 'venue', 'group'] as const;
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low'] as const;
export const SOURCE_TYPES = [
	'official',
	'state_media',
	'wire',
	'outlet',
	'aggregator',
	'blog',
	'reference',
	'unknown'
] as const;
export const EVENT_RELATIONS = [
	'follows',
	'responds_to',
	'reschedules',
	'cancels',
	'contradicts',
	'same_as'
] as const;
export const RELATION_TYPES = [
	'mediates',
	'hosts',
	'carries_message',
	'supports',
	'co_sponsors',
	'consults'
] as const;
export const COORD_PRECISIONS = ['site', 'city', 'region', 'country'] as const;
