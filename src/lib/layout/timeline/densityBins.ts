/**
 * Density bands: where a lane is denser than its rows can hold, it shows counts per bin of a
 * "nice" calendar interval (hours to decades) chosen from the zoom, so a bin is always a few
 * dozen pixels wide and keeps its place while the reader pans. Counting uses the lane's
 * time-sorted marks: two binary searches per bin, whatever the number of events.
 */
import {
	utcDay,
	utcHour,
	utcMonday,
	utcMonth,
	utcYear,
	type CountableTimeInterval,
	type TimeInterval
} from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { bisectTime, timeSlice, type LaneMarks } from './laneIndex';
import type { LanePacking } from './packLaneRows';

export interface BinLevel {
	/** "1 day", "1 month" ...: for tests and data attributes. */
	name: string;
	/** Approximate length of one bin. */
	stepMs: number;
	interval: TimeInterval;
	/** Names the bin starting at `start` and ending before `end`: "March 2024". */
	label: (start: Date, end: Date) => string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

function every(interval: CountableTimeInterval, step: number): TimeInterval {
	return step === 1 ? interval : (interval.every(step) ?? interval);
}

const lastMoment = (end: Date) => new Date(end.getTime() - 1);
const dayLabel = utcFormat('%-d %B %Y');
const hourLabel = utcFormat('%H:%M');
const monthLabel = utcFormat('%B %Y');
const shortMonth = utcFormat('%b');
const yearLabel = utcFormat('%Y');

/** Finest first. */
export const BIN_LEVELS: readonly BinLevel[] = [
	...[1, 3, 6, 12].map((step): BinLevel => ({
		name: `${step} hour${step > 1 ? 's' : ''}`,
		stepMs: step * HOUR,
		interval: every(utcHour, step),
		label: (start, end) => `${dayLabel(start)}, ${hourLabel(start)}–${hourLabel(end)}`
	})),
	{ name: '1 day', stepMs: DAY, interval: utcDay, label: (start) => dayLabel(start) },
	{
		name: '1 week',
		stepMs: 7 * DAY,
		interval: utcMonday,
		label: (start) => `week of ${dayLabel(start)}`
	},
	{ name: '1 month', stepMs: MONTH, interval: utcMonth, label: (start) => monthLabel(start) },
	...[3, 6].map((step): BinLevel => ({
		name: `${step} months`,
		stepMs: step * MONTH,
		interval: every(utcMonth, step),
		label: (start, end) => `${shortMonth(start)}–${monthLabel(lastMoment(end))}`
	})),
	...[1, 2, 5, 10, 20, 50].map((step): BinLevel => ({
		name: `${step} year${step > 1 ? 's' : ''}`,
		stepMs: step * YEAR,
		interval: every(utcYear, step),
		label: (start, end) =>
			step === 1 ? yearLabel(start) : `${yearLabel(start)}–${yearLabel(lastMoment(end))}`
	}))
];

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

/** How many of the lane's marks have their plotted time in [start, end). */
export function countInRange(lane: LaneMarks, start: number, end: number): number {
	const [lo, hi] = timeSlice(lane, start, end);
	return hi - lo;
}
