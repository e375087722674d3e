import { describe, expect, it } from 'vitest';
import { dayToTime } from '../../../../src/lib/data/time/dates';
import type { DiplomaticEvent } from '../../../../src/lib/data/schema';
import type { PlacedMark } from '../../../../src/lib/layout/timeline/layoutTimeline';
import { layoutWhoKnewWhen } from '../../../../src/lib/layout/timeline/layoutThreads';
import { DAY_MS } from '../../../../src/lib/data/time/calendar';
import realShaped from '../../../fixtures/realShaped/dataset.json';
import { computeEventThreads } from '../../../helpers/runTimelinePasses';

const events = realShaped.events as unknown as DiplomaticEvent[];

function event(id: string, day: string, extra: Partial<DiplomaticEvent> = {}): DiplomaticEvent {
	return {
		...(events[0] as DiplomaticEvent),
		id,
		date: { value: day, precision: 'day', earliest: day, latest: day },
		related: undefined,
		reportedAt: undefined,
		...extra
	};
}

const origin = Date.UTC(2025, 0, 1);
/** One pixel a day from 1 January 2025. */
const x = (time: number) => (time - origin) / DAY_MS;

function mark(e: DiplomaticEvent, cy: number, compact = false): PlacedMark {
	const cx = x(dayToTime(e.date.value));
	return {
		key: `${e.id}@lane${cy}`,
		eventId: e.id,
		event: e,
		laneKey: `lane${cy}`,
		laneIndex: 0,
		role: 'party',
		compact,
		row: 0,
		cy,
		time: dayToTime(e.date.value),
		geometry: { kind: 'point', cx, x0: cx, x1: cx },
		pinned: false
	} as PlacedMark;
}

describe('computeEventThreads', () => {
	it('computeEventThreads(events) joins announced → postponed → rescheduled → held into one thread (real-shaped fixture)', () => {
		const before = structuredClone(events);
		const { threadOf, links } = computeEventThreads(events);
		const chain = [
			'round-2-hollen-original',
			'round-2-postponement',
			'round-2-rescheduled',
			'round-2-hollen-held'
		];
		const thread = threadOf.get(chain[0]!);
		expect(thread).toBeDefined();
		for (const id of chain) expect(threadOf.get(id), id).toBe(thread);
		expect(links).toContainEqual({
			from: 'round-2-hollen-original',
			to: 'round-2-rescheduled',
			relation: 'reschedules'
		});
		// responds_to and cancels are not part of a thread.
		expect(threadOf.has('kvn-describes-round-1')).toBe(false);
		expect(events).toEqual(before);
	});

	it.each([
		['no relations', [event('a', '2025-01-01'), event('b', '2025-01-02')], 0],
		[
			'a link to an event not in the dataset',
			[event('a', '2025-01-01', { related: [{ eventId: 'gone', relation: 'follows' }] })],
			0
		],
		[
			'a link to itself',
			[event('a', '2025-01-01', { related: [{ eventId: 'a', relation: 'follows' }] })],
			0
		],
		[
			'the same link given from both ends',
			[
				event('a', '2025-01-01', { related: [{ eventId: 'b', relation: 'follows' }] }),
				event('b', '2025-01-05', { related: [{ eventId: 'a', relation: 'follows' }] })
			],
			1
		]
	])('computeEventThreads(%s) has the right number of links', (_name, input, count) => {
		expect(computeEventThreads(input).links).toHaveLength(count);
	});

	it('computeEventThreads(events) names a thread after its earliest event, whatever the input order', () => {
		const a = event('a', '2025-01-01');
		const b = event('b', '2025-01-05', { related: [{ eventId: 'a', relation: 'follows' }] });
		const c = event('c', '2025-01-09', { related: [{ eventId: 'b', relation: 'reschedules' }] });
		for (const input of [
			[a, b, c],
			[c, b, a],
			[b, c, a]
		]) {
			const { threadOf, links } = computeEventThreads(input);
			expect([...threadOf.values()]).toEqual(['a', 'a', 'a']);
			expect(links.every((l) => l.from < l.to)).toBe(true);
		}
	});
});

describe('layoutWhoKnewWhen', () => {
	const a = event('a', '2025-01-11');
	const b = event('b', '2025-01-21', {
		status: 'planned',
		reportedAt: '2025-01-06',
		related: [{ eventId: 'a', relation: 'follows' }]
	});
	const c = event('c', '2025-01-31', { related: [{ eventId: 'b', relation: 'follows' }] });
	const threads = computeEventThreads([a, b, c]);

	it('layoutWhoKnewWhen(threads, marks) links the primary marks, arching level links over the row', () => {
		const marks = [mark(a, 50), mark(b, 50), mark(b, 90, true), mark(c, 90)];
		const { threads: paths } = layoutWhoKnewWhen(threads, marks, x, 6);
		expect(paths.map((p) => p.key)).toEqual(['a>b', 'b>c']);
		expect(paths[0]!.d).toMatch(/^M10,50Q15,[\d.]+ 20,50$/);
		expect(Number(paths[0]!.d.match(/Q15,([\d.]+)/)![1])).toBeLessThan(50);
		// From b's labelled mark (row 50), not its compact one (row 90), down to c.
		expect(paths[1]!.d).toMatch(/^M20,50C25,50 25,90 30,90$/);
		expect(new Set(paths.map((p) => p.threadId))).toEqual(new Set(['a']));
	});

	it('layoutWhoKnewWhen(threads, marks) leaves out a link whose end is not laid out', () => {
		const { threads: paths } = layoutWhoKnewWhen(threads, [mark(a, 50), mark(c, 50)], x, 6);
		expect(paths).toEqual([]);
	});

	it('layoutWhoKnewWhen(threads, marks) draws a tick on the report day joined to the mark', () => {
		const marks = [mark(a, 50), mark(b, 70)];
		const before = structuredClone(marks);
		const { announcements } = layoutWhoKnewWhen(threads, marks, x, 6);
		expect(announcements).toEqual([{ key: 'b', x: 5, y: 70, markX: 14, d: 'M5,65v10M5,70H14' }]);
		expect(marks).toEqual(before);
	});

	it('layoutWhoKnewWhen(threads, marks) draws no tick when the report day is the event day', () => {
		const same = event('s', '2025-01-11', { reportedAt: '2025-01-11' });
		expect(layoutWhoKnewWhen(threads, [mark(same, 40)], x, 6).announcements).toEqual([]);
	});
});
