import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartableDataset } from '$lib/authoring/chartableDataset';
import type { Dataset } from '$lib/data/schema';
import { validateDataset } from '$lib/data/validation/validateDataset';

const bundled: Dataset = JSON.parse(readFileSync('data/events.json', 'utf8'));
const texts = new Map([['sources/article.txt', readFileSync('data/sources/article.txt', 'utf8')]]);
const errorsOf = (dataset: Dataset) => validateDataset(dataset, { sourceTexts: texts }).errors;

const [first, second, ...rest] = bundled.events;
const cases: [string, Dataset, string[], number][] = [
	['a valid dataset', bundled, bundled.events.map((e) => e.id), 0],
	[
		'an event with no summary yet',
		{ ...bundled, events: [{ ...first!, summary: '' }, second!, ...rest] },
		[second!, ...rest].map((e) => e.id),
		1
	],
	[
		'an event naming an actor that is not there',
		{ ...bundled, events: [first!, { ...second!, targetActors: ['nobody'] }, ...rest] },
		[first!, ...rest].map((e) => e.id),
		1
	],
	[
		'a faulty actor: its events go too',
		{
			...bundled,
			actors: bundled.actors.map((a) => (a.id === first!.sourceActors[0] ? { ...a, name: '' } : a))
		},
		bundled.events
			.filter(
				(e) =>
					![
						...e.sourceActors,
						...e.targetActors,
						...(e.mediators ?? []),
						e.location?.actorId
					].includes(first!.sourceActors[0])
			)
			.map((e) => e.id),
		-1
	]
];

describe('chartableDataset', () => {
	it.each(cases)(
		'chartableDataset(%s) keeps what the charts can draw',
		(_, dataset, kept, leftOut) => {
			const before = structuredClone(dataset);
			const errors = errorsOf(dataset);
			const { dataset: chartable, leftOut: count } = chartableDataset(dataset, errors);
			expect(dataset).toEqual(before);
			expect(chartable.events.map((e) => e.id)).toEqual(kept);
			expect(count).toBe(dataset.events.length - kept.length);
			if (leftOut >= 0) expect(count).toBe(leftOut);
			// What is left is a dataset the loader accepts, save for what was left out of it.
			const remaining = errorsOf(chartable).filter((p) => /^(events|relations)\[/.test(p.path));
			expect(remaining).toEqual([]);
		}
	);

	it('chartableDataset drops related links to events left out', () => {
		const events = bundled.events.map((e, i) =>
			i === 0
				? { ...e, summary: '' }
				: { ...e, related: [{ eventId: bundled.events[0]!.id, relation: 'follows' as const }] }
		);
		const dataset = { ...bundled, relations: [], events };
		const { dataset: chartable } = chartableDataset(dataset, errorsOf(dataset));
		expect(chartable.events.every((e) => e.related?.length === 0)).toBe(true);
	});
});
