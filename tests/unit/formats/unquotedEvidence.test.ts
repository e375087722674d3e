import { describe, expect, it } from 'vitest';
import { validateDataset } from '$lib/data/validation/validateDataset';
import { filterEvents, NO_FILTERS } from '$lib/data/filters/filterEvents';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import { smallDataset, smallSourceTexts } from '../../fixtures/smallDataset';

function withEvidence(version: string, evidence: unknown[]) {
	const data = smallDataset() as unknown as Record<string, unknown>;
	data.schemaVersion = version;
	(data.events as { evidence: unknown[] }[])[0]!.evidence = evidence;
	return data;
}

describe('format 1.1: evidence without a verbatim quote', () => {
	it('validateDataset(1.1 with "unquoted": "coded-summary") accepts it', () => {
		const data = withEvidence('1.1', [{ sourceId: 'wire-1', unquoted: 'coded-summary' }]);
		const before = structuredClone(data);
		const result = validateDataset(data, { sourceTexts: smallSourceTexts() });
		expect(result.errors).toEqual([]);
		expect(data).toEqual(before);
	});

	it.each([
		[
			'1.0',
			[{ sourceId: 'wire-1', unquoted: 'coded-summary' }],
			'events[0].evidence[0].unquoted',
			/format 1\.1/
		],
		['1.1', [{ sourceId: 'wire-1' }], 'events[0].evidence[0].quote', /is required/],
		[
			'1.1',
			[{ sourceId: 'wire-1', quote: 'Norway said', unquoted: 'coded-summary' }],
			'events[0].evidence[0].unquoted',
			/contradict/
		],
		[
			'1.1',
			[{ sourceId: 'wire-1', unquoted: 'made-up' }],
			'events[0].evidence[0].unquoted',
			/coded-summary/
		],
		['1.2', [{ sourceId: 'wire-1', quote: 'Norway said' }], 'schemaVersion', /"1\.0" or "1\.1"/]
	])(
		'validateDataset(version %s, evidence %j) is an error at its path',
		(version, evidence, path, message) => {
			const result = validateDataset(withEvidence(version, evidence), {
				sourceTexts: smallSourceTexts()
			});
			const problem = result.errors.find((p) => p.path === path);
			expect(problem?.message).toMatch(message);
		}
	);

	it('validateDataset(a 1.0 file) still opens unchanged', () => {
		expect(validateDataset(smallDataset(), { sourceTexts: smallSourceTexts() }).errors).toEqual([]);
	});
});

describe('filterEvents with quoting', () => {
	it('filterEvents(events, h, { quoting }) keeps only quoted or only unquoted events', () => {
		const data = smallDataset();
		data.schemaVersion = '1.1';
		data.events[0]!.evidence = [{ sourceId: 'wire-1', unquoted: 'coded-summary' }];
		const hierarchy = createActorHierarchy(data.actors);
		const ids = (quoting: 'quoted' | 'unquoted' | null) =>
			filterEvents(data.events, hierarchy, { ...NO_FILTERS, quoting }).map((e) => e.id);
		const all = data.events.map((e) => e.id);
		expect(ids(null)).toEqual(all);
		expect(ids('unquoted')).toEqual([all[0]]);
		expect(ids('quoted')).toEqual(all.slice(1));
	});
});
