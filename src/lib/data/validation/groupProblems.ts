/**
 * Problems grouped by kind and capped, so a file with ten thousand errors stays readable:
 * the first `limit` problems in full (errors before warnings), then only counts by kind.
 */
import type { Problem, ProblemCode, ProblemTally } from './problems';

/** The default number of problems listed in full. */
export const PROBLEMS_SHOWN_IN_FULL = 50;

/** What each kind of problem is called in a heading, and what generally fixes it. */
export const PROBLEM_KINDS: Record<ProblemCode, { label: string; fix: string }> = {
	file: { label: 'File', fix: 'Pick a .json dataset, or an events CSV and an actors CSV.' },
	url: {
		label: 'Address',
		fix: 'Check the address, or download the file and open it from your computer.'
	},
	csv: { label: 'Spreadsheet layout', fix: 'Compare the header and rows with the templates.' },
	json: { label: 'JSON syntax', fix: 'Fix the text at the line and column given.' },
	structure: {
		label: 'Missing or malformed values',
		fix: 'Each value must have the type and form the dataset format asks for.'
	},
	'unknown-field': { label: 'Unknown fields', fix: 'Kept but not used; check the spelling.' },
	'duplicate-id': { label: 'Duplicate ids', fix: 'Give every record its own id.' },
	reference: {
		label: 'References to unknown ids',
		fix: 'Every actor, source or event id used must exist in the file.'
	},
	'membership-cycle': {
		label: 'Membership cycles',
		fix: 'memberOf must lead up to a state or organisation, never back.'
	},
	'date-window': {
		label: 'Date windows too wide',
		fix: 'Widen the precision or narrow earliest..latest.'
	},
	'date-order': { label: 'Dates out of order', fix: 'Keep earliest <= value <= latest <= end.' },
	'future-occurrence': {
		label: '“Occurred” events after the dataset was made',
		fix: 'Use planned or tentative, or fix the date.'
	},
	coordinates: { label: 'Coordinates', fix: 'Give lat and lon together, within range.' },
	'quote-not-in-source': {
		label: 'Quotes not found in their source',
		fix: 'Quote the stored text word for word.'
	},
	'source-text-missing': {
		label: 'Source texts not provided',
		fix: 'Pick the .txt files together with the dataset to check its quotes.'
	}
};

export interface ProblemGroup {
	code: ProblemCode;
	severity: Problem['severity'];
	label: string;
	fix: string;
	/** How many problems of this kind there are in all. */
	total: number;
	/** Those listed in full (may be fewer than `total`, or none). */
	shown: Problem[];
}

export interface GroupedProblems {
	groups: ProblemGroup[];
	total: number;
	/** How many are counted but not listed. */
	hidden: number;
}

/**
 * Groups problems by severity and kind, in the order each kind first appears (errors first),
 * and lists the first `limit` of them in full. `omitted` are problems the loader counted but
 * did not keep (see problemCollector.ts): they add to their kind's total.
 */
export function groupProblems(
	problems: readonly Problem[],
	limit = PROBLEMS_SHOWN_IN_FULL,
	omitted: readonly ProblemTally[] = []
): GroupedProblems {
	const groups = new Map<string, ProblemGroup & { all: Problem[] }>();
	const ordered = [
		...problems.filter((p) => p.severity === 'error'),
		...problems.filter((p) => p.severity !== 'error')
	];
	const groupOf = ({ severity, code }: { severity: Problem['severity']; code: ProblemCode }) => {
		const key = `${severity} ${code}`;
		let group = groups.get(key);
		if (!group) {
			const kind = PROBLEM_KINDS[code] ?? { label: code, fix: '' };
			group = { code, severity, label: kind.label, fix: kind.fix, total: 0, shown: [], all: [] };
			groups.set(key, group);
		}
		return group;
	};
	for (const problem of ordered) {
		const group = groupOf(problem);
		group.total += 1;
		group.all.push(problem);
	}
	const errorsFirst = [
		...omitted.filter((t) => t.severity === 'error'),
		...omitted.filter((t) => t.severity !== 'error')
	];
	for (const tally of errorsFirst) groupOf(tally).total += tally.count;
	let budget = Math.max(0, limit);
	const result: ProblemGroup[] = [];
	for (const { all, ...group } of groups.values()) {
		const shown = all.slice(0, budget);
		budget -= shown.length;
		result.push({ ...group, shown });
	}
	const total = problems.length + omitted.reduce((sum, tally) => sum + tally.count, 0);
	const listed = Math.min(problems.length, Math.max(0, limit));
	return { groups: result, total, hidden: total - listed };
}
