import { describe, expect, it } from 'vitest';
import { categoryOf } from '$lib/data/filters/filterEvents';
import type { DiplomaticEvent } from '$lib/data/schema';
import { STEP_EVERY } from '$lib/data/steps';
import { timelineEventFacts, timelineEventFactsInSteps } from '$lib/layout/timeline/eventFacts';
import { computeEventThreads } from '../../../helpers/runTimelinePasses';
import { computeTimeExtent } from '$lib/layout/timeline/timeExtent';
import { randomDataset } from '../../../fixtures/randomDataset';
import { seededRandom } from '../../../fixtures/seededRandom';

/** Random events, some announced before their day, some reported on it, some linked. */
function reportedEvents(seed: number, count: number): DiplomaticEvent[] {
	const random = seededRandom(seed);
	const events = randomDataset(seed, { events: count, spanDays: 60 }).events;
	return events.map((event, i) => {
		const roll = random();
		const reportedAt =
			roll < 0.3
				? new Date(Date.UTC(2019, 0, 1 + Math.floor(random() * 400))).toISOString().slice(0, 10)
				: roll < 0.5
					? event.date.value
					: undefined;
		const related =
			i > 0 && random() < 0.2
				? [{ eventId: events[Math.floor(random() * i)]!.id, relation: 'follows' as const }]
				: undefined;
		return { ...event, ...(reportedAt ? { reportedAt } : {}), ...(related ? { related } : {}) };
	});
}

describe('timelineEventFacts', () => {
	it('timelineEventFacts(events) counts each category, and finds announcements, report days and threads', () => {
		for (const seed of [1, 2, 3, 4]) {
			const events = reportedEvents(seed, 300);
			const before = structuredClone(events);
			const facts = timelineEventFacts(events);
			const counts = new Map<string, number>();
			for (const event of events)
				counts.set(categoryOf(event), (counts.get(categoryOf(event)) ?? 0) + 1);
			expect(facts.events).toBe(events);
			expect(facts.categoryCounts).toEqual(counts);
			expect(facts.announced).toBe(
				events.some((e) => e.reportedAt !== undefined && e.reportedAt !== e.date.value)
			);
			const every = events.flatMap((event) => (event.reportedAt ? [event.reportedAt] : []));
			expect(computeTimeExtent(events, facts.reportedAt, '2030-01-01')).toEqual(
				computeTimeExtent(events, every, '2030-01-01')
			);
			expect(facts.threads).toEqual(computeEventThreads(events));
			expect(events).toEqual(before);
		}
	});

	it.each([
		['no event', [], []],
		['events never reported', [undefined, undefined], []],
		['one report day', ['2025-03-01', '2025-03-01'], ['2025-03-01']],
		['several', ['2025-03-04', undefined, '2025-02-27', '2025-03-01'], ['2025-02-27', '2025-03-04']]
	] as const)('timelineEventFacts(%s).reportedAt is the first and last day', (_, days, extent) => {
		const base = randomDataset(7, { events: days.length }).events;
		const events = base.map((event, i) => ({
			...event,
			...(days[i] ? { reportedAt: days[i] } : {})
		}));
		expect(timelineEventFacts(events).reportedAt).toEqual(extent);
	});

	it('timelineEventFacts(events reported only on their own day) has no announcement', () => {
		const events = randomDataset(8, { events: 20 }).events.map((event) => ({
			...event,
			reportedAt: event.date.value
		}));
		expect(timelineEventFacts(events).announced).toBe(false);
	});

	it('timelineEventFactsInSteps(events) yields between chunks and gives the same facts', () => {
		const events = reportedEvents(5, STEP_EVERY * 2 + 10);
		const steps = timelineEventFactsInSteps(events);
		let yields = 0;
		let next = steps.next();
		for (; !next.done; next = steps.next()) yields++;
		expect(yields).toBeGreaterThanOrEqual(2);
		expect(next.value).toEqual(timelineEventFacts(events));
	});
});
