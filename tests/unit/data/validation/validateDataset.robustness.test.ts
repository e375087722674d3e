/**
 * Arbitrary input never escapes the loader's error reporting: the validator, the JSON reader
 * and the CSV reader answer every input with problems or a dataset, never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvDataset } from '$lib/data/csv/parseCsvDataset';
import { parseJson } from '$lib/data/loading/parseJson';
import { validateDataset } from '$lib/data/validation/validateDataset';
import { smallDataset, smallSourceTexts } from '../../../fixtures/smallDataset';

describe('validateDataset, parseJson and parseCsvDataset on arbitrary input', () => {
	it('validateDataset(any JSON value) returns problems or a dataset, never throws', () => {
		fc.assert(
			fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
				const result = validateDataset(value);
				expect(result.dataset === null || result.errors.length === 0).toBe(true);
				for (const problem of [...result.errors, ...result.warnings]) {
					expect(typeof problem.path).toBe('string');
					expect(problem.message.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 400 }
		);
	});

	it('validateDataset(a valid dataset with one field replaced by anything) never throws', () => {
		const paths = [
			['meta'],
			['events', 0],
			['events', 1, 'date'],
			['events', 1, 'sourceActors'],
			['actors', 2],
			['actors', 4, 'memberOf'],
			['sources', 0, 'url'],
			['relations', 0, 'to']
		] as const;
		fc.assert(
			fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
				const data = smallDataset() as unknown as Record<string, unknown>;
				let target = data as Record<string | number, unknown>;
				for (const key of path.slice(0, -1))
					target = target[key] as Record<string | number, unknown>;
				target[path.at(-1)!] = value;
				const result = validateDataset(data, { sourceTexts: smallSourceTexts() });
				expect(Array.isArray(result.errors)).toBe(true);
			}),
			{ numRuns: 400 }
		);
	});

	it('parseJson(any text) returns a value or a message, never throws', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (text) => {
				const result = parseJson(text);
				if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
			}),
			{ numRuns: 500 }
		);
	});

	it('parseCsvDataset(any pair of texts) returns problems or a dataset, never throws', () => {
		const csvish = fc
			.array(
				fc.array(
					fc.oneof(
						fc.string({ maxLength: 12 }),
						fc.constantFrom('id', 'name', 'kind', '"', ';', '\n')
					),
					{
						maxLength: 8
					}
				),
				{ maxLength: 6 }
			)
			.map((rows) => rows.map((row) => row.join(',')).join('\n'));
		fc.assert(
			fc.property(csvish, csvish, (events, actors) => {
				const result = parseCsvDataset(
					{ name: 'events.csv', text: events },
					{ name: 'actors.csv', text: actors },
					{ today: '2026-11-26' }
				);
				expect(result.dataset === null || result.errors.length === 0).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});
});
