import { describe, expect, it } from 'vitest';
import { followDelay } from '$lib/layout/network/followDelay';

describe('followDelay(change, options)', () => {
	it.each([
		{ what: 'a filter', windowOnly: false, events: 100_000, sincePreviousMs: 10, delay: 0 },
		{ what: 'a single zoom', windowOnly: true, events: 100_000, sincePreviousMs: 5_000, delay: 0 },
		{
			what: 'the first zoom',
			windowOnly: true,
			events: 100_000,
			sincePreviousMs: Infinity,
			delay: 0
		},
		{
			what: 'a zoom gesture going on',
			windowOnly: true,
			events: 100_000,
			sincePreviousMs: 16,
			delay: 150
		},
		{
			what: 'a gesture over few events',
			windowOnly: true,
			events: 20_000,
			sincePreviousMs: 16,
			delay: 0
		},
		{
			what: 'a gesture just past the limit',
			windowOnly: true,
			events: 20_001,
			sincePreviousMs: 149,
			delay: 150
		}
	])(
		'$what ($events events, $sincePreviousMs ms after the previous move): waits $delay ms',
		(c) => {
			const change = {
				windowOnly: c.windowOnly,
				events: c.events,
				sincePreviousMs: c.sincePreviousMs
			};
			const before = structuredClone(change);
			expect(followDelay(change)).toBe(c.delay);
			expect(change).toEqual(before);
		}
	);

	it('followDelay(change, { atOnceUpTo, settleMs }) takes its limits from the options', () => {
		const change = { windowOnly: true, events: 500, sincePreviousMs: 50 };
		expect(followDelay(change, { atOnceUpTo: 100, settleMs: 80 })).toBe(80);
		expect(followDelay(change, { atOnceUpTo: 100, settleMs: 40 })).toBe(0);
	});
});
