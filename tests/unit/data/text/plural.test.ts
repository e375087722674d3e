import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '../../../../src/lib/data/text/plural';

describe('plural', () => {
	it.each([
		[0, 'event', undefined, '0 events'],
		[1, 'event', undefined, '1 event'],
		[2, 'source', undefined, '2 sources'],
		[12_400, 'event', undefined, '12,400 events'],
		[1, 'body', 'bodies', '1 body'],
		[3, 'body', 'bodies', '3 bodies'],
		[5, 'earlier event', undefined, '5 earlier events']
	])('plural(%i, %s, %s) is %s', (count, noun, pluralNoun, expected) => {
		expect(plural(count, noun, pluralNoun)).toBe(expected);
	});

	it.each([1, 12, 999, 1000, 12_400, 1_234_567, 0.5, 2.25])(
		'plural(%d, …) writes the number as toLocaleString("en-GB") does',
		(count) => {
			expect(plural(count, 'event')).toBe(
				`${count.toLocaleString('en-GB')} ${count === 1 ? 'event' : 'events'}`
			);
		}
	);
});

describe('pluralWord', () => {
	it.each([
		[0, 'event', undefined, 'events'],
		[1, 'event', undefined, 'event'],
		[12_400, 'event', undefined, 'events'],
		[1, 'entry', 'entries', 'entry'],
		[2, 'entry', 'entries', 'entries'],
		[1, 'was', 'were', 'was'],
		[3, 'was', 'were', 'were']
	])('pluralWord(%i, %s, %s) is %s', (count, word, pluralForm, expected) => {
		expect(pluralWord(count, word, pluralForm)).toBe(expected);
	});
});
