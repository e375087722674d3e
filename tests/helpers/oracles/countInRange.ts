/**
 * How many of a lane's marks a time range holds: what the timeline's tests add density bands
 * and drawn marks up to (the app slices lanes with `timeSlice` where it needs positions).
 */
import { timeSlice, type LaneMarks } from '../../../src/lib/layout/timeline/laneIndex';

/** How many of the lane's marks have their plotted time in [start, end). */
export function countInRange(lane: LaneMarks, start: number, end: number): number {
	const [lo, hi] = timeSlice(lane, start, end);
	return hi - lo;
}
