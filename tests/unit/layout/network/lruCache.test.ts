import { describe, expect, it } from 'vitest';
import { LruCache } from '../../../../src/lib/layout/network/lruCache';

describe('LruCache', () => {
	it.each([
		{ size: 2, gets: ['a', 'b', 'a', 'c'], computed: ['a', 'b', 'c'], kept: ['a', 'c'] },
		{ size: 2, gets: ['a', 'b', 'c', 'a'], computed: ['a', 'b', 'c', 'a'], kept: ['c', 'a'] },
		{ size: 1, gets: ['a', 'a', 'b', 'a'], computed: ['a', 'b', 'a'], kept: ['a'] },
		{ size: 3, gets: ['a', 'b', 'c', 'b', 'a'], computed: ['a', 'b', 'c'], kept: ['c', 'b', 'a'] }
	])(
		'get(key, compute) over $gets with room for $size computes $computed and keeps $kept',
		({ size, gets, computed, kept }) => {
			const cache = new LruCache<string>(size);
			const calls: string[] = [];
			for (const key of gets) {
				const value = cache.get(key, () => (calls.push(key), `value of ${key}`));
				expect(value).toBe(`value of ${key}`);
			}
			expect(calls).toEqual(computed);
			expect(cache.keys()).toEqual(kept);
		}
	);

	it('get(key, compute) returns the very object it kept', () => {
		const cache = new LruCache<{ id: number }>(2);
		const first = cache.get('k', () => ({ id: 1 }));
		expect(cache.get('k', () => ({ id: 2 }))).toBe(first);
	});

	it('set(key, value) keeps it as the most recently used, drops the least, and has(key) tells without a use', () => {
		const cache = new LruCache<number>(2);
		cache.set('a', 1);
		cache.set('b', 2);
		expect(cache.has('a')).toBe(true);
		expect(cache.keys()).toEqual(['a', 'b']);
		cache.set('a', 3);
		expect(cache.keys()).toEqual(['b', 'a']);
		cache.set('c', 4);
		expect(cache.keys()).toEqual(['a', 'c']);
		expect(cache.has('b')).toBe(false);
		expect(cache.get('a', () => 0)).toBe(3);
	});
});
