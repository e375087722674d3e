import { describe, expect, it } from 'vitest';
import { packRows } from '../../../helpers/oracles/packRows';
import { seededRandom } from '../../../fixtures/randomDataset';

describe('packRows', () => {
	it.each([
		['no items', [], 0],
		['one item', [{ key: 'a', start: 0, end: 10 }], 1],
		[
			'disjoint items share a row',
			[
				{ key: 'a', start: 0, end: 10 },
				{ key: 'b', start: 20, end: 30 }
			],
			1
		],
		[
			'overlapping items go to separate rows',
			[
				{ key: 'a', start: 0, end: 10 },
				{ key: 'b', start: 5, end: 30 },
				{ key: 'c', start: 8, end: 9 }
			],
			3
		],
		[
			'a gap narrower than required splits rows',
			[
				{ key: 'a', start: 0, end: 10 },
				{ key: 'b', start: 12, end: 30 }
			],
			2
		]
	])('packRows(items, 4) with %s uses %i rows', (_name, items, rowCount) => {
		const before = structuredClone(items);
		const rows = packRows(items, 4);
		expect(new Set(rows.values()).size).toBe(rowCount);
		expect(items).toEqual(before);
	});

	it('packRows(items, gap) never overlaps and is deterministic on many random inputs', () => {
		for (let seed = 1; seed <= 200; seed++) {
			const random = seededRandom(seed);
			const items = Array.from({ length: 5 + Math.floor(random() * 80) }, (_, i) => {
				const start = Math.round(random() * 1000);
				return { key: `k${i}`, start, end: start + Math.round(random() * 120) };
			});
			const before = structuredClone(items);
			const rows = packRows(items, 3);
			expect(packRows([...items].reverse(), 3)).toEqual(rows);
			expect(items).toEqual(before);
			for (const a of items) {
				for (const b of items) {
					if (a.key >= b.key || rows.get(a.key) !== rows.get(b.key)) continue;
					const apart = a.end + 3 <= b.start || b.end + 3 <= a.start;
					expect(apart, `${a.key} and ${b.key} overlap in seed ${seed}`).toBe(true);
				}
			}
			// Optimal: no more rows than the deepest overlap needs.
			const depth = Math.max(
				...items.map((p) => items.filter((q) => q.start <= p.start && p.start < q.end + 3).length)
			);
			expect(new Set(rows.values()).size).toBeLessThanOrEqual(depth);
		}
	});
});
