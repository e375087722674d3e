import { bundled, layout } from '../../../helpers/timelineLayoutOf';
import { describe, expect, it } from 'vitest';
import { type LaneGrouping } from '$lib/layout/timeline/laneTypes';
import { DEFAULT_METRICS, shortTitle } from '$lib/layout/timeline/layoutTimeline';
import { estimateTextWidth } from '$lib/layout/text/estimateTextWidth';
import { randomDataset } from '../../../fixtures/randomDataset';

function expectNoOverlaps(
	result: ReturnType<typeof layout>['result'],
	width: number,
	where: string
) {
	// Marks in one row of one lane never overlap.
	const rows = new Map<string, typeof result.marks>();
	for (const mark of result.marks) {
		const key = `${mark.laneKey}#${mark.row}`;
		rows.set(key, [...(rows.get(key) ?? []), mark]);
	}
	for (const [row, marks] of rows) {
		const sorted = [...marks].sort((a, b) => a.geometry.x0 - b.geometry.x0);
		for (let i = 1; i < sorted.length; i++) {
			expect(sorted[i]!.geometry.x0, `marks overlap in ${row} (${where})`).toBeGreaterThanOrEqual(
				sorted[i - 1]!.geometry.x1
			);
		}
	}
	// Labels stay on screen, clear of each other and of the marks in their row.
	for (const label of result.labels) {
		expect(label.x).toBeGreaterThanOrEqual(0);
		expect(label.x + label.width).toBeLessThanOrEqual(width);
		for (const mark of rows.get(label.rowKey) ?? []) {
			// Its own mark's window or bar may carry it, from right of the glyph (never over it).
			const x1 =
				mark.key === label.key
					? Math.min(mark.geometry.x1, mark.geometry.cx + DEFAULT_METRICS.glyphRadius)
					: mark.geometry.x1;
			const apart = label.x + label.width <= mark.geometry.x0 || x1 <= label.x;
			expect(apart, `label ${label.key} over mark ${mark.key} (${where})`).toBe(true);
		}
		for (const other of result.labels) {
			if (other === label || other.rowKey !== label.rowKey) continue;
			expect(label.x + label.width <= other.x || other.x + other.width <= label.x).toBe(true);
		}
	}
	// Lane names fit the width (with room for the count after them).
	for (const lane of result.lanes) {
		expect(estimateTextWidth(lane.shownLabel, 12)).toBeLessThanOrEqual(width - lane.labelX - 40);
	}
	// Lanes are stacked without overlapping, and each mark is inside its lane.
	for (let i = 1; i < result.lanes.length; i++) {
		expect(result.lanes[i]!.y0).toBeGreaterThan(result.lanes[i - 1]!.y1);
	}
	for (const mark of result.marks) {
		const lane = result.lanes[mark.laneIndex]!;
		expect(mark.cy).toBeGreaterThan(lane.y0);
		expect(mark.cy).toBeLessThan(lane.y1);
	}
}

describe('layoutTimeline', () => {
	it.each<[LaneGrouping, number]>([
		['state', 1200],
		['actor', 800],
		['category', 360]
	])(
		'layoutTimeline(bundled dataset, %s, %i px) draws one mark per event and lane',
		(grouping, width) => {
			const before = structuredClone(bundled);
			const { lanes, result } = layout(bundled, grouping, width);
			expect(result.marks.map((m) => m.key).sort()).toEqual(
				lanes.memberships.map((m) => `${m.eventId}@${m.laneKey}`).sort()
			);
			expectNoOverlaps(result, width, grouping);
			expect(bundled).toEqual(before);
		}
	);

	it('layoutTimeline joins the marks of an event in several lanes with one connector', () => {
		const { lanes, result } = layout(bundled, 'state', 1000);
		const multi = new Set(
			lanes.memberships
				.map((m) => m.eventId)
				.filter((id, _i, all) => all.indexOf(id) !== all.lastIndexOf(id))
		);
		expect(result.connectors.map((c) => c.eventId).sort()).toEqual([...multi].sort());
	});

	it('layoutTimeline produces no overlaps and the same output twice, on many random datasets', () => {
		for (let seed = 1; seed <= 40; seed++) {
			const dataset = randomDataset(seed, { events: 20 + seed * 3, spanDays: 30 + seed * 5 });
			const grouping = (['state', 'actor', 'category'] as const)[seed % 3]!;
			const width = [360, 800, 1400][seed % 3]!;
			const zoom = [0.3, 1, 4][Math.floor(seed / 3) % 3]!;
			const before = structuredClone(dataset);
			const first = layout(dataset, grouping, width, zoom).result;
			const second = layout(dataset, grouping, width, zoom).result;
			expect(second).toEqual(first);
			expectNoOverlaps(first, width, `seed ${seed}`);
			expect(dataset).toEqual(before);
		}
		// Eighty layouts: allow for a busy machine.
	}, 60_000);
});

describe('shortTitle', () => {
	it.each([
		['Talks resume. More follows.', 'Talks resume'],
		['A U.S. official said talks go on. More.', 'A U.S. official said talks go on'],
		['Iran; then more', 'Iran'],
		['Calls were made; talks followed.', 'Calls were made'],
		['x'.repeat(200), `${'x'.repeat(89)}…`]
	])('shortTitle(%j) is %j', (summary, expected) => {
		expect(shortTitle(summary)).toBe(expected);
	});
});
