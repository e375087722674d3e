import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	BENCH_SOURCE_ID,
	parseBenchDataset,
	type BenchDataset
} from '../../../src/lib/data/benchDataset';
import { validateDataset } from '../../../src/lib/data/validation/validateDataset';
import { generateDataset } from '../../bench/lib/dataset.mjs';

const generated = (n: number) => generateDataset(n, 42);

function tiny(events: BenchDataset['events']): BenchDataset {
	return {
		version: 1,
		n: events.length,
		seed: 1,
		range: { start: '2023-01-01T00:00:00.000Z', end: '2025-01-01T00:00:00.000Z' },
		actors: [
			{ id: 'usa', name: 'United States' },
			{ id: 'un', name: 'United Nations' }
		],
		events
	};
}

describe('generateDataset(n, seed) (copied from the shared harness)', () => {
	it.each([
		[100, '05be9e6c296c92b0551af3bf809bdd6c704b9a29b90a4ec88a1aec905c750c4f'],
		[10000, '20cbe2eb3e4e2016dcc0ac249bc528a75aa5cacfb77044efaf32020fe8e6490f']
	])('generateDataset(%i, 42) gives the same bytes as the shared harness', (n, sha256) => {
		const json = JSON.stringify(generateDataset(n, 42));
		expect(createHash('sha256').update(json).digest('hex')).toBe(sha256);
	});
});

describe('parseBenchDataset(bench)', () => {
	it.each([0, 1, 100, 2000])(
		'parseBenchDataset(%i generated events) is a valid dataset with every event, unmutated',
		(n) => {
			const bench = generated(n);
			const before = structuredClone(bench);
			const dataset = parseBenchDataset(bench);
			const result = validateDataset(dataset);
			expect(result.errors).toEqual([]);
			expect(result.warnings).toEqual([]);
			expect(dataset.events.map((e) => e.id)).toEqual(bench.events.map((e) => e.id));
			expect(dataset.actors).toEqual(
				bench.actors.map((a) => ({ id: a.id, name: a.name, kind: 'state' }))
			);
			expect(bench).toEqual(before);
		}
	);

	it('parseBenchDataset(bench) gives each event its actor, its title as quote, and its days', () => {
		const bench = generated(500);
		const dataset = parseBenchDataset(bench);
		let multiDay = 0;
		bench.events.forEach((e, i) => {
			const event = dataset.events[i]!;
			expect(event.sourceActors).toEqual([e.actor]);
			expect(event.targetActors).toEqual([]);
			expect(event.status).toBe('occurred');
			expect(event.summary).toBe(e.title);
			expect(event.evidence).toEqual([{ sourceId: BENCH_SOURCE_ID, quote: e.title }]);
			expect(event.date.precision).toBe('day');
			expect(event.date.value).toBe(e.start.slice(0, 10));
			expect(event.date.end).toBe(e.end === null ? undefined : e.end.slice(0, 10));
			if (event.date.end) multiDay++;
		});
		// About a fifth of the generated events last several days.
		expect(multiDay).toBeGreaterThan(50);
		expect(multiDay).toBeLessThan(150);
	});

	it.each([
		{
			what: 'an event without an end is a single day',
			event: { start: '2024-03-05T23:59:00.000Z', end: null },
			date: { value: '2024-03-05', earliest: '2024-03-05', latest: '2024-03-05' }
		},
		{
			what: 'an event ending on a later day lasts until that day',
			event: { start: '2024-03-05T10:00:00.000Z', end: '2024-04-19T10:00:00.000Z' },
			date: { value: '2024-03-05', earliest: '2024-03-05', latest: '2024-03-05', end: '2024-04-19' }
		},
		{
			what: 'an event ending on its own day is a single day',
			event: { start: '2024-03-05T01:00:00.000Z', end: '2024-03-05T22:00:00.000Z' },
			date: { value: '2024-03-05', earliest: '2024-03-05', latest: '2024-03-05' }
		},
		{
			what: 'an event clamped to the end of the range ends on its last day',
			event: { start: '2024-12-20T08:00:00.000Z', end: '2025-01-01T00:00:00.000Z' },
			date: { value: '2024-12-20', earliest: '2024-12-20', latest: '2024-12-20', end: '2025-01-01' }
		}
	])('parseBenchDataset: $what', ({ event, date }) => {
		const bench = tiny([
			{ id: 'ev0', actor: 'un', title: 'A title of at least forty characters, ok', ...event }
		]);
		const dataset = parseBenchDataset(bench);
		expect(dataset.events[0]!.date).toEqual({ precision: 'day', ...date });
		expect(validateDataset(dataset).errors).toEqual([]);
	});

	it('parseBenchDataset(bench) covers the range and dates the extraction at its end', () => {
		const dataset = parseBenchDataset(tiny([]));
		expect(dataset.meta.coverage).toEqual({ earliest: '2023-01-01', latest: '2025-01-01' });
		expect(dataset.meta.createdAt).toBe('2025-01-01');
		expect(dataset.sources.map((s) => s.id)).toEqual([BENCH_SOURCE_ID]);
		expect(dataset.sources[0]!.publishedAt).toBeNull();
	});
});
