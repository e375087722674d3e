/**
 * Which marks of a lane a time range shows, by binary search and an exact test: how the
 * timeline's scale tests check what is drawn (the app draws through `packLaneRows`).
 */
import { bisectTime, type LaneMarks } from '../../../src/lib/layout/timeline/laneIndex';

/**
 * Positions of the lane's marks whose drawing (window, bar, day) overlaps [start, end], in
 * time order: a binary search widened by the lane's longest reach, then an exact test.
 */
export function visibleMarks(lane: LaneMarks, start: number, end: number): number[] {
	const lo = bisectTime(lane.times, start - lane.maxReach);
	const hi = bisectTime(lane.times, end + lane.maxReach, true);
	const positions: number[] = [];
	for (let i = lo; i < hi; i++) {
		if (lane.spanEnd[i]! >= start && lane.spanStart[i]! <= end) positions.push(i);
	}
	return positions;
}
