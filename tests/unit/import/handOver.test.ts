import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent } from '../../../src/lib/data/schema';
import { sortEventsByTime } from '../../../src/lib/data/time/sortEvents';
import { HandOverAssembly, prepareHandOver } from '../../../src/lib/import/handOver';
import { smallDataset } from '../../fixtures/smallDataset';

/** Events on the given days (ISO), ids in the order given. */
function eventsOn(days: string[]): DiplomaticEvent[] {
	const template = smallDataset().events[0]!;
	return days.map((day, i) => ({
		...structuredClone(template),
		id: `e${i}`,
		date: { ...template.date, value: day, earliest: day, latest: day }
	}));
}

/** Through the posting boundary, as a worker's messages are: copies, not the same objects. */
function handOverThroughMessages(events: DiplomaticEvent[], size?: number) {
	const { chunks, timePositions } = prepareHandOver(events, size);
	const assembly = new HandOverAssembly();
	for (const chunk of structuredClone(chunks)) assembly.add(chunk);
	return { chunks, ...assembly.finish(timePositions) };
}

describe('prepareHandOver and HandOverAssembly', () => {
	it('prepareHandOver(events, 2) cuts time-ordered chunks of two and leaves the events as they were', () => {
		const events = eventsOn(['2025-03-04', '2025-01-02', '2025-02-03', '2025-01-01', '2025-05-05']);
		const before = structuredClone(events);
		const { chunks, timePositions } = prepareHandOver(events, 2);
		expect(events).toEqual(before);
		expect(chunks.map((chunk) => chunk.map((e) => e.id))).toEqual([
			['e3', 'e1'],
			['e2', 'e0'],
			['e4']
		]);
		expect([...timePositions]).toEqual([3, 1, 2, 0, 4]);
	});

	it('HandOverAssembly.finish(positions) gives back the file order and the time order, the same objects', () => {
		const events = eventsOn(['2025-03-04', '2025-01-02', '2025-02-03']);
		const { events: fileOrder, timeOrdered } = handOverThroughMessages(events, 2);
		expect(fileOrder).toEqual(events);
		expect(timeOrdered).toEqual(sortEventsByTime(events));
		expect(new Set(timeOrdered)).toEqual(new Set(fileOrder));
	});

	it('HandOverAssembly.finish(positions) refuses a hand-over cut short, saying how much arrived', () => {
		const events = eventsOn(['2025-03-04', '2025-01-02', '2025-02-03']);
		const { chunks, timePositions } = prepareHandOver(events, 2);
		const assembly = new HandOverAssembly();
		assembly.add(chunks[0]!);
		expect(assembly.received).toBe(2);
		expect(() => assembly.finish(timePositions)).toThrow('the loader handed over 2 of 3 events');
	});

	it('prepareHandOver(no events) posts no chunk, and the assembly gives back empty orders', () => {
		const { chunks, events, timeOrdered } = handOverThroughMessages([]);
		expect(chunks).toEqual([]);
		expect(events).toEqual([]);
		expect(timeOrdered).toEqual([]);
	});

	it('a hand-over gives back any dataset in file order and in time order, for any chunk size', () => {
		const day = fc
			.integer({ min: 0, max: 60 })
			.map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
		fc.assert(
			fc.property(
				fc.array(day, { maxLength: 40 }),
				fc.integer({ min: 1, max: 7 }),
				(days, size) => {
					const events = eventsOn(days);
					const { chunks, events: fileOrder, timeOrdered } = handOverThroughMessages(events, size);
					expect(chunks.every((chunk) => chunk.length <= size)).toBe(true);
					expect(fileOrder).toEqual(events);
					expect(timeOrdered).toEqual(sortEventsByTime(events));
				}
			)
		);
	});
});
