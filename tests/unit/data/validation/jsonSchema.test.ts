import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../../../../src/lib/data/validation/jsonSchema';

const committed = JSON.parse(readFileSync('data/schema.json', 'utf8'));

describe('buildJsonSchema()', () => {
	it('buildJsonSchema() matches the committed data/schema.json (run `npm run schema` after changing the schema)', () => {
		expect(committed).toEqual(buildJsonSchema());
	});

	it('buildJsonSchema() describes the format: required parts, enumerations, caps', () => {
		const schema = buildJsonSchema() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
		expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
		expect(schema.required).toEqual(['schemaVersion', 'meta', 'sources', 'actors', 'events']);
		const event = schema.properties.events.items;
		expect(event.required).toEqual(
			expect.arrayContaining(['id', 'date', 'status', 'type', 'sourceActors', 'evidence'])
		);
		expect(event.properties.status.enum).toContain('tentative');
		expect(event.properties.summary.maxLength).toBe(600);
		expect(event.properties.evidence.items.properties.quote.maxLength).toBe(400);
		expect(event.properties.evidence.minItems).toBe(1);
	});

	it('the bundled dataset points editors at the schema', () => {
		const dataset = JSON.parse(readFileSync('data/events.json', 'utf8'));
		expect(dataset.$schema).toBe('./schema.json');
	});
});
