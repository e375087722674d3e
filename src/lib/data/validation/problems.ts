/**
 * What the loader and the ways of opening a dataset (file, spreadsheet, URL) report: one
 * problem with its severity, kind and the JSON path of the value at fault.
 */
import type { PathKey } from './jsonPath';
import type { Dataset } from '../schema';

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

/** Problems counted but not kept: how many of one severity and kind. */
export interface ProblemTally {
	severity: Problem['severity'];
	code: ProblemCode;
	count: number;
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

/** How a check reports a problem: the collector formats the path and counts it. */
export type Report = (
	severity: Problem['severity'],
	code: ProblemCode,
	path: PathKey[],
	message: string
) => void;
