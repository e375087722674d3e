import { describe, expect, it } from 'vitest';
import { computeTimeTicks } from '$lib/layout/timeline/timeTicks';
import { estimateTextWidth } from '$lib/layout/text/estimateTextWidth';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('computeTimeTicks', () => {
	it.each([
		// domain start, span, width, level, first tick label, first context label
		['2026-02-03T00:00:00Z', 6 * HOUR, 1000, '1 hour', '00:00', 'Tue 3 Feb 2026'],
		['2026-02-03T00:00:00Z', 2 * DAY, 900, '3 hours', '00:00', 'Tue 3 Feb 2026'],
		['2026-02-03T00:00:00Z', 2 * DAY, 360, '12 hours', '00:00', 'Tue 3 Feb 2026'],
		['2026-02-01T00:00:00Z', 14 * DAY, 1000, '1 day', '1', 'February 2026'],
		['2026-02-01T00:00:00Z', 60 * DAY, 1000, '2 days', '1', 'February 2026'],
		['2026-01-05T00:00:00Z', 90 * DAY, 700, '1 week', '5 Jan', '2026'],
		['2026-01-01T00:00:00Z', 400 * DAY, 1000, '1 month', 'Jan', '2026'],
		['2026-01-01T00:00:00Z', 1200 * DAY, 600, '3 months', 'Jan', '2026'],
		['2020-01-01T00:00:00Z', 12 * 365 * DAY, 1000, '1 year', '2020', undefined],
		['2000-01-01T00:00:00Z', 50 * 365 * DAY, 700, '5 years', '2000', undefined],
		['1960-01-01T00:00:00Z', 100 * 365 * DAY, 360, '20 years', '1960', undefined]
	])(
		'computeTimeTicks([%s, +span], width) picks a level and formats its labels',
		(start, span, width, level, firstLabel, firstContext) => {
			const domain = [at(start), at(start) + span] as const;
			const before = structuredClone(domain);
			const result = computeTimeTicks(domain, width);
			expect(result.level).toBe(level);
			expect(result.ticks[0]?.label).toBe(firstLabel);
			expect(result.context[0]?.label).toBe(firstContext);
			expect(domain).toEqual(before);
		}
	);

	it('computeTimeTicks(domain, width, { finestStepMs: a day }) never ticks hours, however close', () => {
		for (const span of [2 * HOUR, DAY, 3 * DAY]) {
			const result = computeTimeTicks(
				[at('2026-02-03T00:00:00Z'), at('2026-02-03T00:00:00Z') + span],
				1400,
				{
					finestStepMs: DAY
				}
			);
			expect(result.level).toBe('1 day');
		}
	});

	it('computeTimeTicks keeps tick labels apart and inside the domain at every zoom', () => {
		const start = at('2026-02-03T07:30:00Z');
		for (let span = 2 * HOUR; span < 60 * 365 * DAY; span *= 1.7) {
			for (const width of [360, 800, 1600]) {
				const { ticks, context } = computeTimeTicks([start, start + span], width);
				expect(ticks.length).toBeGreaterThan(0);
				const px = (t: number) => ((t - start) / span) * width;
				for (let i = 1; i < ticks.length; i++) {
					const gap = px(ticks[i]!.time) - px(ticks[i - 1]!.time);
					expect(gap).toBeGreaterThanOrEqual(estimateTextWidth(ticks[i - 1]!.label, 11) + 14);
				}
				for (const tick of ticks) {
					expect(tick.time).toBeGreaterThanOrEqual(start);
					expect(tick.time).toBeLessThanOrEqual(start + span);
				}
				for (let i = 1; i < context.length; i++) {
					const gap = px(context[i]!.time) - px(context[i - 1]!.time);
					expect(gap).toBeGreaterThan(estimateTextWidth(context[i - 1]!.label, 11));
				}
			}
		}
	});
});
