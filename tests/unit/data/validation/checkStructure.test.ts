import { describe, expect, it } from 'vitest';
import { checkStructure } from '$lib/data/validation/checkStructure';
import type { PathKey } from '$lib/data/validation/jsonPath';
import type { ProblemCode } from '$lib/data/validation/problems';
import { smallDataset } from '../../../fixtures/smallDataset';

function run(input: Record<string, unknown>) {
	const problems: { code: ProblemCode; path: PathKey[] }[] = [];
	const invalid: [string, number][] = [];
	const dataset = checkStructure(
		input,
		(_severity, code, path) => problems.push({ code, path }),
		(collection, index) => invalid.push([collection, index])
	);
	return { dataset, problems, invalid };
}

describe('checkStructure', () => {
	it('checkStructure(a valid dataset) returns its typed copy and reports nothing; the input is left as it was', () => {
		const input = smallDataset() as unknown as Record<string, unknown>;
		const before = structuredClone(input);
		const { dataset, problems, invalid } = run(input);
		expect(problems).toEqual([]);
		expect(invalid).toEqual([]);
		expect(dataset).toEqual(before);
		expect(dataset).not.toBe(input);
		expect(input).toEqual(before);
	});

	it('checkStructure reports every bad record on its own, with paths into it, and returns null', () => {
		const input = smallDataset() as unknown as Record<string, Record<string, unknown>[]>;
		input.events![1]!.status = 'rumoured';
		input.events![1]!.summary = 7 as unknown as string;
		input.actors![0]!.kind = 'city';
		const { dataset, problems, invalid } = run(input as unknown as Record<string, unknown>);
		expect(dataset).toBeNull();
		expect(invalid).toEqual([
			['actors', 0],
			['events', 1]
		]);
		expect(problems.map((p) => p.path)).toEqual(
			expect.arrayContaining([
				['actors', 0, 'kind'],
				['events', 1, 'status'],
				['events', 1, 'summary']
			])
		);
		expect(problems.every((p) => p.code === 'structure')).toBe(true);
	});

	it('checkStructure reports a bad top (meta) without naming any record invalid', () => {
		const input = smallDataset() as unknown as Record<string, unknown>;
		delete (input.meta as Record<string, unknown>).title;
		const { dataset, problems, invalid } = run(input);
		expect(dataset).toBeNull();
		expect(invalid).toEqual([]);
		expect(problems.map((p) => p.path)).toEqual([['meta', 'title']]);
	});
});
