import { describe, expect, it } from 'vitest';
import { isUnquoted } from '$lib/data/isUnquoted';

describe('isUnquoted', () => {
	it.each([
		[[{ sourceId: 'a', quote: 'q' }], false],
		[[{ sourceId: 'a', unquoted: 'coded-summary' as const }], true],
		[
			[
				{ sourceId: 'a', unquoted: 'coded-summary' as const },
				{ sourceId: 'b', quote: 'q' }
			],
			false
		]
	])('isUnquoted({evidence: %j}) is %s', (evidence, unquoted) => {
		const event = { evidence };
		const before = structuredClone(event);
		expect(isUnquoted(event)).toBe(unquoted);
		expect(event).toEqual(before);
	});
});
