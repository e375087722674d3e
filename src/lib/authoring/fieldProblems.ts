/**
 * The loader's problems, placed next to the form field they are about: `events[3].date.earliest`
 * belongs to the "Earliest" field of event 3.
 */
import type { Problem } from '$lib/data/validation/validateDataset';
import type { DraftCollection } from './draft';

/** The fields of the event form, as the form names them. */
export type EventField =
	| 'summary'
	| 'date'
	| 'precision'
	| 'earliest'
	| 'latest'
	| 'end'
	| 'dateNote'
	| 'timezone'
	| 'status'
	| 'reportedAt'
	| 'sourceActors'
	| 'targetActors'
	| 'mediators'
	| 'location'
	| 'category'
	| 'quote'
	| 'confidence'
	| 'confidenceNote'
	| 'related'
	| 'tags';

const EVENT_DATE_FIELDS: Record<string, EventField> = {
	value: 'date',
	precision: 'precision',
	earliest: 'earliest',
	latest: 'latest',
	end: 'end',
	note: 'dateNote',
	timezone: 'timezone'
};

export interface PlacedProblem {
	collection: DraftCollection | 'meta';
	index: number;
	/** The form field, or "record" for a problem with the whole record. */
	field: string;
	problem: Problem;
}

const PATH = /^(events|actors|sources)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?(?:\.(\w+))?)?/;

/** Where a problem goes in the forms; null for problems outside events, actors and sources. */
export function placeProblem(problem: Problem): PlacedProblem | null {
	if (problem.path.startsWith('meta')) {
		const field = /^meta\.(\w+)/.exec(problem.path)?.[1] ?? 'record';
		return { collection: 'meta', index: 0, field, problem };
	}
	const match = PATH.exec(problem.path);
	if (!match) return null;
	const collection = match[1] as DraftCollection;
	const index = Number(match[2]);
	const key = match[3];
	const sub = match[5];
	let field: string = key ?? 'record';
	if (collection === 'events' && key) {
		if (key === 'date') field = sub ? (EVENT_DATE_FIELDS[sub] ?? 'date') : 'precision';
		else if (key === 'type') field = 'category';
		else if (key === 'evidence') field = 'quote';
		else if (key === 'note') field = 'dateNote';
	}
	if (collection === 'actors' && (key === 'lat' || key === 'lon')) field = 'coordinates';
	return { collection, index, field, problem };
}

/** The problems of one record, by field. */
export function problemsByField(
	problems: readonly Problem[],
	collection: DraftCollection,
	index: number
): Map<string, Problem[]> {
	const byField = new Map<string, Problem[]>();
	for (const problem of problems) {
		const placed = placeProblem(problem);
		if (!placed || placed.collection !== collection || placed.index !== index) continue;
		byField.set(placed.field, [...(byField.get(placed.field) ?? []), problem]);
	}
	return byField;
}
