import { describe, expect, it } from 'vitest';
import type { PathKey } from '$lib/data/validation/jsonPath';
import type { Problem, ProblemCode } from '$lib/data/validation/problems';
import {
	checkReference,
	checkUniqueIds,
	isObject,
	MAX_SUGGESTIONS,
	type References
} from '$lib/data/validation/references';

function recorder() {
	const problems: {
		severity: Problem['severity'];
		code: ProblemCode;
		path: PathKey[];
		message: string;
	}[] = [];
	const report = (
		severity: Problem['severity'],
		code: ProblemCode,
		path: PathKey[],
		message: string
	) => problems.push({ severity, code, path, message });
	return { problems, report };
}

function refs(): References {
	return {
		sources: new Set(['src-a']),
		actors: new Set(['ankara', 'norland']),
		events: new Set(['e1']),
		owners: new Map([
			['src-a', 'sources[0]'],
			['ankara', 'actors[0]'],
			['norland', 'actors[1]'],
			['e1', 'events[0]']
		]),
		actorKinds: new Map(),
		suggestionsLeft: MAX_SUGGESTIONS
	};
}

describe('references', () => {
	it.each([
		[{}, true],
		[{ a: 1 }, true],
		[[], false],
		[null, false],
		['x', false]
	])('isObject(%j) is %s', (value, is) => {
		expect(isObject(value)).toBe(is);
	});

	it('checkUniqueIds(input) reports an id used twice, across collections, naming its first owner', () => {
		const input = {
			sources: [{ id: 'x' }],
			actors: [{ id: 'a' }, { id: 'x' }, 'not a record', { name: 'no id' }],
			events: [{ id: 'a' }]
		};
		const before = structuredClone(input);
		const { problems, report } = recorder();
		const owners = checkUniqueIds(input, report);
		expect(problems.map((p) => [p.code, p.path])).toEqual([
			['duplicate-id', ['actors', 1, 'id']],
			['duplicate-id', ['events', 0, 'id']]
		]);
		expect(problems[0]!.message).toContain('already used by sources[0]');
		expect([...owners]).toEqual([
			['x', 'sources[0]'],
			['a', 'actors[0]']
		]);
		expect(input).toEqual(before);
	});

	it.each<[string, 'sources' | 'actors' | 'events', unknown, boolean, string | null]>([
		['a known actor', 'actors', 'norland', true, null],
		['a non-string id', 'actors', 42, false, null],
		[
			'an id one edit away',
			'actors',
			'ankra',
			false,
			'unknown actor "ankra"; did you mean "ankara"?'
		],
		['an id far from any', 'actors', 'zzzzzz', false, 'unknown actor "zzzzzz"'],
		[
			'an id of another collection',
			'actors',
			'e1',
			false,
			'unknown actor "e1" (that id belongs to events[0], which is not an actor)'
		],
		[
			'an actor id where a source is wanted',
			'sources',
			'ankara',
			false,
			'unknown source "ankara" (that id belongs to actors[0], which is not a source)'
		]
	])('checkReference(refs, %s) is %s with its message', (_name, collection, id, ok, message) => {
		const { problems, report } = recorder();
		expect(checkReference(refs(), collection, id, ['events', 0, 'x'], report)).toBe(ok);
		expect(problems.map((p) => p.message)).toEqual(message ? [message] : []);
		if (message) expect(problems[0]).toMatchObject({ code: 'reference', path: ['events', 0, 'x'] });
	});

	it(`checkReference suggests for the first ${MAX_SUGGESTIONS} unknown ids only`, () => {
		const r = refs();
		const { problems, report } = recorder();
		for (let i = 0; i < MAX_SUGGESTIONS + 3; i++) checkReference(r, 'actors', 'ankra', [], report);
		expect(problems.filter((p) => p.message.includes('did you mean'))).toHaveLength(
			MAX_SUGGESTIONS
		);
		expect(r.suggestionsLeft).toBe(0);
	});
});
