import { describe, expect, it } from 'vitest';
import { datasetCredit } from '../../../src/lib/data/datasetCredit';
import type { Dataset } from '../../../src/lib/data/schema';

const source = (i: number) => ({
	id: `s${i}`,
	url: `https://example.org/${i}`,
	outlet: `Outlet ${i}`,
	title: `Story ${i}`,
	publishedAt: '2026-02-03',
	accessedAt: '2026-02-04'
});
const datasetWith = (count: number) =>
	({
		meta: { title: 'Talks', license: 'CC-BY-4.0' },
		sources: Array.from({ length: count }, (_, i) => source(i + 1))
	}) as unknown as Pick<Dataset, 'meta' | 'sources'>;

describe('datasetCredit(dataset, options)', () => {
	it.each([
		[1, {}, 'Source: Outlet 1, “Story 1”, 3 Feb 2026. Data: Talks (CC-BY-4.0). Made with Parley.'],
		[
			2,
			{},
			'Source: Outlet 1, “Story 1”, 3 Feb 2026; Outlet 2, “Story 2”, 3 Feb 2026. Data: Talks (CC-BY-4.0). Made with Parley.'
		],
		[
			41,
			{ maxSources: 2 },
			'Source: Outlet 1, “Story 1”, 3 Feb 2026; Outlet 2, “Story 2”, 3 Feb 2026; and 39 more sources. Data: Talks (CC-BY-4.0). Made with Parley.'
		],
		[
			2,
			{ maxSources: 2 },
			'Source: Outlet 1, “Story 1”, 3 Feb 2026; Outlet 2, “Story 2”, 3 Feb 2026. Data: Talks (CC-BY-4.0). Made with Parley.'
		]
	])('datasetCredit(%i sources, %j) is %j', (count, options, expected) => {
		const dataset = datasetWith(count);
		const before = structuredClone(dataset);
		expect(datasetCredit(dataset, options)).toBe(expected);
		expect(dataset).toEqual(before);
	});
});
