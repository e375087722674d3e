/**
 * Ids and the references between records: every id unique across the file, every reference
 * naming a record of the right collection, with a "did you mean" for the first few unknown ids.
 */
import { quoteText } from '../text/bidi';
import { formatPath, type PathKey } from './jsonPath';
import type { Report } from './problems';
import type { ActorKind } from '../schema';

export type Collection = 'sources' | 'actors' | 'events' | 'relations';
export const COLLECTIONS: Collection[] = ['sources', 'actors', 'events', 'relations'];

export interface References {
	sources: Set<string>;
	actors: Set<string>;
	events: Set<string>;
	/** Every id in the file and the path of the record that owns it. */
	owners: Map<string, string>;
	actorKinds: Map<string, ActorKind>;
	/** How many more unknown ids may get a "did you mean". */
	suggestionsLeft: number;
}

export function isObject(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkUniqueIds(
	input: Record<string, unknown>,
	report: Report
): Map<string, string> {
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

export function checkReference(
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
