/**
 * Where the loader's problems go: the first ones kept in full, every one counted by kind, and
 * checking stopped once a file is hopeless. A file of a million empty records would otherwise
 * make millions of problem objects, more than a page (or Node) can hold or show.
 */
import { formatPath, type PathKey } from './jsonPath';
import type { Problem, ProblemCode, ProblemTally } from './problems';

/** How many errors, and how many warnings, are kept in full. */
export const MAX_PROBLEMS_KEPT = 1000;
/** After this many errors, checking stops: the file is hopeless, and the rest would not help. */
export const MAX_ERRORS_COUNTED = 100_000;

export interface CollectorLimits {
	/** Errors (and, apart, warnings) kept in full. */
	keep?: number;
	/** Errors after which checking stops. */
	stopAfter?: number;
}

/** Thrown by `add` when checking must stop; caught by whoever runs the checks. */
export class CheckingStopped extends Error {
	constructor() {
		super('checking stopped: too many errors');
	}
}

export class ProblemCollector {
	readonly errors: Problem[] = [];
	readonly warnings: Problem[] = [];
	errorCount = 0;
	warningCount = 0;
	readonly keep: number;
	readonly stopAfter: number;
	/** The path of the error at which checking stopped, or null. */
	stoppedAt: string | null = null;
	readonly #omitted = new Map<string, ProblemTally>();

	constructor(limits: CollectorLimits = {}) {
		this.keep = Math.max(0, limits.keep ?? MAX_PROBLEMS_KEPT);
		this.stopAfter = Math.max(1, limits.stopAfter ?? MAX_ERRORS_COUNTED);
	}

	/**
	 * Counts a problem and keeps it while there is room. The path is formatted only when kept.
	 * Throws `CheckingStopped` when this error is the one that makes the file hopeless.
	 */
	add(severity: Problem['severity'], code: ProblemCode, path: readonly PathKey[], message: string) {
		const error = severity === 'error';
		const kept = error ? this.errors : this.warnings;
		if (error) this.errorCount += 1;
		else this.warningCount += 1;
		if (kept.length < this.keep) kept.push({ severity, code, path: formatPath(path), message });
		else this.#tally(severity, code, 1);
		if (error && this.errorCount >= this.stopAfter && this.stoppedAt === null) {
			this.stoppedAt = formatPath(path);
			throw new CheckingStopped();
		}
	}

	/** Adds an already formed problem (e.g. one raised before the loader ran). */
	addProblem(problem: Problem) {
		const kept = problem.severity === 'error' ? this.errors : this.warnings;
		if (problem.severity === 'error') this.errorCount += 1;
		else this.warningCount += 1;
		if (kept.length < this.keep) kept.push(problem);
		else this.#tally(problem.severity, problem.code, 1);
	}

	#tally(severity: Problem['severity'], code: ProblemCode, count: number) {
		const key = `${severity} ${code}`;
		const tally = this.#omitted.get(key);
		if (tally) tally.count += count;
		else this.#omitted.set(key, { severity, code, count });
	}

	/** Problems counted but not kept, by severity and kind (errors first). */
	get omitted(): ProblemTally[] {
		const all = [...this.#omitted.values()];
		return [
			...all.filter((t) => t.severity === 'error'),
			...all.filter((t) => t.severity !== 'error')
		];
	}
}

/** Problems in all: those kept plus those only counted. */
export function totalProblems(
	kept: readonly Problem[],
	omitted: readonly ProblemTally[] = []
): number {
	return kept.length + omitted.reduce((sum, tally) => sum + tally.count, 0);
}

/** Keeps only what the tallies say of one severity. */
export function tallyOf(
	omitted: readonly ProblemTally[] | undefined,
	severity: Problem['severity']
): ProblemTally[] {
	return (omitted ?? []).filter((tally) => tally.severity === severity);
}
