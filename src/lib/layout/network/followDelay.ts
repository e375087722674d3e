/**
 * How long (ms) the network waits before following a change: not at all, except while a zoom
 * gesture goes on over many events (only the window moved, and it moved `sincePreviousMs` ago,
 * less than `settleMs`): then until the gesture pauses for `settleMs`. A single zoom is followed
 * at once; a gesture through 100,000 events leaves the timeline's frames to the timeline.
 */
export function followDelay(
	change: { windowOnly: boolean; events: number; sincePreviousMs: number },
	{ atOnceUpTo = 20_000, settleMs = 150 } = {}
): number {
	const inGesture = change.windowOnly && change.sincePreviousMs < settleMs;
	return inGesture && change.events > atOnceUpTo ? settleMs : 0;
}
