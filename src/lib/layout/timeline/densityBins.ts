/**
 * Density bands: where a lane is denser than its rows can hold, it shows counts per bin of a
 * "nice" calendar interval (hours to decades) chosen from the zoom, so a bin is always a few
 * dozen pixels wide and keeps its place while the reader pans. Counting uses the lane's
 * time-sorted marks: two binary searches per bin, whatever the number of events.
 */
import type { TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { bisectTime, type LaneMarks } from './laneIndex';
import type { LanePacking } from './packLaneRows';
import { timeIntervalLadder, type TimeRung } from './timeIntervalLadder';

export interface BinLevel {
	/** "1 day", "1 month" ...: for tests and data attributes. */
	name: string;
	/** Approximate length of one bin. */
	stepMs: number;
	interval: TimeInterval;
	/** Names the bin starting at `start` and ending before `end`: "March 2024". */
	label: (start: Date, end: Date) => string;
}

const lastMoment = (end: Date) => new Date(end.getTime() - 1);
const dayLabel = utcFormat('%-d %B %Y');
const hourLabel = utcFormat('%H:%M');
const monthLabel = utcFormat('%B %Y');
const shortMonth = utcFormat('%b');
const yearLabel = utcFormat('%Y');

/** Names a bin of `rung`, from its first moment to the one before its end. */
function binLabel({ unit, step }: TimeRung): BinLevel['label'] {
	switch (unit) {
		case 'hour':
			return (start, end) => `${dayLabel(start)}, ${hourLabel(start)}–${hourLabel(end)}`;
		case 'day':
			return (start) => dayLabel(start);
		case 'week':
			return (start) => `week of ${dayLabel(start)}`;
		case 'month':
			return step === 1
				? (start) => monthLabel(start)
				: (start, end) => `${shortMonth(start)}–${monthLabel(lastMoment(end))}`;
		case 'year':
			return step === 1
				? (start) => yearLabel(start)
				: (start, end) => `${yearLabel(start)}–${yearLabel(lastMoment(end))}`;
	}
}

/** Finest first. */
export const BIN_LEVELS: readonly BinLevel[] = timeIntervalLadder({
	hour: [1, 3, 6, 12],
	day: [1],
	week: [1],
	month: [1, 3, 6],
	year: [1, 2, 5, 10, 20, 50]
}).map((rung) => ({
	name: rung.name,
	stepMs: rung.stepMs,
	interval: rung.interval,
	label: binLabel(rung)
}));

/** Narrowest a bin may be on screen, in pixels: room for a count like "1,240". */
export const MIN_BIN_PX = 36;

/** The finest level whose bins are at least `minPx` wide at `msPerPixel`. */
export function chooseBinLevel(msPerPixel: number, minPx = MIN_BIN_PX): BinLevel {
	return BIN_LEVELS.find((level) => level.stepMs / msPerPixel >= minPx) ?? BIN_LEVELS.at(-1)!;
}

/** Bin boundaries covering [start, end]: the first at or before start, the last after end. */
export function binThresholds(level: BinLevel, start: number, end: number): number[] {
	const first = level.interval.floor(new Date(start));
	const last = level.interval.ceil(new Date(end + 1));
	const bounds = level.interval.range(first, last).map(Number);
	bounds.push(last.getTime());
	return bounds;
}

export interface LaneBin {
	start: number;
	end: number;
	/** Marks whose plotted time is in [start, end). */
	count: number;
	/** Positions [lo, hi) of those marks in the lane. */
	lo: number;
	hi: number;
	/** Too dense for the lane's rows: drawn as a density band. */
	dense: boolean;
}

/**
 * The lane's marks counted per bin, and which bins are too dense: those holding a mark that
 * found no row in the lane's packing. Two binary searches per bin, so the cost does not grow
 * with the number of events.
 */
export function binLane(
	lane: LaneMarks,
	packing: LanePacking,
	thresholds: readonly number[]
): LaneBin[] {
	const bins: LaneBin[] = [];
	if (thresholds.length < 2) return bins;
	let lo = bisectTime(lane.times, thresholds[0]!);
	for (let b = 1; b < thresholds.length; b++) {
		const start = thresholds[b - 1]!;
		const end = thresholds[b]!;
		const hi = bisectTime(lane.times, end);
		const overflow = packing.overflowBefore[hi]! - packing.overflowBefore[lo]!;
		bins.push({ start, end, count: hi - lo, lo, hi, dense: overflow > 0 });
		lo = hi;
	}
	return bins;
}
