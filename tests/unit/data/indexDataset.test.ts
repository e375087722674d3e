import { describe, expect, it } from 'vitest';
import { actorName, indexDataset, safeHttpUrl } from '$lib/data/indexDataset';
import { smallDataset } from '../../fixtures/smallDataset';

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
