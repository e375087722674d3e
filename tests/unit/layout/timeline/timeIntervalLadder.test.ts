import { describe, expect, it } from 'vitest';
import { timeIntervalLadder, UNIT_MS } from '$lib/layout/timeline/timeIntervalLadder';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => new Date(iso);

describe('timeIntervalLadder', () => {
	it('timeIntervalLadder(steps) lists the rungs finest first, whatever order the units come in', () => {
		const steps = { year: [1, 10], hour: [1, 6], month: [3], week: [1], day: [2] };
		const before = structuredClone(steps);
		const rungs = timeIntervalLadder(steps);
		expect(rungs.map((rung) => rung.name)).toEqual([
			'1 hour',
			'6 hours',
			'2 days',
			'1 week',
			'3 months',
			'1 year',
			'10 years'
		]);
		expect(steps).toEqual(before);
	});

	it.each([
		['hour', 3, 3 * HOUR],
		['day', 1, DAY],
		['week', 1, 7 * DAY],
		['month', 6, 6 * (30.44 * DAY)],
		['year', 20, 20 * (365.25 * DAY)]
	] as const)('timeIntervalLadder({ %s: [%i] }) has stepMs %d', (unit, step, ms) => {
		const [rung] = timeIntervalLadder({ [unit]: [step] });
		expect(rung).toMatchObject({ unit, step, stepMs: ms });
		expect(UNIT_MS[unit] * step).toBe(ms);
	});

	it.each([
		// unit, step, a moment, the start of its step
		['hour', 6, '2026-02-03T13:20:00Z', '2026-02-03T12:00:00Z'],
		['day', 2, '2026-02-04T10:00:00Z', '2026-02-03T00:00:00Z'],
		['week', 1, '2026-02-05T10:00:00Z', '2026-02-02T00:00:00Z'],
		['month', 3, '2026-05-17T00:00:00Z', '2026-04-01T00:00:00Z'],
		['year', 10, '2026-05-17T00:00:00Z', '2020-01-01T00:00:00Z']
	] as const)(
		'timeIntervalLadder({ %s: [%i] }) floors %s to %s in UTC (weeks on Monday)',
		(unit, step, moment, floor) => {
			const [rung] = timeIntervalLadder({ [unit]: [step] });
			expect(rung!.interval.floor(at(moment)).toISOString()).toBe(at(floor).toISOString());
		}
	);

	it('timeIntervalLadder({}) is empty', () => {
		expect(timeIntervalLadder({})).toEqual([]);
	});
});
