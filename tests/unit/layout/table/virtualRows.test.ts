import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	computeVisibleRows,
	pageStep,
	resizeRows,
	rowAt,
	rowOffsets,
	scrollToShow
} from '../../../../src/lib/layout/table/virtualRows';

const even = (count: number, height = 10) => rowOffsets(count, () => height);

describe('rowOffsets(count, heightOf)', () => {
	it.each([
		{ heights: [], expected: [0] },
		{ heights: [10], expected: [0, 10] },
		{ heights: [10, 20, 5], expected: [0, 10, 30, 35] },
		{ heights: [10, -3, 5], expected: [0, 10, 10, 15] }
	])('rowOffsets of $heights is $expected', ({ heights, expected }) => {
		expect([...rowOffsets(heights.length, (i) => heights[i]!)]).toEqual(expected);
	});
});

describe('resizeRows(offsets, changes)', () => {
	it.each([
		{ name: 'no change', heights: [10, 20], changes: [], expected: [0, 10, 30] },
		{ name: 'an empty list', heights: [], changes: [{ index: 0, height: 5 }], expected: [0] },
		{
			name: 'one row taller',
			heights: [10, 20, 5],
			changes: [{ index: 1, height: 25 }],
			expected: [0, 10, 35, 40]
		},
		{
			name: 'rows out of order, one shorter',
			heights: [10, 20, 5, 5],
			changes: [
				{ index: 3, height: 15 },
				{ index: 0, height: 4 }
			],
			expected: [0, 4, 24, 29, 44]
		},
		{
			name: 'the later of two changes to one row',
			heights: [10, 10],
			changes: [
				{ index: 0, height: 30 },
				{ index: 0, height: 12 }
			],
			expected: [0, 12, 22]
		},
		{
			name: 'rows outside the list and negative heights',
			heights: [10, 10],
			changes: [
				{ index: -1, height: 30 },
				{ index: 2, height: 30 },
				{ index: 1, height: -4 }
			],
			expected: [0, 10, 10]
		}
	])('resizeRows($name)', ({ heights, changes, expected }) => {
		const offsets = rowOffsets(heights.length, (i) => heights[i]!);
		const before = offsets.slice();
		const changesBefore = structuredClone(changes);
		expect([...resizeRows(offsets, changes)]).toEqual(expected);
		expect(offsets).toEqual(before);
		expect(changes).toEqual(changesBefore);
	});

	it('resizeRows(rowOffsets(heights), changes) is rowOffsets of the changed heights', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 300 }),
				fc.array(
					fc.record({
						index: fc.integer({ min: -2, max: 310 }),
						height: fc.integer({ min: 0, max: 400 })
					}),
					{ maxLength: 40 }
				),
				(heights, changes) => {
					const changed = [...heights];
					for (const { index, height } of changes)
						if (index >= 0 && index < changed.length) changed[index] = height;
					expect([
						...resizeRows(
							rowOffsets(heights.length, (i) => heights[i]!),
							changes
						)
					]).toEqual([...rowOffsets(changed.length, (i) => changed[i]!)]);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('rowAt(offsets, y)', () => {
	const offsets = rowOffsets(3, (i) => [10, 20, 5][i]!);
	it.each([
		{ y: -5, row: 0 },
		{ y: 0, row: 0 },
		{ y: 9.9, row: 0 },
		{ y: 10, row: 1 },
		{ y: 29, row: 1 },
		{ y: 30, row: 2 },
		{ y: 35, row: 3 },
		{ y: 1000, row: 3 }
	])('rowAt(y = $y) is row $row', ({ y, row }) => {
		expect(rowAt(offsets, y)).toBe(row);
	});
});

describe('computeVisibleRows(offsets, top, bottom, overscan)', () => {
	it.each([
		{
			name: 'empty list',
			count: 0,
			top: 0,
			bottom: 100,
			overscan: 2,
			rows: [0, 0],
			before: 0,
			after: 0
		},
		{
			name: 'top of the list',
			count: 100,
			top: 0,
			bottom: 50,
			overscan: 2,
			rows: [0, 7],
			before: 0,
			after: 930
		},
		{
			name: 'middle',
			count: 100,
			top: 500,
			bottom: 550,
			overscan: 2,
			rows: [48, 57],
			before: 480,
			after: 430
		},
		{
			name: 'a viewport ending inside a row',
			count: 100,
			top: 505,
			bottom: 555,
			overscan: 0,
			rows: [50, 56],
			before: 500,
			after: 440
		},
		{
			name: 'end of the list',
			count: 100,
			top: 960,
			bottom: 1010,
			overscan: 2,
			rows: [94, 100],
			before: 940,
			after: 0
		},
		{
			name: 'list below the viewport',
			count: 100,
			top: -800,
			bottom: -100,
			overscan: 3,
			rows: [0, 3],
			before: 0,
			after: 970
		},
		{
			name: 'list above the viewport',
			count: 100,
			top: 5000,
			bottom: 5800,
			overscan: 3,
			rows: [97, 100],
			before: 970,
			after: 0
		}
	])('$name: rows $rows', ({ count, top, bottom, overscan, rows, before, after }) => {
		const result = computeVisibleRows(even(count), top, bottom, overscan);
		expect([result.start, result.end]).toEqual(rows);
		expect(result.before).toBe(before);
		expect(result.after).toBe(after);
	});

	it('keeps the DOM bounded and the scroll height exact at 100,000 rows of mixed heights', () => {
		const offsets = rowOffsets(100_000, (i) => 60 + (i % 7) * 13);
		const total = offsets[100_000]!;
		for (const top of [0, 12_345, total / 2, total - 800]) {
			const rows = computeVisibleRows(offsets, top, top + 800, 6);
			expect(rows.end - rows.start).toBeLessThanOrEqual(800 / 60 + 2 + 12);
			expect(rows.before + (offsets[rows.end]! - offsets[rows.start]!) + rows.after).toBe(total);
			// Every row in the viewport is drawn.
			expect(offsets[rows.start]!).toBeLessThanOrEqual(top);
			expect(offsets[rows.end]!).toBeGreaterThanOrEqual(Math.min(total, top + 800));
		}
	});
});

describe('scrollToShow(offsets, index, top, height)', () => {
	const offsets = even(100);
	it.each([
		{ name: 'already shown', index: 3, top: 0, expected: 0 },
		{ name: 'above: its top at the top', index: 2, top: 50, expected: 20 },
		{ name: 'below: its bottom at the bottom', index: 20, top: 0, expected: 160 },
		{ name: 'the last row', index: 99, top: 0, expected: 950 }
	])('$name', ({ index, top, expected }) => {
		expect(scrollToShow(offsets, index, top, 50)).toBe(expected);
	});
});

describe('pageStep(offsets, index, height, direction)', () => {
	const offsets = even(100);
	it.each([
		{ index: 0, direction: 1 as const, expected: 5 },
		{ index: 97, direction: 1 as const, expected: 99 },
		{ index: 10, direction: -1 as const, expected: 5 },
		{ index: 2, direction: -1 as const, expected: 0 },
		{ index: 0, direction: -1 as const, expected: 0 }
	])(
		'from row $index by $direction page(s) of 50 px: row $expected',
		({ index, direction, expected }) => {
			expect(pageStep(offsets, index, 50, direction)).toBe(expected);
		}
	);
	it('moves at least one row when a row is taller than the page', () => {
		expect(
			pageStep(
				rowOffsets(3, () => 500),
				0,
				50,
				1
			)
		).toBe(1);
	});
});
