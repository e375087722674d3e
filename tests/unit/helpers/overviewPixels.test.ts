import { describe, expect, it } from 'vitest';
import { sortEventsByTime } from '../../../src/lib/data/time/sortEvents';
import { computeOverview } from '../../../src/lib/layout/overview/computeOverview';
import { randomDataset } from '../../fixtures/randomDataset';
import { dayRangeToPixels, pixelsToDayRange } from '../../helpers/overviewPixels';

describe('pixelsToDayRange(x, pixels) and dayRangeToPixels(x, range)', () => {
	it('pixelsToDayRange(x, dayRangeToPixels(x, range)) gives the range back', () => {
		const events = sortEventsByTime(randomDataset(5, { events: 200, spanDays: 300 }).events);
		const { x } = computeOverview(events, 900, 36);
		const range = { start: '2019-04-02', end: '2019-05-10' };
		expect(pixelsToDayRange(x, dayRangeToPixels(x, range))).toEqual(range);
	});
});
