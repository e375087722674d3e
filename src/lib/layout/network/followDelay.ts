/**
 * How long (ms) the network waits before following a change: `settleMs` during a zoom gesture
 * over many events, so the timeline keeps its frames; otherwise not at all.
 */
export function followDelay(
	change: { windowOnly: boolean; events: number; sincePreviousMs: number },
	{ atOnceUpTo = 20_000, settleMs = 150 } = {}
): number {
	const inGesture = change.windowOnly && change.sincePreviousMs < settleMs;
	return inGesture && change.events > atOnceUpTo ? settleMs : 0;
}
