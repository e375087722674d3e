import { describe, expect, it } from 'vitest';
import { plural } from '../../../../src/lib/data/text/plural';

describe('plural', () => {
	it.each([
		[0, 'event', undefined, '0 events'],
		[1, 'event', undefined, '1 event'],
		[2, 'source', undefined, '2 sources'],
		[12_400, 'event', undefined, '12,400 events'],
		[1, 'body', 'bodies', '1 body'],
		[3, 'body', 'bodies', '3 bodies']
	])('plural(%i, %s, %s) is %s', (count, noun, pluralNoun, expected) => {
		expect(plural(count, noun, pluralNoun)).toBe(expected);
	});
});
