/**
 * How many of a lane's marks a time range holds, by two binary searches: what the timeline's
 * tests add density bands and drawn marks up to (the app bins lanes in `densityBins`).
 */
import { bisectTime, type LaneMarks } from '../../../src/lib/layout/timeline/laneIndex';

/**
 * Positions [lo, hi) of the lane's marks whose plotted time is in [start, end): two binary
 * searches, whatever the lane's size. An empty or reversed range is empty (hi = lo), never a
 * negative count: clipping a band to a window it lies outside of gives such a range.
 */
export function timeSlice(lane: LaneMarks, start: number, end: number): [number, number] {
	const lo = bisectTime(lane.times, start);
	return [lo, end <= start ? lo : bisectTime(lane.times, end)];
}

/** How many of the lane's marks have their plotted time in [start, end). */
export function countInRange(lane: LaneMarks, start: number, end: number): number {
	const [lo, hi] = timeSlice(lane, start, end);
	return hi - lo;
}
