/**
 * The real-shaped fixture keeps what makes it real-shaped: a test fails if an edit silently
 * drops a status, the announcements made before their events, the two relations to one event,
 * the outliers in time, the actors without coordinates, the many sources or the long summaries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Actor, Dataset, DiplomaticEvent as Event } from '../../src/lib/data/schema';
import { validateDataset } from '../../src/lib/data/validateDataset';

const text = readFileSync('tests/fixtures/realShaped/dataset.json', 'utf8');
const dataset = JSON.parse(text) as Dataset;
const actor = new Map(dataset.actors.map((a) => [a.id, a]));
const hasCoords = (a: Actor | undefined) => a?.lat !== undefined && a?.lon !== undefined;

/** The state or igo an actor rolls up to (itself when it is one). */
function rollUp(id: string): string {
	const a = actor.get(id);
	const parent = a?.kind === 'state' || a?.kind === 'igo' ? undefined : a?.memberOf?.[0];
	return parent === undefined ? id : rollUp(parent);
}

function countBy<T>(items: T[], key: (item: T) => string | null | undefined) {
	const counts = new Map<string, number>();
	for (const item of items) {
		const k = String(key(item));
		counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	return counts;
}

// The four months of talks; everything outside is background or later.
const MAIN_START = '2025-02-01';
const MAIN_END = '2025-05-31';
const inMain = (e: Event) => e.date.value >= MAIN_START && e.date.value <= MAIN_END;

describe('tests/fixtures/realShaped/dataset.json', () => {
	it('validateDataset(fixture) gives no error and no warning, and does not change it', () => {
		const input = JSON.parse(text) as unknown;
		const result = validateDataset(input);
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(input).toEqual(JSON.parse(text));
	});

	it('says it is fictional and holds about 40 events, 15-25 actors and 50+ sources', () => {
		expect(dataset.meta.title).toMatch(/^Fictional test fixture: /);
		expect(dataset.events.length).toBeGreaterThanOrEqual(35);
		expect(dataset.events.length).toBeLessThanOrEqual(45);
		expect(dataset.actors.length).toBeGreaterThanOrEqual(15);
		expect(dataset.actors.length).toBeLessThanOrEqual(25);
		expect(dataset.sources.length).toBeGreaterThanOrEqual(50);
	});

	it('has every status, several planned-type ones', () => {
		const statuses = countBy(dataset.events, (e) => e.status);
		for (const status of [
			'occurred',
			'planned',
			'tentative',
			'postponed',
			'cancelled',
			'reported',
			'claimed'
		]) {
			expect(statuses.get(status), status).toBeGreaterThanOrEqual(1);
		}
		expect(statuses.get('tentative')).toBeGreaterThanOrEqual(2);
		expect(statuses.get('reported')).toBeGreaterThanOrEqual(2);
		expect(statuses.get('claimed')).toBeGreaterThanOrEqual(2);
	});

	it('announces planned, tentative, postponed and cancelled events before their window', () => {
		const announced = dataset.events.filter(
			(e) => e.reportedAt !== undefined && e.reportedAt < e.date.earliest
		);
		expect(announced.length).toBeGreaterThanOrEqual(4);
		expect(new Set(announced.map((e) => e.status))).toEqual(
			new Set(['planned', 'tentative', 'postponed', 'cancelled'])
		);
	});

	it('links a postponed round to its rescheduling and holding, and a cancelled round to its cancellation', () => {
		const links = dataset.events.flatMap((e) =>
			(e.related ?? []).map((r) => ({ from: e, relation: r.relation, to: r.eventId }))
		);
		const byId = new Map(dataset.events.map((e) => [e.id, e]));
		const reschedule = links.find(
			(l) => l.relation === 'reschedules' && byId.get(l.to)?.status === 'postponed'
		);
		expect(reschedule).toBeDefined();
		const held = links.find(
			(l) =>
				l.relation === 'follows' && l.to === reschedule?.from.id && l.from.status === 'occurred'
		);
		expect(held).toBeDefined();
		expect(
			links.some((l) => l.relation === 'cancels' && byId.get(l.to)?.status === 'cancelled')
		).toBe(true);
	});

	it('has an event relating to the same event twice, as responds_to and contradicts', () => {
		const doubled = dataset.events.filter((e) => {
			const relations = countBy(e.related ?? [], (r) => r.eventId);
			return [...relations.values()].some((n) => n >= 2);
		});
		expect(doubled).toHaveLength(1);
		const related = doubled[0]?.related ?? [];
		expect(related).toHaveLength(2);
		expect(related[0]?.eventId).toBe(related[1]?.eventId);
		expect(new Set(related.map((r) => r.relation))).toEqual(
			new Set(['responds_to', 'contradicts'])
		);
	});

	it('has outliers in time: two background events years earlier and later ones', () => {
		const years = dataset.events.map((e) => Number(e.date.value.slice(0, 4)));
		expect(years.filter((y) => y <= 2019).length).toBeGreaterThanOrEqual(2);
		expect(new Set(years.filter((y) => y <= 2019)).size).toBe(2);
		expect(dataset.events.filter((e) => e.date.value > '2025-09-30').length).toBeGreaterThanOrEqual(
			2
		);
		expect(dataset.events.filter(inMain).length).toBeGreaterThanOrEqual(30);
	});

	it('names a mediator in every round and every mediation, the mediator as its source', () => {
		const rounds = dataset.events.filter((e) => e.tags?.includes('round'));
		expect(rounds.length).toBeGreaterThanOrEqual(6);
		for (const round of rounds) expect(round.mediators?.length, round.id).toBeGreaterThan(0);
		const mediations = dataset.events.filter((e) => e.type.cameo === '045');
		expect(mediations.length).toBeGreaterThanOrEqual(10);
		for (const m of mediations) {
			expect(
				m.sourceActors.some((id) => m.mediators?.includes(id)),
				m.id
			).toBe(true);
		}
	});

	it('has one mediator state in the mediation of every month of the talks', () => {
		const mediatorStates = dataset.events
			.filter((e) => inMain(e) && e.type.cameo === '045')
			.map((e) => ({ month: e.date.value.slice(0, 7), states: e.sourceActors.map(rollUp) }));
		const counts = [
			...countBy(
				mediatorStates.flatMap((m) => m.states),
				(s) => s
			)
		];
		const main = counts.sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];
		expect(actor.get(main[0])?.kind).toBe('state');
		const months = new Set(
			mediatorStates.filter((m) => m.states.includes(main[0])).map((m) => m.month)
		);
		expect(months).toEqual(new Set(['2025-02', '2025-03', '2025-04', '2025-05']));
		// Other hosts and an international organisation appear beside it.
		const others = new Set(
			dataset.events.flatMap((e) => (e.mediators ?? []).map(rollUp)).filter((s) => s !== main[0])
		);
		expect(others.size).toBeGreaterThanOrEqual(2);
		expect([...others].some((id) => actor.get(id)?.kind === 'igo')).toBe(true);
	});

	it('mixes violent and cooperative PLOVER categories', () => {
		const categories = new Set(dataset.events.map((e) => e.type.plover));
		for (const c of [
			'ASSAULT',
			'THREATEN',
			'COERCE',
			'PROTEST',
			'CONSULT',
			'AGREE',
			'COOPERATE'
		] as const) {
			expect(categories.has(c), c).toBe(true);
		}
		expect(categories.has(null)).toBe(true);
	});

	it('has every confidence, with a note whenever it is not high', () => {
		const confidence = countBy(dataset.events, (e) => e.confidence);
		for (const c of ['high', 'medium', 'low'])
			expect(confidence.get(c), c).toBeGreaterThanOrEqual(2);
		for (const e of dataset.events.filter((e) => e.confidence !== 'high')) {
			expect(e.confidenceNote, e.id).toBeTruthy();
		}
	});

	it('has day, week, month and range dates, the imprecise ones with a note', () => {
		const precisions = countBy(dataset.events, (e) => e.date.precision);
		for (const p of ['day', 'week', 'month', 'range']) {
			expect(precisions.get(p), p).toBeGreaterThanOrEqual(2);
		}
		for (const e of dataset.events.filter((e) => e.date.precision !== 'day')) {
			expect(e.date.note, e.id).toBeTruthy();
			expect(e.date.earliest < e.date.latest, e.id).toBe(true);
		}
		expect(dataset.events.some((e) => /as soon as/i.test(e.date.note ?? ''))).toBe(true);
		expect(dataset.events.filter((e) => e.date.end).length).toBeGreaterThanOrEqual(3);
		expect(dataset.events.filter((e) => e.date.timezone).length).toBeGreaterThanOrEqual(1);
	});

	it('has states with seats that have coordinates, people in states, and actors without coordinates', () => {
		const states = dataset.actors.filter((a) => a.kind === 'state');
		expect(states.length).toBeGreaterThanOrEqual(3);
		expect(states.length).toBeLessThanOrEqual(5);
		for (const state of states) expect(hasCoords(actor.get(state.seat ?? '')), state.id).toBe(true);
		const people = dataset.actors.filter(
			(a) => a.kind === 'person' && a.memberOf?.some((m) => actor.get(m)?.kind === 'state')
		);
		expect(people.length).toBeGreaterThanOrEqual(4);
		const igos = dataset.actors.filter((a) => a.kind === 'igo');
		expect(igos.some((igo) => !hasCoords(igo) && !hasCoords(actor.get(igo.seat ?? '')))).toBe(true);
		const venues = dataset.actors.filter((a) => a.kind === 'venue');
		expect(venues.filter((v) => !hasCoords(v)).length).toBeGreaterThanOrEqual(2);
		const seats = new Set(states.map((s) => s.seat));
		expect(venues.some((v) => hasCoords(v) && !seats.has(v.id))).toBe(true);
		// Events happen at the venues without coordinates too.
		const placeless = new Set(venues.filter((v) => !hasCoords(v)).map((v) => v.id));
		expect(dataset.events.some((e) => placeless.has(e.location?.actorId ?? ''))).toBe(true);
	});

	it('cites many outlets, wire copies and sources without a date, 1-4 quotes an event', () => {
		expect(new Set(dataset.sources.map((s) => s.outlet)).size).toBeGreaterThanOrEqual(10);
		expect(dataset.sources.filter((s) => s.publishedAt === null).length).toBeGreaterThanOrEqual(3);
		expect(dataset.sources.filter((s) => s.sourceType === 'wire').length).toBeGreaterThanOrEqual(5);
		// A wire copy: the same quote from two sources of different outlets.
		const quoted = countBy(
			dataset.events.flatMap((e) => e.evidence.map((q) => `${q.quote}\u0000${q.sourceId}`)),
			(k) => k.split('\u0000')[0]
		);
		expect([...quoted.values()].some((n) => n >= 2)).toBe(true);
		const cited = new Set(dataset.events.flatMap((e) => e.evidence.map((q) => q.sourceId)));
		for (const s of dataset.sources) expect(cited.has(s.id), s.id).toBe(true);
		for (const e of dataset.events) {
			expect(e.evidence.length, e.id).toBeGreaterThanOrEqual(1);
			expect(e.evidence.length, e.id).toBeLessThanOrEqual(4);
		}
		expect(dataset.events.some((e) => e.evidence.length === 4)).toBe(true);
	});

	it('has long summaries (400-600 characters) and short ones', () => {
		const lengths = dataset.events.map((e) => e.summary.length);
		expect(lengths.filter((n) => n >= 400 && n <= 600).length).toBeGreaterThanOrEqual(5);
		expect(lengths.filter((n) => n < 100).length).toBeGreaterThanOrEqual(10);
	});
});
