/**
 * The loader's checks: the schema's structural rules, then every rule that needs the whole
 * file (ids, references, membership cycles, date windows, quotes in their stored source; see
 * validation/). Every problem is counted, each with the JSON path of the value at fault; the
 * first ones are kept in full (see problemCollector.ts).
 */
import { quoteText } from '../text/bidi';
import { isCalendarDay } from '../time/calendar';
import type { PathKey } from './jsonPath';
import { checkStructure } from './checkStructure';
import { CheckingStopped, ProblemCollector, type CollectorLimits } from './problemCollector';
import type { Report, ValidationResult } from './problems';
import { collectUnknownFields, MAX_UNKNOWN_TEXT, overlongText } from './unknownFields';
import { findIllFormedText } from '../text/illFormedText';
import {
	DatasetSchema,
	describeValue,
	type Actor,
	type Dataset,
	type DiplomaticEvent,
	type Relation,
	type Source
} from '../schema';
import { checkActors } from './checkActors';
import { checkCoverage, checkEvents, checkRelations } from './checkEvents';
import { checkQuotes, checkUnquotedNeedsNewerVersion, type QuoteCheckOptions } from './checkQuotes';
import {
	checkReference,
	checkUniqueIds,
	isObject,
	MAX_SUGGESTIONS,
	type Collection,
	type References
} from './references';

export type { Problem, ProblemCode, ValidationResult } from './problems';

export interface ValidateOptions extends QuoteCheckOptions {
	/** How many problems are kept in full, and after how many errors checking stops. */
	limits?: CollectorLimits;
}

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
