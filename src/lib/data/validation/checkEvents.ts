/**
 * The rules on events and relations: references, date windows that fit their precision, and
 * dates that real reporting can have (plans are announced before their day; what happened is not
 * reported before it could have happened).
 */
import { daysBetween, formatDay, MAX_WINDOW_DAYS, windowDays } from '../time/dates';
import type { PathKey } from './jsonPath';
import type { Report } from './problems';
import type { DiplomaticEvent, Relation } from '../schema';
import { checkReference, isObject, type References } from './references';

export function checkEvents(
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

export function checkRelations(
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

export function checkCoverage(
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
