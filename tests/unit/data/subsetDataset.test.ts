import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/schema';
import { subsetDataset } from '../../../src/lib/data/subsetDataset';
import { validateDataset } from '../../../src/lib/data/validation/validateDataset';
import { smallDataset, smallSourceTexts } from '../../fixtures/smallDataset';

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
const bundledTexts = new Map([
	['sources/article.txt', readFileSync('data/sources/article.txt', 'utf8')]
]);

describe('subsetDataset(dataset, eventIds)', () => {
	it('subsetDataset(all events) gives back the same dataset, unmutated', () => {
		const before = structuredClone(bundled);
		const copy = subsetDataset(bundled, new Set(bundled.events.map((e) => e.id)));
		expect(copy).toEqual(bundled);
		expect(copy).not.toBe(bundled);
		expect(bundled).toEqual(before);
	});

	it('subsetDataset(some events) keeps what they need and drops links to the rest', () => {
		const dataset = smallDataset();
		const before = structuredClone(dataset);
		const subset = subsetDataset(dataset, new Set(['havana-round']), { note: 'Only the round.' });
		expect(subset.events.map((e) => e.id)).toEqual(['havana-round']);
		expect(subset.events[0]!.related).toBeUndefined();
		expect(subset.actors.map((a) => a.id).sort()).toEqual([
			'bogota',
			'col',
			'cub',
			'eln',
			'havana',
			'nor'
		]);
		expect(subset.relations?.map((r) => r.id)).toEqual(['cuba-hosts']);
		expect(subset.meta.description).toBe('Only the round.');
		expect(validateDataset(subset, { sourceTexts: smallSourceTexts() }).errors).toEqual([]);
		expect(dataset).toEqual(before);
	});

	it('subsetDataset(one event) drops relations whose events or actors are gone', () => {
		const subset = subsetDataset(smallDataset(), new Set(['norway-announces']));
		expect(subset.relations).toEqual([]);
		expect(subset.actors.map((a) => a.id)).toEqual(['nor']);
	});

	it.each([1, 2, 3, 5, 8, 13])(
		'every subset of the bundled dataset (%i of every 13 events) is valid on its own',
		(step) => {
			const ids = new Set(bundled.events.filter((_, i) => i % 13 < step).map((e) => e.id));
			const subset = subsetDataset(bundled, ids);
			const result = validateDataset(subset, { sourceTexts: bundledTexts });
			expect(result.errors).toEqual([]);
			expect(result.warnings).toEqual([]);
			expect(subset.events).toHaveLength(ids.size);
			const people = subset.actors.filter((a) => a.memberOf);
			for (const person of people) {
				for (const parent of person.memberOf!)
					expect(subset.actors.some((a) => a.id === parent)).toBe(true);
			}
		}
	);

	it('subsetDataset(no events) is still a valid dataset', () => {
		const subset = subsetDataset(bundled, new Set());
		expect(subset.events).toEqual([]);
		expect(validateDataset(subset, { sourceTexts: bundledTexts }).errors).toEqual([]);
	});
});
