import { describe, expect, it } from 'vitest';
import { flowLegend, type LegendFlowOptions } from '$lib/layout/legend/flowLegend';

describe('flowLegend', () => {
	it.each<[string, number[], LegendFlowOptions, [number, number][], number]>([
		['nothing', [], { width: 100, gap: 10 }, [], 0],
		[
			'one row',
			[30, 30],
			{ width: 100, gap: 10 },
			[
				[0, 0],
				[40, 0]
			],
			1
		],
		[
			'a wrap',
			[30, 30, 30],
			{ width: 100, gap: 10 },
			[
				[0, 0],
				[40, 0],
				[0, 1]
			],
			2
		],
		[
			'exactly full',
			[45, 45],
			{ width: 100, gap: 10 },
			[
				[0, 0],
				[55, 0]
			],
			1
		],
		[
			'too wide for any row',
			[150, 150],
			{ width: 100, gap: 10 },
			[
				[0, 0],
				[0, 1]
			],
			2
		],
		// After a title: the first entry starts at `start`, wrapped rows at `indent`.
		[
			'start and indent',
			[30, 30, 30],
			{ width: 100, gap: 5, start: 20, indent: 8 },
			[
				[20, 0],
				[55, 0],
				[8, 1]
			],
			2
		],
		// An entry that does not fit after the title still wraps when the title is wider than the indent.
		['wrapped at once', [90], { width: 100, gap: 5, start: 20, indent: 8 }, [[8, 1]], 2],
		['start within the indent', [90], { width: 100, gap: 5, start: 20, indent: 20 }, [[20, 0]], 1]
	])(
		'flowLegend(%s) places each entry and counts the rows',
		(_name, widths, options, expected, rows) => {
			const before = [...widths];
			const flow = flowLegend(widths, options);
			expect(flow.places.map((place) => [place.x, place.row])).toEqual(expected);
			expect(flow.rows).toBe(rows);
			expect(widths).toEqual(before);
		}
	);
});
