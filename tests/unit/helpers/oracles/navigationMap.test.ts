import { bundled, layout } from '../../../helpers/timelineLayoutOf';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import { type LaneGrouping } from '$lib/layout/timeline/laneTypes';
import type { MarkRef, NavigationKey } from '$lib/layout/timeline/keyboardNavigation';
import { createNavigationMap, firstMark, moveFocus } from '../../../helpers/oracles/navigationMap';

describe('keyboard navigation', () => {
	function navigation(dataset: Dataset, grouping: LaneGrouping) {
		const { events, result } = layout(dataset, grouping, 1000);
		const rank = new Map(events.map((event, i) => [event.id, i]));
		return createNavigationMap(result.marks, rank);
	}

	it.each<LaneGrouping>(['state', 'actor', 'category'])(
		'ArrowRight from the first mark visits every event once, in time order (%s lanes)',
		(grouping) => {
			const map = navigation(bundled, grouping);
			let here = firstMark(map);
			const visited: string[] = [];
			for (let i = 0; i < bundled.events.length + 3 && here; i++) {
				if (visited.at(-1) !== here.eventId) visited.push(here.eventId);
				here = moveFocus(map, here, 'ArrowRight');
			}
			expect([...visited].sort()).toEqual(bundled.events.map((e) => e.id).sort());
			const day = (id: string) => bundled.events.find((e) => e.id === id)!.date.value;
			for (let i = 1; i < visited.length; i++) {
				expect(day(visited[i]!) >= day(visited[i - 1]!)).toBe(true);
			}
		}
	);

	it.each<[NavigationKey, string]>([
		['Home', 'the first event'],
		['End', 'the last event'],
		['ArrowLeft', 'stays at the first event']
	])('moveFocus(%s) goes to %s', (key) => {
		const map = navigation(bundled, 'state');
		const start = firstMark(map)!;
		const result = moveFocus(map, start, key)!;
		const expected = key === 'End' ? map.order.at(-1) : map.order[0];
		expect(result.eventId).toBe(expected);
	});

	it('ArrowDown and ArrowUp change lane and come back', () => {
		const map = navigation(bundled, 'state');
		const start: MarkRef = firstMark(map)!;
		const down = moveFocus(map, start, 'ArrowDown')!;
		const laneOrder = map.lanes.map((lane) => lane.laneKey);
		expect(laneOrder.indexOf(down.laneKey)).toBe(laneOrder.indexOf(start.laneKey) + 1);
		const up = moveFocus(map, down, 'ArrowUp')!;
		expect(up.laneKey).toBe(start.laneKey);
	});
});
