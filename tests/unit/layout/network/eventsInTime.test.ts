import { bundled } from '../../../helpers/networkFixtures';
import { describe, expect, it } from 'vitest';
import { eventsInTime } from '$lib/layout/network/eventsInTime';
import { dayToTime } from '$lib/data/time/dates';

describe('eventsInTime(events, mode)', () => {
	const events = bundled.events;
	it.each([
		{
			name: 'no window keeps everything',
			mode: { kind: 'window', window: null } as const,
			count: events.length
		},
		{
			name: 'a window keeps the events whose dates overlap it',
			mode: { kind: 'window', window: [dayToTime('2026-02-06'), dayToTime('2026-02-07')] } as const,
			count: events.filter((e) => e.date.earliest <= '2026-02-07' && e.date.latest >= '2026-02-06')
				.length
		},
		{
			name: '"as of" keeps the events dated up to that day',
			mode: { kind: 'asOf', day: '2026-02-02' } as const,
			count: events.filter((e) => e.date.value <= '2026-02-02').length
		}
	])('$name', ({ mode, count }) => {
		const before = structuredClone(events);
		expect(eventsInTime(events, mode)).toHaveLength(count);
		expect(events).toEqual(before);
	});
});
