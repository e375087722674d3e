import { describe, expect, it } from 'vitest';
import {
	categoryLabel,
	CONFIDENCE_LABELS,
	PRECISION_LABELS,
	RELATION_LABELS,
	STATUS_LABELS
} from '$lib/data/labels';
import { CONFIDENCE_LEVELS, EVENT_RELATIONS, PRECISIONS, STATUSES } from '$lib/data/vocabularies';

describe('labels', () => {
	it.each([
		['STATUS_LABELS', STATUS_LABELS, STATUSES],
		['CONFIDENCE_LABELS', CONFIDENCE_LABELS, CONFIDENCE_LEVELS],
		['PRECISION_LABELS', PRECISION_LABELS, PRECISIONS],
		['RELATION_LABELS', RELATION_LABELS, EVENT_RELATIONS]
	] as [string, Record<string, unknown>, readonly string[]][])(
		'%s names every code of its vocabulary, and nothing else',
		(_name, labels, codes) => {
			expect(Object.keys(labels).sort()).toEqual([...codes].sort());
		}
	);

	it('STATUS_LABELS gives each status its own label and its own symbol', () => {
		const entries = Object.values(STATUS_LABELS);
		expect(new Set(entries.map((e) => e.label)).size).toBe(entries.length);
		expect(new Set(entries.map((e) => e.symbol)).size).toBe(entries.length);
		for (const entry of entries) expect(entry.hint.length).toBeGreaterThan(0);
	});
});

describe('categoryLabel', () => {
	it.each([
		['CONSULT', 'Consult'],
		['COOPERATE', 'Cooperate'],
		['none', 'No category']
	] as const)('categoryLabel(%j) is %j', (category, label) => {
		expect(categoryLabel(category)).toBe(label);
	});
});
