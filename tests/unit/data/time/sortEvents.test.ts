import { describe, expect, it } from 'vitest';
import { sortEventsByTime } from '$lib/data/time/sortEvents';
import { smallDataset } from '../../../fixtures/smallDataset';

describe('sortEventsByTime(events)', () => {
	it('sortEventsByTime(events) orders by plotted day, then window, then id, without mutating', () => {
		const events = smallDataset().events.reverse();
		const before = structuredClone(events);
		const sorted = sortEventsByTime(events);
		expect(sorted.map((e) => e.id)).toEqual(['norway-announces', 'havana-round']);
		expect(events).toEqual(before);

		const tie = structuredClone(sorted[0]!);
		tie.id = 'a-same-day';
		expect(sortEventsByTime([...sorted, tie]).map((e) => e.id)).toEqual([
			'a-same-day',
			'norway-announces',
			'havana-round'
		]);
	});
});
