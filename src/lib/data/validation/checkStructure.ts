/**
 * The schema's structural rules, run record by record: the top of the file (meta and the
 * lists themselves) first, then each source, actor, event and relation on its own. Each
 * problem is reported as soon as it is found, so whoever collects them can count without
 * keeping, and stop a hopeless file early.
 */
import * as v from 'valibot';
import type { PathKey } from './jsonPath';
import {
	ActorSchema,
	DatasetSchema,
	EventSchema,
	RelationSchema,
	SourceSchema,
	type Dataset
} from '../schema';
import type { Problem, ProblemCode } from './problems';

type Report = (
	severity: Problem['severity'],
	code: ProblemCode,
	path: PathKey[],
	message: string
) => void;

const ITEM_SCHEMAS = {
	sources: SourceSchema,
	actors: ActorSchema,
	events: EventSchema,
	relations: RelationSchema
} as const;

type Collection = keyof typeof ITEM_SCHEMAS;

const reportIssues = (issues: readonly v.BaseIssue<unknown>[], base: PathKey[], report: Report) => {
	for (const issue of issues) {
		const path = (issue.path ?? []).map((item) => item.key as PathKey);
		report('error', 'structure', [...base, ...path], issue.message);
	}
};

/**
 * Checks `input` against the dataset schema; returns its typed copy when there is no
 * structural error, null otherwise. `onInvalid` is told each record that failed.
 */
export function checkStructure(
	input: Record<string, unknown>,
	report: Report,
	onInvalid: (collection: Collection, index: number) => void
): Dataset | null {
	const lists: [Collection, unknown[]][] = [];
	const top: Record<string, unknown> = { ...input };
	for (const collection of Object.keys(ITEM_SCHEMAS) as Collection[]) {
		const items = input[collection];
		if (Array.isArray(items)) {
			lists.push([collection, items]);
			top[collection] = [];
		}
	}
	const parsed = v.safeParse(DatasetSchema, top, { abortEarly: false });
	reportIssues(parsed.issues ?? [], [], report);
	const output = parsed.success ? (parsed.output as Record<string, unknown>) : null;
	let valid = parsed.success;
	for (const [collection, items] of lists) {
		const schema = ITEM_SCHEMAS[collection] as v.GenericSchema;
		const checked: unknown[] = [];
		for (let index = 0; index < items.length; index++) {
			const item = v.safeParse(schema, items[index], { abortEarly: false });
			if (item.success) {
				checked.push(item.output);
			} else {
				valid = false;
				onInvalid(collection, index);
				reportIssues(item.issues, [collection, index], report);
			}
		}
		if (output) output[collection] = checked;
	}
	return valid ? (output as Dataset) : null;
}
