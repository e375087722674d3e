import { describe, expect, it } from 'vitest';
import { groupProblems } from '../../../../src/lib/data/validation/groupProblems';
import type { Problem, ProblemCode } from '../../../../src/lib/data/validation/validateDataset';

const problem = (
	code: ProblemCode,
	i: number,
	severity: Problem['severity'] = 'error'
): Problem => ({
	severity,
	code,
	path: `events[${i}]`,
	message: `${code} ${i}`
});
const many = (code: ProblemCode, count: number, severity: Problem['severity'] = 'error') =>
	Array.from({ length: count }, (_, i) => problem(code, i, severity));

describe('groupProblems(problems, limit)', () => {
	it.each([
		{
			name: 'a few problems are all listed, grouped by kind in order of appearance',
			problems: [problem('reference', 0), problem('date-order', 1), problem('reference', 2)],
			limit: 50,
			groups: [
				['error reference', 2, 2],
				['error date-order', 1, 1]
			],
			hidden: 0
		},
		{
			name: 'errors come before warnings',
			problems: [problem('unknown-field', 0, 'warning'), problem('structure', 1)],
			limit: 50,
			groups: [
				['error structure', 1, 1],
				['warning unknown-field', 1, 1]
			],
			hidden: 0
		},
		{
			name: 'ten thousand problems: the first 50 in full, the rest counted by kind',
			problems: [
				...many('reference', 9000),
				...many('date-window', 990),
				...many('unknown-field', 10, 'warning')
			],
			limit: 50,
			groups: [
				['error reference', 9000, 50],
				['error date-window', 990, 0],
				['warning unknown-field', 10, 0]
			],
			hidden: 9950
		},
		{
			name: 'the cap is shared across kinds',
			problems: [...many('reference', 30), ...many('duplicate-id', 30)],
			limit: 50,
			groups: [
				['error reference', 30, 30],
				['error duplicate-id', 30, 20]
			],
			hidden: 10
		}
	])('groupProblems(): $name', ({ problems, limit, groups, hidden }) => {
		const before = structuredClone(problems);
		const grouped = groupProblems(problems, limit);
		expect(problems).toEqual(before);
		expect(grouped.groups.map((g) => [`${g.severity} ${g.code}`, g.total, g.shown.length])).toEqual(
			groups
		);
		expect(grouped.hidden).toBe(hidden);
		expect(grouped.total).toBe(problems.length);
	});

	it('groupProblems() keeps the order of problems within a kind and names each kind', () => {
		const grouped = groupProblems([problem('reference', 3), problem('reference', 1)]);
		expect(grouped.groups[0]!.shown.map((p) => p.path)).toEqual(['events[3]', 'events[1]']);
		expect(grouped.groups[0]!.label).toBe('References to unknown ids');
		expect(grouped.groups[0]!.fix).not.toBe('');
	});

	it('groupProblems([]) is empty', () => {
		expect(groupProblems([])).toEqual({ groups: [], total: 0, hidden: 0 });
	});
});
