import { describe, expect, it } from 'vitest';
import { countValues } from '$lib/data/filters/countValues';

describe('countValues(values, order)', () => {
	it('countValues(values, order) counts each value in the given order, unknown after, "none" last', () => {
		const values = ['b', 'none', 'a', 'b', 'z', 'c'];
		const before = [...values];
		expect(countValues(values, ['c', 'b', 'a'])).toEqual([
			{ value: 'c', count: 1 },
			{ value: 'b', count: 2 },
			{ value: 'a', count: 1 },
			{ value: 'z', count: 1 },
			{ value: 'none', count: 1 }
		]);
		expect(values).toEqual(before);
	});

	it('countValues(values) without an order sorts alphabetically', () => {
		expect(countValues(['b', 'a', 'b']).map((v) => v.value)).toEqual(['a', 'b']);
	});
});
