import { RLO, FSI, PDI, PDF } from '../../../helpers/bidiControls';
import { describe, expect, it } from 'vitest';
import { formatPath } from '$lib/data/validation/jsonPath';
import { MAX_UNKNOWN_TEXT } from '$lib/data/validation/unknownFields';
import { loadJsonDataset } from '$lib/data/loading/loadDatasetFiles';
import { MAX_SUGGESTIONS } from '$lib/data/validation/references';
import {
	MAX_UNKNOWN_FIELD_DEPTH,
	nestingDepth,
	validateDataset
} from '$lib/data/validation/validateDataset';
import { smallDataset, smallSourceTexts } from '../../../fixtures/smallDataset';

describe('loadJsonDataset and validateDataset on hostile values', () => {
	const text = (value: unknown) => JSON.stringify(value);
	const withMeta = (extra: string) => text(smallDataset()).replace('"meta":{', `"meta":{${extra},`);

	it.each([
		['100,000 levels of [', '['.repeat(100_000) + ']'.repeat(100_000), 'this JSON is a list'],
		[
			'100,000 levels of {"a":',
			'{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000),
			'this JSON is not a Parley dataset'
		]
	])('loadJsonDataset(%s) says what it is', (_, json, message) => {
		const loaded = loadJsonDataset({ name: 'deep.json', text: json });
		expect(loaded.result.dataset).toBeNull();
		expect(loaded.result.errors[0]!.message).toContain(message);
	});

	it('a valid dataset with an unknown field nested 100,000 deep is refused, with its path', () => {
		const deep = '['.repeat(100_000) + ']'.repeat(100_000);
		const loaded = loadJsonDataset({ name: 'deep.json', text: withMeta(`"extra":${deep}`) }, [
			{ name: 'wire-1.txt', text: smallSourceTexts().get('sources/wire-1.txt')! }
		]);
		expect(loaded.result.dataset).toBeNull();
		expect(loaded.result.errors).toEqual([
			expect.objectContaining({
				path: 'meta.extra',
				message: expect.stringContaining(`more than ${MAX_UNKNOWN_FIELD_DEPTH} levels deep`)
			})
		]);
		// What is loaded can be handed to the page and stored: it copies without recursing out.
		expect(() => structuredClone(loaded)).not.toThrow();
	});

	it.each([
		['a 1 MB text', (big: string) => ({ colour: big }), 'actors[0].colour'],
		[
			'a 1 MB text inside a list',
			(big: string) => ({ notesList: ['ok', { deep: big }] }),
			'actors[0].notesList'
		],
		['a 1 MB key', (big: string) => ({ extra: { [big]: 1 } }), 'actors[0].extra']
	])('validateDataset(an unknown field with %s) refuses it, with its path', (_, field, path) => {
		const big = 'x'.repeat(1_000_000);
		const data = smallDataset();
		Object.assign(data.actors[0]!, field(big));
		const result = validateDataset(data, { sourceTexts: smallSourceTexts() });
		expect(result.dataset).toBeNull();
		expect(result.errors).toEqual([
			expect.objectContaining({
				path,
				message: expect.stringContaining(
					`1,000,000 characters long; Parley keeps unknown fields, but no text in them over ${MAX_UNKNOWN_TEXT.toLocaleString('en-GB')} characters`
				)
			})
		]);
	});

	it('validateDataset(an unknown field with a text at the limit) keeps it with a warning', () => {
		const data = smallDataset();
		Object.assign(data.actors[0]!, { colour: 'x'.repeat(MAX_UNKNOWN_TEXT) });
		const result = validateDataset(data, { sourceTexts: smallSourceTexts() });
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([expect.objectContaining({ path: 'actors[0].colour' })]);
	});

	it('validateDataset(a 1 MB wikidata id) says how long it is and the limit', () => {
		const data = smallDataset();
		data.actors[0]!.wikidata = 'Q' + '1'.repeat(1_000_000);
		const result = validateDataset(data, { sourceTexts: smallSourceTexts() });
		expect(result.errors[0]).toMatchObject({
			path: 'actors[0].wikidata',
			message: 'the Wikidata id is 1000001 characters long; the limit is 64'
		});
	});

	it('nestingDepth(value, limit) counts levels and stops past the limit', () => {
		expect(nestingDepth(1, 5)).toBe(0);
		expect(nestingDepth([{ a: [1] }], 5)).toBe(3);
		let deep: unknown = [];
		for (let i = 0; i < 100_000; i++) deep = [deep];
		expect(nestingDepth(deep, 10)).toBe(11);
	});

	it('fields named __proto__, constructor, toString or hasOwnProperty are left out with a warning', () => {
		const json = withMeta(
			'"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"toString":"x","hasOwnProperty":1'
		).replace('"id":"col",', '"id":"col","__proto__":{"name":"evil"},"valueOf":2,');
		const before = JSON.parse(json) as unknown;
		const result = validateDataset(before, { sourceTexts: smallSourceTexts() });
		expect(result.errors).toEqual([]);
		const paths = result.warnings.map((w) => w.path).sort();
		expect(paths).toEqual([
			'actors[0].__proto__',
			'actors[0].valueOf',
			'meta.__proto__',
			'meta.constructor',
			'meta.hasOwnProperty',
			'meta.toString'
		]);
		for (const warning of result.warnings) expect(warning.message).toContain('reserved name');
		const dataset = result.dataset!;
		for (const record of [dataset, dataset.meta, dataset.actors[0]!]) {
			expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
			expect(Object.keys(record)).not.toContain('toString');
			expect(String(record)).toBe('[object Object]');
		}
		expect(dataset.actors[0]!.name).toBe('Colombia');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('1 MB in a summary, a quote, a name, an id and a field name gives short messages', () => {
		const big = 'A'.repeat(1 << 20);
		const data = smallDataset() as unknown as Record<string, never>;
		const d = data as unknown as ReturnType<typeof smallDataset>;
		d.events[0]!.summary = big;
		d.events[0]!.evidence[0]!.quote = big;
		d.actors[0]!.name = big;
		d.events[1]!.id = big.toLowerCase();
		d.events[0]!.id = big.toLowerCase();
		(d.events[0] as unknown as Record<string, unknown>)[big] = 1;
		const result = validateDataset(data, { sourceTexts: smallSourceTexts() });
		expect(result.dataset).toBeNull();
		const messages = [...result.errors, ...result.warnings].map((p) => `${p.path}: ${p.message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				'events[0].summary: the summary is 1048576 characters long; the limit is 600',
				'actors[0].name: the name is 1048576 characters long; the limit is 200'
			])
		);
		for (const message of messages) expect(message.length).toBeLessThan(400);
	});

	it(`only the first ${MAX_SUGGESTIONS} unknown ids among 100,000 actors get a "did you mean"`, () => {
		const data = smallDataset();
		for (let i = 0; i < 100_000; i++)
			data.actors.push({ id: `a${i}`, name: `A ${i}`, kind: 'state' });
		data.events[0]!.sourceActors.push(...Array.from({ length: 1000 }, (_, i) => `b${i * 50}`));
		const result = validateDataset(data, { sourceTexts: smallSourceTexts() });
		const unknown = result.errors.filter((p) => p.code === 'reference');
		expect(unknown).toHaveLength(1000);
		expect(unknown.filter((p) => p.message.includes('did you mean'))).toHaveLength(MAX_SUGGESTIONS);
		expect(unknown[0]!.message).toBe('unknown actor "b0"; did you mean "a0"?');
	});

	it('a right-to-left override in an unknown id is isolated inside the message', () => {
		const data = smallDataset();
		data.events[0]!.sourceActors = [`${RLO}gpj`];
		const result = validateDataset(data, { sourceTexts: smallSourceTexts() });
		expect(result.errors[0]!.message).toBe(
			`"${FSI}${RLO}gpj${PDF}${PDI}" is not a valid id: use 1–64 lowercase letters, digits, ".", "_" or "-", starting with a letter or digit`
		);
	});

	it('formatPath(path) cuts a 1 MB key and isolates a right-to-left one', () => {
		expect(formatPath(['meta', 'x'.repeat(1 << 20)])).toBe(`meta["${'x'.repeat(60)}…"]`);
		expect(formatPath(['meta', `${RLO}k y`])).toBe(`meta["${FSI}${RLO}k y${PDF}${PDI}"]`);
	});
});
