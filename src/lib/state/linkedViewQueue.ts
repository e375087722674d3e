/**
 * Linked views (network, table, overview) update in tasks of their own after the acted-on view
 * has painted, so that view answers within a frame however large the dataset. A newer request
 * replaces its owner's pending one, and a job's further steps hold other owners' jobs back.
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
	/** The owner part-way through its steps, and its next step's timer (none once replaced). */
	#stepping: { owner: object; prepares: object | null; timerHandle: number | null } | null = null;
	/** Requests due while another owner's steps went on, in the order they fell due. */
	#held: [object, Request][] = [];
	/** Owners whose one-task jobs do not wait for another owner's steps (`scheduleAlone`). */
	readonly #alone = new Set<object>();

	constructor(clock: QueueClock = browserClock) {
		this.#clock = clock;
	}

	/**
	 * Runs `job` in a task of its own once the next frame has begun, and `delayMs` after (a
	 * trailing debounce). `prepares` names the owner whose job these steps prepare: it runs first.
	 */
	schedule(owner: object, job: QueueJob, delayMs = 0, prepares: object | null = null): void {
		// Jobs held for the replaced steps wait for the new ones, or they would do the steps' work.
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
			// Past its frames (or held): the debounce restarts from this request.
			request.timerHandle = this.#clock.timer(() => this.#run(owner), delayMs);
			return;
		}
		const fresh: Request = { job, prepares, delayMs, frameHandle: null, timerHandle: null };
		this.#requests.set(owner, fresh);
		// Two frames: a task queued straight after the paint would run before the next frame's
		// callbacks, and hold back the moment that paint is seen to be done.
		fresh.frameHandle = this.#clock.frame(() => {
			fresh.frameHandle = this.#clock.frame(() => {
				fresh.frameHandle = null;
				fresh.timerHandle = this.#clock.timer(() => this.#run(owner), fresh.delayMs);
			});
		});
	}

	/**
	 * Like `schedule`, for a job of one task that touches no other owner's work (a view's own
	 * drawing put off by a frame): it runs when due, between another owner's steps if need be.
	 */
	scheduleAlone(owner: object, job: () => void): void {
		this.schedule(owner, job);
		this.#alone.add(owner);
	}

	/** Drops the owner's request that has not run yet, and the steps left of its job, if any. */
	cancel(owner: object): void {
		this.#alone.delete(owner);
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
		if (this.#alone.delete(owner)) {
			this.#requests.delete(owner);
			try {
				request.job();
			} finally {
				this.#settleIfIdle();
			}
			return;
		}
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

	/** Steps done: the requests held meanwhile run, the prepared owner's first, then as they fell due. */
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
