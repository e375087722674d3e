import { describe, expect, it } from 'vitest';
import { STATUSES } from '$lib/data/vocabularies';
import {
	LEGEND_HEADER,
	LEGEND_ROW_HEIGHT,
	layoutTimelineLegend,
	timelineLegendEntries,
	type TimelineLegendOptions
} from '$lib/state/timeline/timelineLegendEntries';

const none: TimelineLegendOptions = {
	reportedOn: false,
	colours: null,
	statusColours: false,
	threads: false,
	announcements: false
};

describe('timelineLegendEntries', () => {
	it('timelineLegendEntries(nothing optional) lists the statuses, then mediator, window and bar', () => {
		const keys = timelineLegendEntries(none).map((entry) => entry.key);
		expect(keys).toEqual([...STATUSES.map((s) => `status-${s}`), 'mediator', 'window', 'bar']);
	});

	it.each<[keyof TimelineLegendOptions, string]>([
		['threads', 'thread'],
		['announcements', 'announced'],
		['reportedOn', 'reported-on']
	])('timelineLegendEntries({ %s: true }) adds the %s entry', (option, key) => {
		const options = { ...none, [option]: true };
		const before = structuredClone(options);
		expect(timelineLegendEntries(options).map((entry) => entry.key)).toContain(key);
		expect(timelineLegendEntries(none).map((entry) => entry.key)).not.toContain(key);
		expect(options).toEqual(before);
	});

	it('timelineLegendEntries colours the statuses only when statuses are coloured, and puts category colours first', () => {
		const plain = timelineLegendEntries(none);
		expect(plain.filter((e) => e.key.startsWith('status-')).every((e) => !e.colour)).toBe(true);
		const coloured = timelineLegendEntries({
			...none,
			statusColours: true,
			colours: {
				slotOf: new Map([['MEET', 0]]),
				groups: [{ slot: 0, label: 'Meet', members: ['MEET'] }]
			}
		});
		expect(coloured[0]).toMatchObject({ key: 'colour-0', label: 'Meet', colour: 'colour-0' });
		expect(coloured.filter((e) => e.key.startsWith('status-')).every((e) => e.colour)).toBe(true);
	});

	it.each([1440, 600, 360])(
		'layoutTimelineLegend(%i, options) is as tall as its header and rows, rows growing as the width shrinks',
		(width) => {
			const legend = layoutTimelineLegend(width, { ...none, threads: true, reportedOn: true });
			expect(legend.height).toBe(LEGEND_HEADER + legend.rows * LEGEND_ROW_HEIGHT);
			expect(legend.rows).toBeGreaterThanOrEqual(1);
			const wider = layoutTimelineLegend(width * 2, { ...none, threads: true, reportedOn: true });
			expect(wider.rows).toBeLessThanOrEqual(legend.rows);
		}
	);
});
