import { describe, expect, it } from 'vitest';
import { validateDataset } from '$lib/data/validation/validateDataset';
import {
	ACTOR_KINDS,
	CONFIDENCE_LEVELS,
	COORD_PRECISIONS,
	EVENT_RELATIONS,
	FORMAT_VERSION,
	LIMITS,
	PLOVER_CATEGORIES,
	PRECISIONS,
	RELATION_TYPES,
	SOURCE_TYPES,
	STATUSES,
	SUPPORTED_FORMAT_VERSIONS,
	UNQUOTED_REASONS
} from '$lib/data/vocabularies';
import { smallDataset, smallSourceTexts } from '../../fixtures/smallDataset';

const errorsOf = (dataset: unknown) =>
	validateDataset(dataset, { sourceTexts: smallSourceTexts() }).errors.map((p) => p.path);

describe('vocabularies', () => {
	it.each(
		Object.entries({
			SUPPORTED_FORMAT_VERSIONS,
			UNQUOTED_REASONS,
			PRECISIONS,
			STATUSES,
			PLOVER_CATEGORIES,
			ACTOR_KINDS,
			CONFIDENCE_LEVELS,
			SOURCE_TYPES,
			EVENT_RELATIONS,
			RELATION_TYPES,
			COORD_PRECISIONS
		})
	)('%s lists each code once, in lower or upper snake case', (_name, codes) => {
		expect(new Set(codes).size).toBe(codes.length);
		for (const code of codes) expect(code).toMatch(/^([a-z0-9_.-]+|[A-Z_]+)$/);
	});

	it('FORMAT_VERSION is the newest supported version', () => {
		expect(SUPPORTED_FORMAT_VERSIONS.at(-1)).toBe(FORMAT_VERSION);
	});

	it.each(STATUSES)('the loader accepts status %s', (status) => {
		const dataset = smallDataset();
		dataset.events[0]!.status = status;
		expect(errorsOf(dataset)).toEqual([]);
	});

	it('the loader refuses a status, a confidence and an actor kind from outside the lists', () => {
		const dataset = smallDataset() as unknown as {
			events: { status: string; confidence: string }[];
			actors: { kind: string }[];
		};
		dataset.events[0]!.status = 'rumoured';
		dataset.events[0]!.confidence = 'certain';
		dataset.actors[0]!.kind = 'city';
		expect(errorsOf(dataset)).toEqual(
			expect.arrayContaining(['events[0].status', 'events[0].confidence', 'actors[0].kind'])
		);
	});

	it.each([
		['summary', LIMITS.summary],
		['name', LIMITS.name]
	] as const)(
		'the loader takes a %s of LIMITS.%s characters and refuses one more',
		(field, limit) => {
			const at = smallDataset();
			const over = smallDataset();
			if (field === 'summary') {
				at.events[0]!.summary = 'a'.repeat(limit);
				over.events[0]!.summary = 'a'.repeat(limit + 1);
				expect(errorsOf(at)).toEqual([]);
				expect(errorsOf(over)).toEqual(['events[0].summary']);
			} else {
				at.actors[0]!.name = 'a'.repeat(limit);
				over.actors[0]!.name = 'a'.repeat(limit + 1);
				expect(errorsOf(at)).toEqual([]);
				expect(errorsOf(over)).toEqual(['actors[0].name']);
			}
		}
	);
});
