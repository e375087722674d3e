import { describe, expect, it } from 'vitest';
import { isUnquoted, codedSourceIds } from '$lib/data/isUnquoted';

describe('isUnquoted', () => {
	it.each([
		[[{ sourceId: 'a', quote: 'q' }], false, []],
		[[{ sourceId: 'a', unquoted: 'coded-summary' as const }], true, ['a']],
		[
			[
				{ sourceId: 'a', unquoted: 'coded-summary' as const },
				{ sourceId: 'b', quote: 'q' }
			],
			false,
			['a']
		]
	])('isUnquoted({evidence: %j}) is %s', (evidence, unquoted, ids) => {
		const event = { evidence };
		const before = structuredClone(event);
		expect(isUnquoted(event)).toBe(unquoted);
		expect(codedSourceIds(event)).toEqual(ids);
		expect(event).toEqual(before);
	});
});
