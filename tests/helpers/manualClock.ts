import type { QueueClock } from '../../src/lib/state/linkedViewQueue';

/**
 * A `QueueClock` run by hand: frames and timers fire only when the test says so (for the
 * `LinkedViewQueue` and what follows through it).
 */
export function manualClock() {
	let next = 1;
	const frames = new Map<number, () => void>();
	const timers = new Map<number, { callback: () => void; at: number }>();
	let now = 0;
	const clock: QueueClock = {
		frame: (callback) => (frames.set(next, callback), next++),
		cancelFrame: (handle) => void frames.delete(handle),
		timer: (callback, ms) => (timers.set(next, { callback, at: now + ms }), next++),
		cancelTimer: (handle) => void timers.delete(handle)
	};
	/** Runs the first timer due now, if any: one task. */
	function runFirstDue(): boolean {
		const due = [...timers.entries()]
			.filter(([, t]) => t.at <= now)
			.sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
		if (!due) return false;
		timers.delete(due[0]);
		due[1].callback();
		return true;
	}
	return {
		clock,
		/** Runs the callbacks of one frame. */
		frame() {
			const due = [...frames.values()];
			frames.clear();
			for (const callback of due) callback();
		},
		/** Advances time, running the timers due, one task each, in order. */
		advance(ms: number) {
			now += ms;
			while (runFirstDue());
		},
		/** Runs the first timer due now: one task. */
		step() {
			runFirstDue();
		},
		get frames() {
			return frames.size;
		},
		get timers() {
			return timers.size;
		}
	};
}
