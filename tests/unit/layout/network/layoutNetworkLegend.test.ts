import { describe, expect, it } from 'vitest';
import { LEGEND_SWATCH, layoutNetworkLegend } from '$lib/layout/network/layoutNetworkLegend';
import { estimateTextWidth } from '$lib/layout/text/estimateTextWidth';

const contacts = {
	title: 'Contacts',
	entries: [
		'Meeting or talks',
		'Phone call or consultation',
		'Mediation or message carried',
		'Statement aimed at',
		'Military pressure or coercion'
	].map((label, i) => ({ key: `k${i}`, label }))
};

/** Every character 10 px wide: positions are easy to work out by hand. */
const tenPx = (text: string) => text.length * 10;

describe('layoutNetworkLegend', () => {
	it.each([360, 390, 900])('layoutNetworkLegend(sections, %i) wraps inside the width', (width) => {
		const sections = [contacts];
		const before = structuredClone(sections);
		const measure = (t: string) => estimateTextWidth(t, 12, 'glyphs');
		const { items, height } = layoutNetworkLegend(sections, width, measure);
		expect(sections).toEqual(before);
		for (const item of items) {
			const w = item.isTitle ? measure(item.label) : LEGEND_SWATCH + 6 + measure(item.label);
			expect(item.x + w).toBeLessThanOrEqual(width);
			expect(item.y).toBeLessThan(height);
		}
	});

	it.each<
		[
			string,
			{ title: string; entries: { key: string; label: string }[] }[],
			number,
			string[],
			number
		]
	>([
		['no sections', [], 500, [], 0],
		['a title alone', [{ title: 'Kinds', entries: [] }], 500, ['title:Kinds 0,14'], 28],
		[
			// Title 40 + 10; entries 26 + 6 + 30 = 62 wide, 14 apart.
			'one row',
			[{ title: 'Abcd', entries: ['abc', 'def'].map((label) => ({ key: label, label })) }],
			500,
			['title:Abcd 0,14', 'abc 50,14', 'def 126,14'],
			28
		],
		[
			// The third entry does not fit in 200 px: it wraps to the indent (24), one row down.
			'a wrapped row',
			[{ title: 'Abcd', entries: ['abc', 'def', 'ghi'].map((label) => ({ key: label, label })) }],
			200,
			['title:Abcd 0,14', 'abc 50,14', 'def 126,14', 'ghi 24,34'],
			48
		],
		[
			// A second section starts its own row, 22 px below the first section's last row.
			'two sections',
			[
				{ title: 'Ab', entries: [{ key: 'x', label: 'x' }] },
				{ title: 'Cd', entries: [{ key: 'y', label: 'y' }] }
			],
			500,
			['title:Ab 0,14', 'x 30,14', 'title:Cd 0,36', 'y 30,36'],
			50
		]
	])(
		'layoutNetworkLegend(%s) places items and measures the height',
		(_name, sections, width, expected, height) => {
			const legend = layoutNetworkLegend(sections, width, tenPx);
			expect(legend.items.map((item) => `${item.key} ${item.x},${item.y}`)).toEqual(expected);
			expect(legend.height).toBe(height);
		}
	);
});
