import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	DatasetSchema,
	EventDateSchema,
	EventSchema,
	HttpUrlSchema,
	IdSchema,
	IsoDateSchema,
	SourceSchema
} from '$lib/data/schema';
import { smallDataset } from '../../fixtures/smallDataset';

const messages = (schema: v.GenericSchema, value: unknown) =>
	(v.safeParse(schema, value, { abortEarly: false }).issues ?? []).map((issue) => issue.message);

describe('schema', () => {
	it.each([
		['a', true],
		['talks-2024.round_1', true],
		['0abc', true],
		['x'.repeat(64), true],
		['x'.repeat(65), false],
		['Upper', false],
		['-lead', false],
		['has space', false],
		['', false]
	])('IdSchema on %j: valid %s', (id, ok) => {
		expect(v.safeParse(IdSchema, id).success).toBe(ok);
	});

	it.each([
		['2024-02-29', []],
		['2023-02-29', ['"2023-02-29" is not a real calendar day']],
		['2024-2-3', ['"2024-2-3" is not a date in the form YYYY-MM-DD']]
	])('IsoDateSchema on %j says first %j', (day, expected) => {
		expect(messages(IsoDateSchema, day).slice(0, 1)).toEqual(expected);
	});

	it.each([
		['https://example.org/a', true],
		['HTTP://EXAMPLE.ORG', true],
		['ftp://example.org', false],
		['javascript:alert(1)', false],
		[`https://example.org/${'a'.repeat(2048)}`, false]
	])('HttpUrlSchema on %j: valid %s', (url, ok) => {
		expect(v.safeParse(HttpUrlSchema, url).success).toBe(ok);
	});

	it.each([
		['Europe/Istanbul', true],
		['UTC', true],
		['Mars/Olympus', false]
	])('EventDateSchema with time zone %j: valid %s', (timezone, ok) => {
		const date = {
			value: '2024-03-06',
			precision: 'day',
			earliest: '2024-03-06',
			latest: '2024-03-06',
			timezone
		};
		expect(v.safeParse(EventDateSchema, date).success).toBe(ok);
	});

	it.each([
		['sources/a.txt', true],
		['/etc/passwd', false],
		['sources/../../secret', false],
		['sources\\..\\x', false]
	])('SourceSchema with text path %j: valid %s', (path, ok) => {
		const source = { ...smallDataset().sources[0]!, text: path };
		expect(v.safeParse(SourceSchema, source).success).toBe(ok);
	});

	it.each([
		[{ quote: 'x' }, []],
		[{ unquoted: 'coded-summary' }, []],
		[
			{},
			[
				'is required (from format 1.1, evidence without a verbatim quote says "unquoted": "coded-summary" instead)'
			]
		],
		[
			{ quote: 'x', unquoted: 'coded-summary' },
			['a quote and "unquoted" together contradict each other; keep one']
		],
		[{ quote: '   ' }, ['must not be blank']]
	])('EventSchema with evidence %j says %j', (evidence, expected) => {
		const event = smallDataset().events[0]!;
		const value = { ...event, evidence: [{ sourceId: event.evidence[0]!.sourceId, ...evidence }] };
		expect(messages(EventSchema, value)).toEqual(expected);
	});

	it('DatasetSchema takes the small dataset as it is, and leaves it as it was', () => {
		const dataset = smallDataset();
		const before = structuredClone(dataset);
		const parsed = v.safeParse(DatasetSchema, dataset);
		expect(parsed.issues).toBeUndefined();
		expect(dataset).toEqual(before);
	});
});
