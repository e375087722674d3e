/**
 * Whether a date window is no wider than its precision allows, as a yes or no: the rule the
 * loader applies to every event (checkEvents.ts, which also says by how much), for tests of
 * what proposes dates.
 */
import type { Precision } from '../../../src/lib/data/schema';
import { MAX_WINDOW_DAYS, windowDays } from '../../../src/lib/data/time/dates';

/** True when the window is no wider than the precision allows. */
export function fitsPrecision(precision: Precision, earliest: string, latest: string): boolean {
	return windowDays(earliest, latest) <= MAX_WINDOW_DAYS[precision];
}
