import { describe, expect, it } from 'vitest';
import {
	inChunks,
	runInSlices,
	runToEnd,
	STEP_EVERY,
	yieldToPage,
	type Steps
} from '../../../src/lib/data/steps';

/** Counts to `n`, yielding after each number, and records what ran and whether it ended. */
function counting(n: number, log: string[]): Steps<number> {
	return (function* () {
		let sum = 0;
		try {
			for (let i = 1; i <= n; i++) {
				sum += i;
				log.push(`step ${i}`);
				yield;
			}
			return sum;
		} finally {
			log.push('finally');
		}
	})();
}

/** A clock that moves `perCall` ms each time it is read. */
function tickingClock(perCall: number) {
	let now = 0;
	return () => (now += perCall);
}

describe('runToEnd', () => {
	it('runToEnd(steps) runs every step in one call and returns the result', () => {
		const log: string[] = [];
		expect(runToEnd(counting(4, log))).toBe(10);
		expect(log).toEqual(['step 1', 'step 2', 'step 3', 'step 4', 'finally']);
	});

	it('runToEnd(steps that end before their first yield) returns at once', () => {
		expect(
			runToEnd(
				(function* (): Steps<string> {
					if ('done'.length > 0) return 'done';
					yield;
					return 'never';
				})()
			)
		).toBe('done');
	});
});

describe('inChunks', () => {
	/** Runs inChunks over n, recording each chunk and each yield in order. */
	function record(n: number): string[] {
		const log: string[] = [];
		const steps = inChunks(n, (from, to) => log.push(`${from}-${to}`));
		for (let next = steps.next(); !next.done; next = steps.next()) log.push('yield');
		return log;
	}

	it.each([
		[0, []],
		[1, ['0-1']],
		[STEP_EVERY, [`0-${STEP_EVERY}`]],
		[STEP_EVERY + 1, [`0-${STEP_EVERY}`, 'yield', `${STEP_EVERY}-${STEP_EVERY + 1}`]],
		[
			2 * STEP_EVERY + 5,
			[
				`0-${STEP_EVERY}`,
				'yield',
				`${STEP_EVERY}-${2 * STEP_EVERY}`,
				'yield',
				`${2 * STEP_EVERY}-${2 * STEP_EVERY + 5}`
			]
		]
	])('inChunks(%i, chunk) covers [0, n) once, in order, yielding only between chunks', (n, log) => {
		expect(record(n)).toEqual(log);
	});
});

describe('runInSlices', () => {
	it('runInSlices(steps) yields to the page each time a slice has run sliceMs, and returns the result', async () => {
		const log: string[] = [];
		// Every read of the clock moves it 10 ms: a slice of 25 ms takes three steps.
		const result = await runInSlices(counting(7, log), {
			sliceMs: 25,
			now: tickingClock(10),
			yieldToPage: async () => {
				log.push('page');
			}
		});
		expect(result).toBe(28);
		expect(log).toEqual([
			'step 1',
			'step 2',
			'step 3',
			'page',
			'step 4',
			'step 5',
			'step 6',
			'page',
			'step 7',
			'finally'
		]);
	});

	it('runInSlices(steps) with a slice of 0 ms gives the page a turn after every step, with the same result as runToEnd', async () => {
		let turns = 0;
		const result = await runInSlices(counting(5, []), {
			sliceMs: 0,
			now: () => 0,
			yieldToPage: async () => {
				turns++;
			}
		});
		expect(result).toBe(runToEnd(counting(5, [])));
		expect(turns).toBe(5);
	});

	it('runInSlices(steps) stops between slices once wanted() is false: null, and the work is closed (its finally runs)', async () => {
		const log: string[] = [];
		let wanted = true;
		const result = await runInSlices(counting(10, log), {
			sliceMs: 0,
			now: () => 0,
			yieldToPage: async () => {
				if (log.length === 2) wanted = false;
			},
			wanted: () => wanted
		});
		expect(result).toBeNull();
		expect(log).toEqual(['step 1', 'step 2', 'finally']);
	});

	it('yieldToPage() resolves in a later task, after what is already queued', async () => {
		const order: string[] = [];
		const timer = new Promise<void>((resolve) =>
			setTimeout(() => {
				order.push('timer');
				resolve();
			})
		);
		await yieldToPage();
		order.push('yielded');
		await timer;
		expect(order).toContain('yielded');
		expect(order).toHaveLength(2);
	});
});
