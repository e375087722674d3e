import { describe, expect, it } from 'vitest';
import {
	countFields,
	countValues,
	orderCounts
} from '../../../../src/lib/data/filters/countValues';

interface Item {
	colour: string;
	size: string;
}

describe('countFields(items, fields)', () => {
	it.each<{ name: string; items: Item[]; colour: [string, number][]; size: [string, number][] }>([
		{ name: 'no items', items: [], colour: [], size: [] },
		{
			name: 'one item',
			items: [{ colour: 'red', size: 'S' }],
			colour: [['red', 1]],
			size: [['S', 1]]
		},
		{
			name: 'repeated values, in order of first sight',
			items: [
				{ colour: 'red', size: 'L' },
				{ colour: 'blue', size: 'L' },
				{ colour: 'red', size: 'S' },
				{ colour: 'red', size: 'L' }
			],
			colour: [
				['red', 3],
				['blue', 1]
			],
			size: [
				['L', 3],
				['S', 1]
			]
		}
	])('countFields($name) counts each field in one pass', ({ items, colour, size }) => {
		const before = structuredClone(items);
		const counts = countFields(items, { colour: (i) => i.colour, size: (i) => i.size });
		expect([...counts.colour]).toEqual(colour);
		expect([...counts.size]).toEqual(size);
		expect(items).toEqual(before);
	});

	it('countFields(items, fields) agrees with countValues(field) on each field', () => {
		const items = Array.from({ length: 500 }, (_, i) => ({
			colour: ['red', 'blue', 'green'][(i * 7) % 3]!,
			size: ['S', 'M', 'L', 'XL'][(i * i) % 4]!
		}));
		const counts = countFields(items, { colour: (i) => i.colour, size: (i) => i.size });
		expect(orderCounts(counts.colour)).toEqual(countValues(items.map((i) => i.colour)));
		expect(orderCounts(counts.size)).toEqual(countValues(items.map((i) => i.size)));
	});
});
