/**
 * Between the overview strip's pixels and inclusive day ranges, through its time scale. The
 * strip's first brush set the time filter this way; it is a navigator now and reads its brush as
 * times (OverviewStrip.svelte), so only tests use these.
 */
import type { ScaleTime } from 'd3-scale';
import { dayToTime } from '../../src/lib/data/time/dates';
import { dayRangeTimes } from '../../src/lib/data/time/eventSpan';

/** The days a pixel range covers, as an inclusive day range for the time filter. */
export function pixelsToDayRange(
	x: ScaleTime<number, number>,
	[left, right]: readonly [number, number]
): { start: string; end: string } {
	const start = new Date(x.invert(Math.min(left, right)));
	const end = new Date(x.invert(Math.max(left, right)).getTime() - 1);
	return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** The pixel range of an inclusive day range. */
export function dayRangeToPixels(
	x: ScaleTime<number, number>,
	range: { start: string; end: string }
): [number, number] {
	const [start, end] = dayRangeTimes(range.start, range.end, dayToTime);
	return [x(start), x(end)];
}
