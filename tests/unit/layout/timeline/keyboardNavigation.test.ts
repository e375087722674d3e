import { DAY, crowd, bundled, bundledIndex } from '../../../helpers/timelineCrowd';
import { describe, expect, it } from 'vitest';
import {
	firstInBand,
	moveFocusInBand,
	moveFocusInIndex
} from '$lib/layout/timeline/keyboardNavigation';
import { orderedEventId } from '$lib/layout/timeline/laneIndex';
import { indexTimelineLanes } from '../../../helpers/oracles/indexTimelineLanes';

describe('moveFocusInIndex', () => {
	const { events, lanes } = crowd(62, 5);
	const index = indexTimelineLanes(events, lanes);
	const first = orderedEventId(index, 0);
	const last = orderedEventId(index, index.order.length - 1);

	it.each<
		[
			string,
			Parameters<typeof moveFocusInIndex>[1],
			Parameters<typeof moveFocusInIndex>[2],
			string | null
		]
	>([
		['Home from nothing', null, 'Home', first],
		['End from the first', { kind: 'mark', eventId: first, laneKey: 'actor:irn' }, 'End', last],
		[
			'ArrowRight from the first',
			{ kind: 'mark', eventId: first, laneKey: 'actor:irn' },
			'ArrowRight',
			orderedEventId(index, 1)
		],
		[
			'ArrowLeft from the first',
			{ kind: 'mark', eventId: first, laneKey: 'actor:irn' },
			'ArrowLeft',
			null
		],
		[
			'ArrowRight from a band: the first event after it',
			{
				kind: 'band',
				laneKey: 'actor:irn',
				start: Date.UTC(2024, 2, 1),
				end: Date.UTC(2024, 3, 1)
			},
			'ArrowRight',
			'e-31-0'
		],
		[
			'ArrowLeft from a band: the last event before it',
			{
				kind: 'band',
				laneKey: 'actor:irn',
				start: Date.UTC(2024, 3, 1),
				end: Date.UTC(2024, 4, 1)
			},
			'ArrowLeft',
			'e-30-4'
		],
		[
			'ArrowDown from the only lane',
			{ kind: 'mark', eventId: first, laneKey: 'actor:irn' },
			'ArrowDown',
			null
		]
	])('moveFocusInIndex: %s', (_what, from, key, expected) => {
		const before = structuredClone(index);
		expect(moveFocusInIndex(index, from, key)?.eventId ?? null).toBe(expected);
		expect(index).toEqual(before);
	});

	it('moveFocusInIndex with ArrowRight visits every event of the bundled dataset in time order', () => {
		const { index: small } = bundledIndex();
		let here = moveFocusInIndex(small, null, 'Home');
		const visited: string[] = [];
		while (here && visited.length <= bundled.events.length) {
			visited.push(here.eventId);
			here = moveFocusInIndex(small, { kind: 'mark', ...here }, 'ArrowRight');
		}
		expect([...visited].sort()).toEqual(bundled.events.map((e) => e.id).sort());
	});

	it('moveFocusInIndex with ArrowDown changes lane in the bundled dataset', () => {
		const { index: small } = bundledIndex();
		const start = moveFocusInIndex(small, null, 'Home')!;
		const down = moveFocusInIndex(small, { kind: 'mark', ...start }, 'ArrowDown')!;
		expect(small.laneIndexByKey.get(down.laneKey)).toBe(
			small.laneIndexByKey.get(start.laneKey)! + 1
		);
	});
});

describe('moveFocusInBand (a same-day crowd opened at maximum zoom)', () => {
	// Ten events a day: more than a lane's rows hold, so a day stays a band at any zoom.
	const { events, lanes } = crowd(3, 10);
	const index = indexTimelineLanes(events, lanes);
	const day = (d: number) => Date.UTC(2024, 2, 1) + d * DAY;
	const band = { laneKey: 'actor:irn', start: day(1), end: day(2) };
	const ref = (id: string | null) => (id === null ? null : { eventId: id, laneKey: 'actor:irn' });

	it('Enter on the band focuses its first event; an empty band has none', () => {
		expect(firstInBand(index, band)).toEqual(ref('e-1-0'));
		expect(firstInBand(index, { ...band, start: day(5), end: day(6) })).toBeNull();
		expect(firstInBand(index, { ...band, laneKey: 'actor:none' })).toBeNull();
	});

	it.each<[string, string, Parameters<typeof moveFocusInBand>[3], string | null]>([
		['ArrowRight steps to the next event of the day', 'e-1-0', 'ArrowRight', 'e-1-1'],
		['ArrowRight again', 'e-1-4', 'ArrowRight', 'e-1-5'],
		['ArrowLeft steps back', 'e-1-5', 'ArrowLeft', 'e-1-4'],
		['End goes to its last event', 'e-1-2', 'End', 'e-1-9'],
		['Home goes to its first event', 'e-1-7', 'Home', 'e-1-0'],
		['ArrowRight past the last event leaves the band', 'e-1-9', 'ArrowRight', null],
		['ArrowLeft before the first event leaves the band', 'e-1-0', 'ArrowLeft', null],
		['ArrowDown leaves the band', 'e-1-3', 'ArrowDown', null],
		['an event of another day is not in the band', 'e-2-0', 'ArrowRight', null]
	])('%s', (_what, from, key, expected) => {
		expect(moveFocusInBand(index, band, from, key)).toEqual(ref(expected));
	});

	it('steps through every event of the band once, in lane order', () => {
		const seen: string[] = [];
		for (
			let at = firstInBand(index, band);
			at;
			at = moveFocusInBand(index, band, at.eventId, 'ArrowRight')
		)
			seen.push(at.eventId);
		expect(seen).toEqual(Array.from({ length: 10 }, (_, k) => `e-1-${k}`));
	});

	it('leaving the band, moveFocusInIndex goes on past it as from the band', () => {
		const next = moveFocusInIndex(index, { kind: 'band', ...band }, 'ArrowRight');
		expect(next).toEqual(ref('e-2-0'));
		const previous = moveFocusInIndex(index, { kind: 'band', ...band }, 'ArrowLeft');
		expect(previous).toEqual(ref('e-0-9'));
	});
});
