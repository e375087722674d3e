import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import { creditLine, shownEvents } from '$lib/export/caption';
import { smallDataset } from '../../fixtures/smallDataset';

const realShaped = JSON.parse(
	readFileSync('tests/fixtures/realShaped/dataset.json', 'utf8')
) as Dataset;
const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('shownEvents(visible, window, drawn)', () => {
	const events = realShaped.events;
	it.each([
		{ name: 'no window: every event shown', window: null, expected: events.length },
		{
			name: 'a window: only the events that overlap it',
			window: [day('2025-03-01'), day('2025-04-30') + DAY - 1] as [number, number],
			expected: events.filter(
				(e) =>
					e.date.earliest <= '2025-04-30' &&
					(e.date.end && e.date.end > e.date.latest ? e.date.end : e.date.latest) >= '2025-03-01'
			).length
		}
	])('shownEvents(events, window) counts the events in time: $name', ({ window, expected }) => {
		const before = structuredClone(events);
		const shown = shownEvents(events, window);
		expect(events).toEqual(before);
		expect(shown.count).toBe(expected);
		expect(shown.eventIds).toHaveLength(expected);
		expect(expected).toBeGreaterThan(0);
	});

	it('shownEvents(..., drawn) takes what the chart says it draws, each event once', () => {
		const drawn = { count: 5, eventIds: ['a', 'b', 'a', 'c'] };
		expect(shownEvents(events, null, drawn)).toEqual({ count: 5, eventIds: ['a', 'b', 'c'] });
		expect(drawn.eventIds).toEqual(['a', 'b', 'a', 'c']);
	});
});

describe('creditLine(dataset, eventIds)', () => {
	const outlet = (id: string) => realShaped.sources.find((s) => s.id === id)!.outlet;
	const citedBy = (eventId: string) =>
		realShaped.events.find((e) => e.id === eventId)!.evidence.map((item) => item.sourceId);

	it("creditLine(dataset, one event) credits that event's sources and no other", () => {
		const event = realShaped.events.find((e) => new Set(citedBy(e.id)).size === 1)!;
		const [only] = citedBy(event.id);
		const before = structuredClone(realShaped);
		const line = creditLine(realShaped, [event.id]);
		expect(realShaped).toEqual(before);
		expect(line).toMatch(
			new RegExp(`^Source: ${outlet(only!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
		);
		expect(line).not.toContain('; ');
		expect(line).toContain(
			`Data: ${realShaped.meta.title} (${realShaped.meta.license}). Made with Parley.`
		);
	});

	it('creditLine(dataset, many events) names the primary sources first and counts what is past six', () => {
		const ids = realShaped.events.map((e) => e.id);
		const cited = new Set(ids.flatMap(citedBy));
		expect(cited.size).toBeGreaterThan(6);
		const line = creditLine(realShaped, ids);
		expect(line).toContain(`and ${cited.size - 6} more cited by the events shown`);
		const primary = realShaped.meta.primarySourceIds!.filter((id) => cited.has(id));
		expect(line.startsWith(`Source: ${outlet(primary[0]!)}`)).toBe(true);
	});

	it.each([
		{ name: 'no events', ids: [] as string[], expected: 'Source: none drawn.' },
		{ name: 'unknown ids', ids: ['nope'], expected: 'Source: none drawn.' }
	])('creditLine(dataset, $name) credits no source', ({ ids, expected }) => {
		expect(creditLine(smallDataset(), ids)).toContain(expected);
	});

	it("creditLine(dataset, ids) gives a source's title and date, and says when the date is inferred", () => {
		const dataset = smallDataset();
		dataset.sources[0]!.title = 'Talks to resume';
		dataset.sources[0]!.publishedAtNote = "from the wire's archive";
		const line = creditLine(
			dataset,
			dataset.events.map((e) => e.id)
		);
		expect(line).toMatch(
			/^Source: Example Wire, “Talks to resume”, .*2023.* \(date inferred\)\. Data: Talks in Havana/
		);
	});
});
