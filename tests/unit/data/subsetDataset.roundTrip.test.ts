import { PROPERTY_TIMEOUT, SEEDS } from '../../helpers/roundTripDatasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import { subsetDataset } from '$lib/data/subsetDataset';
import { validateDataset } from '$lib/data/validation/validateDataset';
import { buildDataset } from '../../fixtures/arbitraryDataset';

/** Checked as a file that was read: stored texts are not at hand, so they are not checked. */
function validate(value: unknown) {
	return validateDataset(value, { missingSourceText: 'warning' });
}

/** The JSON export as the browser writes it, read back as a file is read. */
function exportJson(dataset: Dataset, ids: ReadonlySet<string>, note?: string): unknown {
	return JSON.parse(`${JSON.stringify(subsetDataset(dataset, ids, { note }), null, 2)}\n`);
}

describe('JSON data export: subsetDataset → JSON → validateDataset', () => {
	it.each(SEEDS)('%s exports whole and opens again unchanged', (_, dataset) => {
		const back = validate(exportJson(dataset, new Set(dataset.events.map((e) => e.id))));
		expect(back.errors).toEqual([]);
		expect(back.dataset).toEqual(dataset);
	});

	it(
		'an arbitrary valid dataset exports whole and opens again unchanged',
		() => {
			fc.assert(
				fc.property(fc.gen(), (g) => {
					const dataset = buildDataset(g);
					expect(validate(dataset).errors).toEqual([]);
					const before = structuredClone(dataset);
					const back = validate(exportJson(dataset, new Set(dataset.events.map((e) => e.id))));
					expect(back.errors).toEqual([]);
					expect(back.dataset).toEqual(dataset);
					expect(dataset).toEqual(before);
				}),
				{ numRuns: 60, endOnFailure: true }
			);
		},
		PROPERTY_TIMEOUT
	);

	it(
		'any subset of an arbitrary dataset exports as a valid dataset holding exactly those events',
		() => {
			fc.assert(
				fc.property(fc.gen(), (g) => {
					const dataset = buildDataset(g);
					const ids = g(() => fc.subarray(dataset.events.map((e) => e.id)));
					const note = g(() => fc.option(fc.string({ maxLength: 1200 }), { nil: undefined }));
					const back = validate(exportJson(dataset, new Set(ids), note));
					expect(back.errors).toEqual([]);
					expect(back.dataset!.events.map((e) => e.id)).toEqual(ids);
				}),
				{ numRuns: 60, endOnFailure: true }
			);
		},
		PROPERTY_TIMEOUT
	);
});
