/**
 * The ladder of "nice" calendar intervals, hours to centuries, that the axis ticks and the density
 * bins climb as the reader zooms out: each rung a d3-time interval with its name and approximate
 * length. Each user picks its steps per unit and adds its own labels.
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
import { DAY_MS } from '$lib/data/time/calendar';
import { plural } from '$lib/data/text/plural';

export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** Approximate length of one step of each unit: months and years vary, so only to judge spacing. */
export const UNIT_MS: Readonly<Record<TimeUnit, number>> = {
	hour: DAY_MS / 24,
	day: DAY_MS,
	week: 7 * DAY_MS,
	month: 30.44 * DAY_MS,
	year: 365.25 * DAY_MS
};

const UNIT_INTERVAL: Readonly<Record<TimeUnit, CountableTimeInterval>> = {
	hour: utcHour,
	day: utcDay,
	// Weeks start on Monday, and only one-week steps are offered.
	week: utcMonday,
	month: utcMonth,
	year: utcYear
};

export interface TimeRung {
	unit: TimeUnit;
	step: number;
	/** "6 hours", "1 day", "3 months" ...: for tests and data attributes. */
	name: string;
	/** Approximate length of one step. */
	stepMs: number;
	/** Steps of `step` units, in UTC; `utcDay.every` counts days of the month, so it restarts on the 1st. */
	interval: TimeInterval;
}

/** The steps to offer of each unit, finest first; a unit left out is skipped. */
export type LadderSteps = Partial<Record<TimeUnit, readonly number[]>>;

const UNITS: readonly TimeUnit[] = ['hour', 'day', 'week', 'month', 'year'];

/** The rungs for `steps`, finest first. */
export function timeIntervalLadder(steps: LadderSteps): TimeRung[] {
	return UNITS.flatMap((unit) =>
		(steps[unit] ?? []).map((step): TimeRung => {
			const interval = UNIT_INTERVAL[unit];
			return {
				unit,
				step,
				name: plural(step, unit),
				stepMs: step * UNIT_MS[unit],
				interval: step === 1 ? interval : (interval.every(step) ?? interval)
			};
		})
	);
}
