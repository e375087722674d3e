import { describe, expect, it } from 'vitest';
import {
	capText,
	httpUrl,
	IdAllocator,
	outletOf,
	placeProblems,
	plainText,
	problemAt,
	slugOf
} from '$lib/formats/convertShared';
import type { ValidationResult } from '$lib/data/validation/validateDataset';

describe('convertShared', () => {
	it.each([
		['  two\n\nlines\t here ', 'two lines here'],
		['bell\u0007 and\u0000 nul', 'bell and nul'],
		['', '']
	])('plainText(%j) is %j', (text, out) => {
		expect(plainText(text)).toBe(out);
	});

	it.each([
		['short', 10, 'short'],
		['the quick brown fox jumps', 12, 'the quick…'],
		['abcdefghijklmnop', 8, 'abcdefg…']
	])('capText(%j, %i) is %j', (text, max, out) => {
		expect(capText(text, max)).toBe(out);
		expect(capText(text, max).length).toBeLessThanOrEqual(max);
	});

	it.each([
		['Military Forces (2018-)', 'military-forces-2018'],
		['Côte d’Ivoire', 'cote-d-ivoire'],
		['***', '']
	])('slugOf(%j) is %j', (text, slug) => {
		expect(slugOf(text)).toBe(slug);
	});

	it('IdAllocator.take(prefix, text) numbers repeats; keep(prefix, id) keeps a valid free id', () => {
		const ids = new IdAllocator();
		expect(ids.take('actor', 'Norland')).toBe('actor-norland');
		expect(ids.take('actor', 'Norland')).toBe('actor-norland-2');
		expect(ids.take('actor', '***')).toBe('actor-item');
		expect(ids.keep('event', 'e1')).toBe('e1');
		expect(ids.keep('event', 'e1')).toBe('event-e1');
		expect(ids.keep('event', 'Not Valid!')).toBe('event-not-valid');
		expect(ids.take('actor', 'x'.repeat(100)).length).toBeLessThanOrEqual(64);
	});

	it.each([
		['https://example.org/a b', 'https://example.org/a%20b'],
		['  HTTP://Example.org  ', 'http://example.org/'],
		['ftp://example.org', null],
		['example.org', null],
		['https://', null]
	])('httpUrl(%j) is %j', (text, url) => {
		expect(httpUrl(text)).toBe(url);
	});

	it('outletOf(url) is the host without www.', () => {
		expect(outletOf('https://www.example.org/x')).toBe('example.org');
		expect(outletOf('https://news.example.org:8080/x')).toBe('news.example.org:8080');
	});

	it('placeProblems(result, ...) puts event paths back where the event came from, and leaves the input as it was', () => {
		const result: ValidationResult = {
			dataset: null,
			errors: [problemAt('error', 'events[2].summary', 'too long')],
			warnings: [
				problemAt('warning', 'events[0]', 'odd'),
				problemAt('warning', 'meta.title', 'empty')
			]
		};
		const before = structuredClone(result);
		const placed = placeProblems(
			result,
			(i) => `row ${i + 2}`,
			(path) => `the file (${path})`
		);
		expect(placed.errors.map((p) => p.path)).toEqual(['row 4 (as a Parley event: summary)']);
		expect(placed.warnings.map((p) => p.path)).toEqual(['row 2', 'the file (meta.title)']);
		expect(placed.errors[0]).toMatchObject({
			severity: 'error',
			message: 'too long',
			code: 'structure'
		});
		expect(result).toEqual(before);
	});
});
