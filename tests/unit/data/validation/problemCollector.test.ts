import { describe, expect, it } from 'vitest';
import { groupProblems } from '../../../../src/lib/data/validation/groupProblems';
import {
	MAX_ERRORS_COUNTED,
	MAX_PROBLEMS_KEPT,
	ProblemCollector,
	totalProblems
} from '../../../../src/lib/data/validation/problemCollector';
import { validateDataset } from '../../../../src/lib/data/validation/validateDataset';
import { emptyEventsJson, REQUIRED_EVENT_FIELDS } from '../../../fixtures/hostileDatasets';

const emptyEvents = (count: number) => JSON.parse(emptyEventsJson(count)) as unknown;

describe('ProblemCollector', () => {
	it('add() keeps the first problems in full and only counts the rest, by kind', () => {
		const collector = new ProblemCollector({ keep: 3, stopAfter: 1000 });
		for (let i = 0; i < 5; i++) collector.add('error', 'reference', ['events', i], `r${i}`);
		for (let i = 0; i < 2; i++) collector.add('error', 'structure', ['actors', i], `s${i}`);
		for (let i = 0; i < 4; i++) collector.add('warning', 'unknown-field', ['x', i], `u${i}`);
		expect(collector.errors.map((p) => p.path)).toEqual(['events[0]', 'events[1]', 'events[2]']);
		expect(collector.warnings.map((p) => p.message)).toEqual(['u0', 'u1', 'u2']);
		expect(collector.omitted).toEqual([
			{ severity: 'error', code: 'reference', count: 2 },
			{ severity: 'error', code: 'structure', count: 2 },
			{ severity: 'warning', code: 'unknown-field', count: 1 }
		]);
		expect([collector.errorCount, collector.warningCount]).toEqual([7, 4]);
	});

	it('add() throws once the errors reach stopAfter, and remembers where', () => {
		const collector = new ProblemCollector({ keep: 2, stopAfter: 3 });
		collector.add('error', 'structure', ['a'], 'one');
		collector.add('warning', 'unknown-field', ['b'], 'warnings do not count');
		collector.add('error', 'structure', ['c'], 'two');
		expect(() => collector.add('error', 'structure', ['events', 7, 'id'], 'three')).toThrow(
			/checking stopped/
		);
		expect(collector.stoppedAt).toBe('events[7].id');
	});
});

describe('validateDataset on a file of empty events', () => {
	it('validateDataset(500 empty events) keeps the first 1,000 problems and counts all 4,500', () => {
		const input = emptyEvents(500);
		const before = JSON.stringify(input);
		const result = validateDataset(input);
		expect(result.dataset).toBeNull();
		expect(result.errors).toHaveLength(MAX_PROBLEMS_KEPT);
		expect(result.errors[0]).toEqual({
			severity: 'error',
			code: 'structure',
			path: 'events[0].id',
			message: 'is required'
		});
		expect(result.omitted).toEqual([
			{ severity: 'error', code: 'structure', count: 500 * REQUIRED_EVENT_FIELDS - 1000 }
		]);
		expect(totalProblems(result.errors, result.omitted)).toBe(500 * REQUIRED_EVENT_FIELDS);
		expect(JSON.stringify(input)).toBe(before);
	});

	it('validateDataset(1,000,000 empty events) stops after MAX_ERRORS_COUNTED and says where', () => {
		const result = validateDataset(emptyEvents(1_000_000));
		const stoppedAt = Math.floor((MAX_ERRORS_COUNTED - 1) / REQUIRED_EVENT_FIELDS);
		expect(result.errors).toHaveLength(MAX_PROBLEMS_KEPT + 1);
		expect(result.errors[0]!.message).toBe(
			`checking stopped at events[${stoppedAt}].id, after 100,000 errors: the rest of the file was not checked; fix these first`
		);
		expect(totalProblems(result.errors, result.omitted)).toBe(MAX_ERRORS_COUNTED + 1);
	});

	it('validateDataset(events, { limits }) honours smaller limits', () => {
		const result = validateDataset(emptyEvents(10), { limits: { keep: 5, stopAfter: 1000 } });
		expect(result.errors).toHaveLength(5);
		expect(result.omitted).toEqual([{ severity: 'error', code: 'structure', count: 85 }]);
	});

	it('groupProblems(kept, limit, omitted) adds the counted problems to their kind', () => {
		const result = validateDataset(emptyEvents(500));
		const grouped = groupProblems(result.errors, 50, result.omitted);
		expect(grouped.total).toBe(4500);
		expect(grouped.hidden).toBe(4450);
		expect(grouped.groups).toHaveLength(1);
		expect(grouped.groups[0]).toMatchObject({ code: 'structure', total: 4500 });
		expect(grouped.groups[0]!.shown).toHaveLength(50);
	});
});
