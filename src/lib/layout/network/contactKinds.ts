/**
 * The one pinned table that turns an event's CAMEO code (or, failing that, its PLOVER
 * category) into the kind of contact the network draws. Every view and test reads it here.
 */
import type { DiplomaticEvent, EventStatus, Relation } from '../../data/schema';

/** Contacts derived from events, in legend order. */
export const CONTACT_KINDS = [
	'meeting',
	'consultation',
	'visit',
	'mediation',
	'statement',
	'pressure',
	'other'
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Every kind of edge: contacts, plus a host's link to the meeting it hosts and membership. */
export const EDGE_KINDS = [...CONTACT_KINDS, 'hosting', 'membership'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
	meeting: 'Meeting or talks',
	consultation: 'Phone call or consultation',
	visit: 'Visit',
	mediation: 'Mediation or message carried',
	statement: 'Statement aimed at',
	pressure: 'Military pressure or coercion',
	other: 'Other cooperation',
	hosting: 'Hosts the meeting',
	membership: 'Member of'
};

/**
 * CAMEO codes, most specific prefix first: a 3- or 4-digit code matches the longest prefix
 * listed. Roots: 01–03 and 10–14 are words, 04 is contact, 15–20 force and coercion.
 */
const CAMEO_TABLE: readonly (readonly [prefix: string, kind: ContactKind])[] = [
	['039', 'mediation'], // express intent to mediate
	['040', 'consultation'], // consult
	['041', 'consultation'], // discuss by telephone
	['042', 'visit'], // make a visit
	['043', 'visit'], // host a visit
	['044', 'meeting'], // meet at a third location
	['045', 'mediation'], // mediate
	['046', 'meeting'], // engage in negotiation
	['057', 'meeting'], // sign a formal agreement
	['01', 'statement'],
	['02', 'statement'],
	['03', 'statement'],
	['04', 'consultation'],
	['05', 'statement'],
	['06', 'other'],
	['07', 'other'],
	['08', 'other'],
	['09', 'statement'],
	['10', 'statement'],
	['11', 'statement'],
	['12', 'statement'],
	['13', 'statement'],
	['14', 'statement'],
	['15', 'pressure'],
	['16', 'pressure'],
	['17', 'pressure'],
	['18', 'pressure'],
	['19', 'pressure'],
	['20', 'pressure']
];

/** Used when the CAMEO code is not in the table. */
const PLOVER_TABLE: Record<NonNullable<DiplomaticEvent['type']['plover']>, ContactKind> = {
	AGREE: 'statement',
	CONSULT: 'consultation',
	SUPPORT: 'statement',
	CONCEDE: 'statement',
	COOPERATE: 'other',
	AID: 'other',
	RETREAT: 'other',
	REQUEST: 'statement',
	ACCUSE: 'statement',
	REJECT: 'statement',
	THREATEN: 'statement',
	PROTEST: 'statement',
	SANCTION: 'pressure',
	MOBILIZE: 'pressure',
	COERCE: 'pressure',
	ASSAULT: 'pressure'
};

export function contactKindOf(type: DiplomaticEvent['type']): ContactKind {
	const match = CAMEO_TABLE.find(([prefix]) => type.cameo.startsWith(prefix));
	if (match) return match[1];
	return type.plover ? PLOVER_TABLE[type.plover] : 'other';
}

/** Standing relations, drawn as the contact they describe. */
export const RELATION_KINDS: Record<Relation['type'], EdgeKind> = {
	mediates: 'mediation',
	carries_message: 'mediation',
	hosts: 'hosting',
	consults: 'consultation',
	supports: 'other',
	co_sponsors: 'other'
};

/** Contacts a venue can host: a host links to these, not to statements or force. */
export const HOSTABLE_KINDS: ReadonlySet<ContactKind> = new Set([
	'meeting',
	'consultation',
	'visit',
	'mediation'
]);

/** How an edge is stroked: what happened is solid, what is expected dashed, what was called off dotted. */
export type EdgeStatus = 'happened' | 'expected' | 'called-off';

export const EDGE_STATUS_OF: Record<EventStatus, EdgeStatus> = {
	occurred: 'happened',
	reported: 'happened',
	claimed: 'happened',
	planned: 'expected',
	tentative: 'expected',
	postponed: 'called-off',
	cancelled: 'called-off'
};

export const EDGE_STATUS_LABELS: Record<EdgeStatus, string> = {
	happened: 'Happened (occurred, reported or claimed)',
	expected: 'Planned or tentative',
	'called-off': 'Postponed or cancelled'
};
