import { describe, expect, it } from 'vitest';
import { memoizeLast } from '../../../../src/lib/layout/network/memoizeLast';

describe('memoizeLast', () => {
	const a = [1, 2];
	const b = [3];
	const c = [4, 5, 6];
	it.each([
		{ size: 1, calls: [[a], [a], [b], [a]], computed: [[a], [b], [a]] },
		{ size: 2, calls: [[a], [b], [a], [b]], computed: [[a], [b]] },
		{ size: 2, calls: [[a], [b], [c], [a]], computed: [[a], [b], [c], [a]] },
		{ size: 2, calls: [[a], [b], [a], [c], [a]], computed: [[a], [b], [c]] },
		{
			size: 2,
			calls: [
				[a, true],
				[a, false],
				[a, true]
			],
			computed: [
				[a, true],
				[a, false]
			]
		}
	])(
		'memoizeLast(compute, $size) computes once per arguments it still keeps',
		({ size, calls, computed }) => {
			const seen: unknown[][] = [];
			const sum = memoizeLast((values: number[], flag?: boolean) => {
				seen.push(flag === undefined ? [values] : [values, flag]);
				return { total: values.reduce((s, v) => s + v, 0), flag };
			}, size);
			const before = structuredClone(calls);
			for (const args of calls) {
				const [values, flag] = args as [number[], boolean | undefined];
				expect(sum(values, flag).total).toBe(values.reduce((s, v) => s + v, 0));
			}
			expect(seen).toEqual(computed);
			expect(calls).toEqual(before);
		}
	);

	it('memoizeLast(compute) tells arguments apart by identity, not by value', () => {
		const copy = memoizeLast((values: number[]) => ({ values }));
		const first = copy(a);
		expect(copy(a)).toBe(first);
		expect(copy([...a])).not.toBe(first);
	});
});
