import { describe, expect, it } from 'vitest';
import { actorName, indexDataset, safeHttpUrl } from '../../src/lib/data/indexDataset';
import { sortEventsByTime } from '../../src/lib/data/sortEvents';
import { describeSummary, summarizeDataset } from '../../src/lib/data/summarizeDataset';
import { formatPath } from '../../src/lib/data/jsonPath';
import { countValues } from '../../src/lib/data/countValues';
import { smallDataset } from '../fixtures/smallDataset';

describe('sortEventsByTime(events)', () => {
	it('sortEventsByTime(events) orders by plotted day, then window, then id, without mutating', () => {
		const events = smallDataset().events.reverse();
		const before = structuredClone(events);
		const sorted = sortEventsByTime(events);
		expect(sorted.map((e) => e.id)).toEqual(['norway-announces', 'havana-round']);
		expect(events).toEqual(before);

		const tie = structuredClone(sorted[0]!);
		tie.id = 'a-same-day';
		expect(sortEventsByTime([...sorted, tie]).map((e) => e.id)).toEqual([
			'a-same-day',
			'norway-announces',
			'havana-round'
		]);
	});
});

describe('summarizeDataset(dataset)', () => {
	it('summarizeDataset(dataset) counts records and spans every window and end', () => {
		const summary = summarizeDataset(smallDataset());
		expect(summary).toEqual({
			events: 2,
			actors: 7,
			sources: 1,
			span: { first: '2023-02-20', last: '2023-03-05' }
		});
		expect(describeSummary(summary)).toBe('2 events, 7 actors, 1 source, 20 Feb – 5 Mar 2023');
	});

	it('summarizeDataset(empty dataset) has no span', () => {
		const dataset = { ...smallDataset(), events: [] };
		expect(summarizeDataset(dataset).span).toBeNull();
		expect(describeSummary(summarizeDataset(dataset))).toBe('0 events, 7 actors, 1 source');
	});
});

describe('indexDataset(dataset) and actorName(index, id)', () => {
	it('actorName(index, id) gives the name, or the id for an unknown actor', () => {
		const index = indexDataset(smallDataset());
		expect(actorName(index, 'cub')).toBe('Cuba');
		expect(actorName(index, 'nobody')).toBe('nobody');
	});
});

describe('safeHttpUrl(url)', () => {
	it.each([
		['https://example.org/a?b=1', 'https://example.org/a?b=1'],
		['HTTP://EXAMPLE.ORG', 'http://example.org/'],
		['javascript:alert(1)', null],
		['data:text/html,<script>alert(1)</script>', null],
		['//example.org', null],
		['not a url', null],
		[undefined, null]
	])('safeHttpUrl(%j) is %j', (url, expected) => {
		expect(safeHttpUrl(url)).toBe(expected);
	});
});

describe('formatPath(path)', () => {
	it.each([
		[[], '$'],
		[['meta', 'title'], 'meta.title'],
		[['events', 3, 'sourceActors', 0], 'events[3].sourceActors[0]'],
		[['meta', 'odd key'], 'meta["odd key"]'],
		[['$schema'], '$schema']
	])('formatPath(%j) is %s', (path, expected) => {
		expect(formatPath(path)).toBe(expected);
	});
});

describe('countValues(values, order)', () => {
	it('countValues(values, order) counts each value in the given order, unknown after, "none" last', () => {
		const values = ['b', 'none', 'a', 'b', 'z', 'c'];
		const before = [...values];
		expect(countValues(values, ['c', 'b', 'a'])).toEqual([
			{ value: 'c', count: 1 },
			{ value: 'b', count: 2 },
			{ value: 'a', count: 1 },
			{ value: 'z', count: 1 },
			{ value: 'none', count: 1 }
		]);
		expect(values).toEqual(before);
	});

	it('countValues(values) without an order sorts alphabetically', () => {
		expect(countValues(['b', 'a', 'b']).map((v) => v.value)).toEqual(['a', 'b']);
	});
});
