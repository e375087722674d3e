import { describe, expect, it } from 'vitest';
import { GrowableInts, uniqueInto } from '$lib/layout/network/intLists';

describe('GrowableInts', () => {
	it('push(v) grows past its capacity and keeps the order; clear() empties it for reuse', () => {
		const list = new GrowableInts(2);
		for (const v of [5, 3, 9, 3, 12]) list.push(v);
		expect(list.length).toBe(5);
		expect(list.toArray()).toEqual([5, 3, 9, 3, 12]);
		expect(list.at(2)).toBe(9);
		expect(list.includes(12)).toBe(true);
		expect(list.includes(4)).toBe(false);
		list.clear();
		expect(list.length).toBe(0);
		expect(list.includes(5)).toBe(false);
		list.push(1);
		expect(list.toArray()).toEqual([1]);
	});

	it('uniqueInto(list, v) adds each value once, in first-seen order', () => {
		const list = new GrowableInts();
		for (const v of [4, 1, 4, 2, 1, 0]) uniqueInto(list, v);
		expect(list.toArray()).toEqual([4, 1, 2, 0]);
	});
});
