/**
 * Axis ticks for any zoom, from hours to decades: the finest interval whose labels still have
 * room, each level with its own label format, plus a second row of context labels (the day for
 * hour ticks, the month for day ticks, the year for week and month ticks) so the reader always
 * knows where they are. Everything in UTC, like the dataset's days.
 */
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { estimateTextWidth } from '../text/estimateTextWidth';
import { timeIntervalLadder, type TimeRung, type TimeUnit } from './timeIntervalLadder';

export interface TickLevel extends TimeRung {
	format: (date: Date) => string;
	/** The longest label this level prints, to judge the room it needs. */
	widestLabel: string;
	context: { interval: TimeInterval; format: (date: Date) => string } | null;
}

const dayContext = { interval: utcDay, format: utcFormat('%a %-d %b %Y') };
const monthContext = { interval: utcMonth, format: utcFormat('%B %Y') };
const yearContext = { interval: utcYear, format: utcFormat('%Y') };

/** Each unit's label format, widest label and row of context labels. */
const UNIT_LABELS: Record<TimeUnit, Pick<TickLevel, 'format' | 'widestLabel' | 'context'>> = {
	hour: { format: utcFormat('%H:%M'), widestLabel: '00:00', context: dayContext },
	day: { format: utcFormat('%-d'), widestLabel: '30', context: monthContext },
	week: { format: utcFormat('%-d %b'), widestLabel: '30 May', context: yearContext },
	month: { format: utcFormat('%b'), widestLabel: 'May', context: yearContext },
	year: { format: utcFormat('%Y'), widestLabel: '2000', context: null }
};

/** Finest first. */
export const TICK_LEVELS: readonly TickLevel[] = timeIntervalLadder({
	hour: [1, 3, 6, 12],
	day: [1, 2],
	week: [1],
	month: [1, 3],
	year: [1, 2, 5, 10, 20, 50, 100]
}).map((rung) => ({ ...rung, ...UNIT_LABELS[rung.unit] }));

export interface AxisTick {
	time: number;
	label: string;
}

export interface TimeTicks {
	level: string;
	ticks: AxisTick[];
	/** Boundaries of the larger unit, the first pinned to the left edge when none is near it. */
	context: AxisTick[];
}

export interface TickOptions {
	fontSize?: number;
	/** Least gap between two tick labels, in pixels. */
	minGap?: number;
	/** Finest step to tick, in ms: a day for dates known to the day (no hours then). */
	finestStepMs?: number;
}

/** The finest level whose labels fit `width` pixels across the domain [start, end] (ms). */
export function chooseTickLevel(
	domain: readonly [number, number],
	width: number,
	{ fontSize = 11, minGap = 14, finestStepMs = 0 }: TickOptions = {}
): TickLevel {
	const pixelsPerMs = width / Math.max(1, domain[1] - domain[0]);
	return (
		TICK_LEVELS.find(
			(level) =>
				level.stepMs >= finestStepMs &&
				level.stepMs * pixelsPerMs >= estimateTextWidth(level.widestLabel, fontSize) + minGap
		) ?? TICK_LEVELS[TICK_LEVELS.length - 1]!
	);
}

export function computeTimeTicks(
	domain: readonly [number, number],
	width: number,
	options: TickOptions = {}
): TimeTicks {
	const fontSize = options.fontSize ?? 11;
	const level = chooseTickLevel(domain, width, options);
	const start = new Date(domain[0]);
	const end = new Date(domain[1]);
	const pixelsPerMs = width / Math.max(1, domain[1] - domain[0]);
	const minGap = options.minGap ?? 14;
	const all = level.interval
		.range(level.interval.ceil(start), new Date(domain[1] + 1))
		.map((date) => ({ time: date.getTime(), label: level.format(date) }));
	// Steps restart at each month or year ("31", "1"): drop a tick crowding the one after it.
	const ticks: AxisTick[] = [];
	for (let i = all.length - 1; i >= 0; i--) {
		const here = all[i]!;
		const next = ticks[0];
		const room = estimateTextWidth(here.label, fontSize) + minGap;
		if (!next || (next.time - here.time) * pixelsPerMs >= room) ticks.unshift(here);
	}

	const context: AxisTick[] = [];
	if (level.context) {
		const { interval, format } = level.context;
		const boundaries = interval.range(interval.ceil(start), new Date(+end + 1));
		const first = boundaries[0];
		const pinnedLabel = format(interval.floor(start));
		const pinnedRoom = estimateTextWidth(pinnedLabel, fontSize) + 12;
		// Pin the enclosing unit at the left edge unless the first boundary is about to take its place.
		if (!first || (first.getTime() - domain[0]) * pixelsPerMs > pinnedRoom) {
			context.push({ time: domain[0], label: pinnedLabel });
		}
		for (const date of boundaries) context.push({ time: date.getTime(), label: format(date) });
		// Drop context labels that would run into the next one (keep the later, more specific).
		for (let i = context.length - 2; i >= 0; i--) {
			const here = context[i]!;
			const next = context[i + 1]!;
			if ((next.time - here.time) * pixelsPerMs < estimateTextWidth(here.label, fontSize) + 12) {
				context.splice(i, 1);
			}
		}
	}
	return { level: level.name, ticks, context };
}
