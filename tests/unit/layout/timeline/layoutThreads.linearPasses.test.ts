/**
 * The timeline's whole-dataset passes, rewritten to be linear and light on memory for very
 * large datasets, against the straightforward computations they replace, on generated
 * datasets: same results, inputs untouched.
 */
import { describe, expect, it } from 'vitest';
import type { DiplomaticEvent } from '$lib/data/schema';
import { compareEventsByTime, sortEventsByTime } from '$lib/data/time/sortEvents';
import { computeFirstWindow } from '$lib/layout/timeline/firstWindow';
import { THREAD_RELATIONS, type EventThreads } from '$lib/layout/timeline/layoutThreads';
import { computeEventSpans, computeEventThreads } from '../../../helpers/runTimelinePasses';
import { DAY_MS } from '$lib/data/time/calendar';
import { dayToTime } from '$lib/data/time/dates';
import { plottedTime } from '$lib/layout/timeline/markGeometry';
import { randomDataset } from '../../../fixtures/randomDataset';
import { seededRandom } from '../../../fixtures/seededRandom';

const RELATIONS = ['follows', 'reschedules', 'responds_to', 'contradicts'] as const;

/** A random dataset whose events link to one another, some by thread relations, some twice. */
function linkedEvents(seed: number, count: number): DiplomaticEvent[] {
	const random = seededRandom(seed);
	const events = randomDataset(seed, { events: count, spanDays: 60 }).events;
	return events.map((event, i) => {
		const links = Math.floor(random() * 3);
		const related = Array.from({ length: links }, () => ({
			eventId: random() < 0.1 ? 'not-in-the-dataset' : events[Math.floor(random() * count)]!.id,
			relation: RELATIONS[Math.floor(random() * RELATIONS.length)]!
		}));
		const reportedAt =
			random() < 0.3
				? new Date(Date.UTC(2019, 0, 1 + Math.floor(random() * 400))).toISOString().slice(0, 10)
				: undefined;
		return {
			...event,
			...(i % 4 === 0 ? {} : { related: related as DiplomaticEvent['related'] }),
			...(reportedAt ? { reportedAt } : {})
		};
	});
}

/** The threads as first written: a lookup of every event, links checked against a list. */
function referenceThreads(events: readonly DiplomaticEvent[]): EventThreads {
	const byId = new Map(events.map((event) => [event.id, event]));
	const order = (a: DiplomaticEvent, b: DiplomaticEvent): [DiplomaticEvent, DiplomaticEvent] => {
		if (a.date.value !== b.date.value) return a.date.value < b.date.value ? [a, b] : [b, a];
		return a.id <= b.id ? [a, b] : [b, a];
	};
	const parent = new Map<string, string>();
	const find = (id: string): string => {
		let root = id;
		while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
		parent.set(id, root);
		return root;
	};
	const links: EventThreads['links'] = [];
	for (const event of events) {
		for (const link of event.related ?? []) {
			if (!THREAD_RELATIONS.has(link.relation)) continue;
			const other = byId.get(link.eventId);
			if (!other || other.id === event.id) continue;
			const [from, to] = order(other, event);
			if (links.some((l) => l.from === from.id && l.to === to.id)) continue;
			links.push({ from: from.id, to: to.id, relation: link.relation });
			const a = find(from.id);
			const b = find(to.id);
			if (a !== b) parent.set(a, b);
		}
	}
	const members = new Map<string, DiplomaticEvent[]>();
	for (const id of parent.keys()) {
		const root = find(id);
		members.set(root, [...(members.get(root) ?? []), byId.get(id)!]);
	}
	const threadOf = new Map<string, string>();
	for (const group of members.values()) {
		const first = group.reduce((a, b) => (order(a, b)[0] === a ? a : b));
		for (const event of group) threadOf.set(event.id, first.id);
	}
	return { threadOf, links };
}

describe('whole-dataset passes of the timeline', () => {
	it('computeEventThreads(events) gives the threads and links of the reference, on generated datasets', () => {
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			const events = linkedEvents(seed, 40 + seed * 25);
			const before = structuredClone(events);
			const threads = computeEventThreads(events);
			const reference = referenceThreads(events);
			expect(reference.links.length).toBeGreaterThan(0);
			expect(threads.links, `seed ${seed}`).toEqual(reference.links);
			expect([...threads.threadOf], `seed ${seed}`).toEqual([...reference.threadOf]);
			expect(events).toEqual(before);
		}
	});

	it('computeEventThreads(events without thread relations) is empty', () => {
		const events = randomDataset(3, { events: 200 }).events.map((event) => ({
			...event,
			related: [{ eventId: event.id, relation: 'responds_to' as const }]
		})) as DiplomaticEvent[];
		expect(computeEventThreads(events)).toEqual({ threadOf: new Map(), links: [] });
		expect(computeEventThreads([])).toEqual({ threadOf: new Map(), links: [] });
	});

	it('computeEventSpans(events) reads each date as markTimeSpan and plottedTime do', () => {
		for (const seed of [1, 2, 3]) {
			const events = sortEventsByTime(randomDataset(seed, { events: 300, spanDays: 40 }).events);
			const before = structuredClone(events);
			const spans = computeEventSpans(events);
			events.forEach(({ date }, i) => {
				const windowed = date.earliest !== date.latest;
				const bar = date.end !== undefined && date.end > date.value;
				const last = date.end && date.end > date.latest ? date.end : date.latest;
				const time = plottedTime(date);
				expect(spans.times[i]).toBe(time);
				expect(spans.windowStart[i]).toBe(windowed ? dayToTime(date.earliest) : NaN);
				expect(spans.windowEnd[i]).toBe(windowed ? dayToTime(date.latest) + DAY_MS : NaN);
				expect(spans.barStart[i]).toBe(bar ? dayToTime(date.value) : NaN);
				expect(spans.barEnd[i]).toBe(bar ? dayToTime(date.end!) + DAY_MS : NaN);
				expect(spans.spanStart[i]).toBe(Math.min(dayToTime(date.earliest), time));
				expect(spans.spanEnd[i]).toBe(Math.max(dayToTime(last) + DAY_MS, time));
			});
			expect(events).toEqual(before);
		}
	});

	it('computeFirstWindow(times) is the same for times in order and shuffled', () => {
		const random = seededRandom(9);
		for (const count of [1, 2, 10, 300]) {
			const times = Float64Array.from({ length: count }, () =>
				Math.floor(random() * 400 * DAY_MS)
			).sort();
			const shuffled = Float64Array.from(times).sort(() => random() - 0.5);
			const copy = Float64Array.from(shuffled);
			expect(computeFirstWindow(times)).toEqual(computeFirstWindow(shuffled));
			expect(shuffled).toEqual(copy);
		}
	});

	it('sortEventsByTime(events in time order) is a new array equal to them; otherwise it sorts', () => {
		const sorted = [...randomDataset(4, { events: 300 }).events].sort(compareEventsByTime);
		const result = sortEventsByTime(sorted);
		expect(result).not.toBe(sorted);
		expect(result).toEqual(sorted);
		const reversed = [...sorted].reverse();
		const copy = [...reversed];
		expect(sortEventsByTime(reversed)).toEqual(sorted);
		expect(reversed).toEqual(copy);
	});
});
