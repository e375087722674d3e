/**
 * Linked views follow the view a person acts on a frame or two later. A filter or a zoom
 * redraws the timeline at once; the network, the table and the overview then update in their
 * own short tasks after that frame is painted, so the chart under the pointer answers within a
 * frame however large the dataset, and no update blocks the page for long.
 *
 * Requests are keyed by their owner: a newer request from the same owner replaces one not yet
 * run, so a view catches up once to the latest state, never once per intermediate frame.
 *
 * A job may do its work in steps: it returns the next step, which runs in a task of its own
 * straight after (the page may paint in between), and so on; other owners' jobs wait until the
 * last step is done, so one owner can prepare what another's job draws.
 */

/** A job, or a step of one: returns the next step, if any. */
export type QueueJob = () => QueueJob | void;

export interface QueueClock {
	/** Runs a callback at the start of the next frame (requestAnimationFrame). */
	frame(callback: () => void): number;
	cancelFrame(handle: number): void;
	/** Runs a callback in a task of its own after `ms` (setTimeout). */
	timer(callback: () => void, ms: number): number;
	cancelTimer(handle: number): void;
}

const browserClock: QueueClock = {
	frame: (callback) => requestAnimationFrame(callback),
	cancelFrame: (handle) => cancelAnimationFrame(handle),
	timer: (callback, ms) => setTimeout(callback, ms) as unknown as number,
	cancelTimer: (handle) => clearTimeout(handle)
};

interface Request {
	job: QueueJob;
	/** The owner whose job this one's steps prepare: it runs first once they are done. */
	prepares: object | null;
	/** The latest request's delay: the wait after the frames uses it. */
	delayMs: number;
	frameHandle: number | null;
	timerHandle: number | null;
}

export class LinkedViewQueue {
	readonly #clock: QueueClock;
	readonly #requests = new Map<object, Request>();
	#waiters: (() => void)[] = [];
	/**
	 * The owner whose job is part-way through its steps, and the timer of its next step (none
	 * while a newer request of that owner, which replaces the steps left, waits to run).
	 */
	#stepping: { owner: object; prepares: object | null; timerHandle: number | null } | null = null;
	/** Requests due while another owner's steps went on, in the order they fell due. */
	#held: [object, Request][] = [];

	constructor(clock: QueueClock = browserClock) {
		this.#clock = clock;
	}

	/**
	 * Runs `job` in a task of its own once the frame being prepared has been painted and the
	 * next one has begun, and at least `delayMs` after that (a trailing debounce: while requests
	 * keep coming faster than that, the job waits; the latest request's delay counts).
	 * A job that works in steps to prepare what another owner's job draws names that owner as
	 * `prepares`: held while the steps went on, that job then runs first.
	 */
	schedule(owner: object, job: QueueJob, delayMs = 0, prepares: object | null = null): void {
		// A newer request replaces the steps left of the owner's previous one, as it would the
		// job; the jobs held for those steps wait for the new request's steps instead (they
		// would otherwise run first and do the work the steps were to spread out).
		if (this.#stepping?.owner === owner) this.#stopStepTimer();
		const request = this.#requests.get(owner);
		if (request) {
			request.job = job;
			request.delayMs = delayMs;
			request.prepares = prepares;
			const heldAt = this.#held.findIndex(([held]) => held === owner);
			if (heldAt >= 0) this.#held.splice(heldAt, 1);
			else if (request.timerHandle === null) return;
			else this.#clock.cancelTimer(request.timerHandle);
			// Past its frames already (or held): the wait starts again from this request, as long as it asks.
			request.timerHandle = this.#clock.timer(() => this.#run(owner), delayMs);
			return;
		}
		const fresh: Request = { job, prepares, delayMs, frameHandle: null, timerHandle: null };
		this.#requests.set(owner, fresh);
		// The first frame paints the change; the job starts once the next frame has begun, so
		// that its work never holds back the moment that paint is seen to be done (a task queued
		// straight after the paint would run before the next frame's callbacks).
		fresh.frameHandle = this.#clock.frame(() => {
			fresh.frameHandle = this.#clock.frame(() => {
				fresh.frameHandle = null;
				fresh.timerHandle = this.#clock.timer(() => this.#run(owner), fresh.delayMs);
			});
		});
	}

	/** Drops the owner's request that has not run yet, and the steps left of its job, if any. */
	cancel(owner: object): void {
		if (this.#stepping?.owner === owner) {
			this.#endSteps();
			this.#settleIfIdle();
		}
		const request = this.#requests.get(owner);
		if (!request) return;
		if (request.frameHandle !== null) this.#clock.cancelFrame(request.frameHandle);
		if (request.timerHandle !== null) this.#clock.cancelTimer(request.timerHandle);
		this.#requests.delete(owner);
		this.#settleIfIdle();
	}

	/** Requests waiting to run (a job part-way through its steps counts as one). */
	get pending(): number {
		return this.#requests.size + (this.#stepping ? 1 : 0);
	}

	/** Resolves once no request is waiting (at once when none is). */
	settled(): Promise<void> {
		if (this.pending === 0) return Promise.resolve();
		return new Promise((resolve) => this.#waiters.push(resolve));
	}

	#run(owner: object) {
		const request = this.#requests.get(owner);
		if (!request) return;
		request.timerHandle = null;
		if (this.#stepping && this.#stepping.owner !== owner) {
			// Another owner's job is part-way through: this one runs after its last step.
			this.#held.push([owner, request]);
			return;
		}
		this.#requests.delete(owner);
		this.#step(owner, request.job, request.prepares);
	}

	#step(owner: object, job: QueueJob, prepares: object | null) {
		let next: QueueJob | void = undefined;
		try {
			next = job();
		} finally {
			if (typeof next === 'function') {
				const step = next;
				this.#stepping = {
					owner,
					prepares,
					timerHandle: this.#clock.timer(() => this.#step(owner, step, prepares), 0)
				};
			} else {
				this.#endSteps();
				this.#settleIfIdle();
			}
		}
	}

	#stopStepTimer() {
		if (this.#stepping?.timerHandle != null) this.#clock.cancelTimer(this.#stepping.timerHandle);
		if (this.#stepping) this.#stepping.timerHandle = null;
	}

	/**
	 * No owner is part-way through its steps any more: the requests held meanwhile run, the one
	 * the steps prepared first, then in the order they fell due.
	 */
	#endSteps() {
		this.#stopStepTimer();
		const prepared = this.#stepping?.prepares ?? null;
		this.#stepping = null;
		const held = this.#held;
		this.#held = [];
		const first = held.findIndex(([owner]) => owner === prepared);
		if (first > 0) held.unshift(...held.splice(first, 1));
		for (const [owner, request] of held) {
			// Still the owner's latest request (not cancelled or replaced since).
			if (this.#requests.get(owner) === request)
				request.timerHandle = this.#clock.timer(() => this.#run(owner), 0);
		}
	}

	#settleIfIdle() {
		if (this.pending > 0 || this.#waiters.length === 0) return;
		// A job's own effects run a microtask later and may ask for more: look again then.
		queueMicrotask(() => {
			if (this.pending > 0 || this.#waiters.length === 0) return;
			const waiters = this.#waiters;
			this.#waiters = [];
			for (const resolve of waiters) resolve();
		});
	}
}
