import { describe, expect, it } from 'vitest';
import { describeFilters } from '../../../../src/lib/data/filters/describeFilters';
import { NO_FILTERS, type FilterCriteria } from '../../../../src/lib/data/filters/filterEvents';

const names: Record<string, string> = { usa: 'United States', irn: 'Iran' };
const name = (id: string) => names[id] ?? id;

describe('describeFilters(criteria, actorName)', () => {
	it.each<[Partial<FilterCriteria>, string]>([
		[{}, 'no filters'],
		[{ actorIds: ['usa', 'irn'] }, 'involving United States or Iran'],
		[{ actorIds: ['usa', 'irn'], actorMode: 'all' }, 'involving all of United States and Iran'],
		[{ actorIds: ['irn'], includeMediators: false }, 'involving Iran, not as mediator or host'],
		[{ categories: ['CONSULT', 'none'] }, 'category CONSULT or none'],
		[{ statuses: ['planned', 'tentative'] }, 'status planned or tentative'],
		[{ confidences: ['high'] }, 'high confidence'],
		[{ quoting: 'unquoted' }, 'unquoted (coded summaries) only'],
		[{ quoting: 'quoted' }, 'with a verbatim quote only'],
		[{ quoting: null }, 'no filters'],
		[{ search: '  nuclear ' }, 'matching “nuclear”'],
		[{ timeRange: { start: '2026-02-01', end: '2026-02-06' } }, 'dated 1–6 Feb 2026'],
		[
			{ actorIds: ['irn'], statuses: ['occurred'], search: 'talks' },
			'involving Iran; status occurred; matching “talks”'
		]
	])('describeFilters(%j) is %j', (criteria, expected) => {
		expect(describeFilters({ ...NO_FILTERS, ...criteria }, name)).toBe(expected);
	});
});
