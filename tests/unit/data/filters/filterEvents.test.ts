import { describe, expect, it } from 'vitest';
import {
	createActorHierarchy,
	eventParticipants,
	rollUpActor
} from '../../../../src/lib/data/actors/actorHierarchy';
import { selfAndAncestors } from '../../../helpers/selfAndAncestors';
import {
	filterEvents,
	NO_FILTERS,
	normalizeSearchText,
	type FilterCriteria
} from '../../../../src/lib/data/filters/filterEvents';
import type { Actor } from '../../../../src/lib/data/schema';
import { activeFilterKeys, explainFilters } from '../../../../src/lib/data/filters/activeFilters';
import { events, hierarchy } from '../../../fixtures/filterWorld';

const ids = (criteria: Partial<FilterCriteria>) =>
	filterEvents(events, hierarchy, { ...NO_FILTERS, ...criteria }).map((e) => e.id);

describe('createActorHierarchy(actors)', () => {
	it.each([
		['aa-ship', 'aa', ['aa-ship', 'aa-navy', 'aa']],
		['aa-fm', 'aa', ['aa-fm', 'aa']],
		['un-sg', 'un', ['un-sg', 'un']],
		['aa', 'aa', ['aa']],
		['rebels', 'rebels', ['rebels']],
		['unknown', 'unknown', ['unknown']]
	])('%s rolls up to %s through %j', (id, top, chain) => {
		expect(rollUpActor(hierarchy, id)).toBe(top);
		expect(selfAndAncestors(hierarchy, id)).toEqual(chain);
	});

	it('createActorHierarchy(actors) survives a membership cycle and does not mutate its input', () => {
		const cyclic: Actor[] = [
			{ id: 'x', name: 'X', kind: 'group', memberOf: ['y'] },
			{ id: 'y', name: 'Y', kind: 'group', memberOf: ['x'] }
		];
		const before = structuredClone(cyclic);
		const h = createActorHierarchy(cyclic);
		expect(selfAndAncestors(h, 'x')).toEqual(['x', 'y']);
		expect(cyclic).toEqual(before);
	});

	it('lists members under their parent', () => {
		expect(hierarchy.members.get('aa')).toEqual(['aa-fm', 'aa-navy']);
		expect(hierarchy.members.get('aa-navy')).toEqual(['aa-ship']);
	});
});

describe('eventParticipants(event, options)', () => {
	it('counts mediators unless told not to', () => {
		expect(eventParticipants(events[0]!)).toEqual(['aa-fm', 'bb-envoy', 'cc']);
		expect(eventParticipants(events[0]!, { includeMediators: false })).toEqual([
			'aa-fm',
			'bb-envoy'
		]);
	});
});

describe('filterEvents(events, hierarchy, criteria)', () => {
	it('filterEvents(events, hierarchy, no filters) is the list itself, not a copy: views comparing lists see every event', () => {
		expect(filterEvents(events, hierarchy, NO_FILTERS)).toBe(events);
		// A filter that happens to let every event through gives a new list of them all.
		const statuses = [...new Set(events.map((e) => e.status))];
		const all = filterEvents(events, hierarchy, { ...NO_FILTERS, statuses });
		expect(all).not.toBe(events);
		expect(all).toEqual(events);
	});

	it.each<[string, Partial<FilterCriteria>, string[]]>([
		['no filters', {}, events.map((e) => e.id)],
		[
			'a state includes its people and bodies',
			{ actorIds: ['aa'] },
			['fm-meets-envoy', 'ship-deployed', 'bb-accuses-aa']
		],
		['a person shows only theirs', { actorIds: ['aa-fm'] }, ['fm-meets-envoy']],
		['a mid-level body includes its members', { actorIds: ['aa-navy'] }, ['ship-deployed']],
		[
			'targets count as involvement',
			{ actorIds: ['bb'] },
			['fm-meets-envoy', 'ship-deployed', 'bb-accuses-aa']
		],
		['any of several actors', { actorIds: ['un', 'rebels'] }, ['un-statement', 'rebels-attack']],
		[
			'all of several actors',
			{ actorIds: ['aa', 'bb'], actorMode: 'all' },
			['fm-meets-envoy', 'ship-deployed', 'bb-accuses-aa']
		],
		['all: person and state', { actorIds: ['aa-fm', 'bb'], actorMode: 'all' }, ['fm-meets-envoy']],
		['mediators count by default', { actorIds: ['cc'] }, ['fm-meets-envoy', 'rebels-attack']],
		['mediators can be left out', { actorIds: ['cc'], includeMediators: false }, ['rebels-attack']],
		[
			'all with mediators off',
			{ actorIds: ['aa', 'cc'], actorMode: 'all', includeMediators: false },
			[]
		],
		['an unknown actor matches nothing', { actorIds: ['zz'] }, []],
		['by category', { categories: ['MOBILIZE', 'ASSAULT'] }, ['ship-deployed', 'rebels-attack']],
		['events without a category', { categories: ['none'] }, ['un-statement']],
		['by status', { statuses: ['reported', 'planned'] }, ['ship-deployed', 'un-statement']],
		['by confidence', { confidences: ['low', 'medium'] }, ['ship-deployed', 'un-statement']],
		['search in summaries', { search: 'neutral city' }, ['fm-meets-envoy']],
		['search in quotes', { search: 'RESTRAINT' }, ['un-statement']],
		['search in actor names', { search: 'bork' }, ['fm-meets-envoy']],
		['search in aliases, ignoring accents', { search: 'alandia' }, ['bb-accuses-aa']],
		['search in roles', { search: 'foreign minister' }, ['fm-meets-envoy']],
		['every search word must match', { search: 'minister envoy' }, ['fm-meets-envoy']],
		['search with no match', { search: 'volcano' }, []],
		[
			'time range overlapping a window',
			{ timeRange: { start: '2026-01-01', end: '2026-01-15' } },
			['ship-deployed']
		],
		[
			'time range on a single day',
			{ timeRange: { start: '2026-02-10', end: '2026-02-10' } },
			['un-statement']
		],
		[
			'filters combine',
			{ actorIds: ['aa'], statuses: ['occurred'], search: 'accuse' },
			['bb-accuses-aa']
		]
	])('filterEvents with %s', (_name, criteria, expected) => {
		const before = structuredClone(events);
		expect(ids(criteria)).toEqual(expected);
		expect(events).toEqual(before);
	});
});

describe('normalizeSearchText(text)', () => {
	it.each([
		['Türkiye', 'turkiye'],
		['  Ålandia\n  Navy ', 'alandia navy'],
		['ARAGHCHI', 'araghchi']
	])('normalizeSearchText(%j) is %j', (text, expected) => {
		expect(normalizeSearchText(text)).toBe(expected);
	});
});

describe('explainFilters(events, hierarchy, criteria)', () => {
	it('explainFilters(...) counts what each active filter lets through on its own', () => {
		const criteria: FilterCriteria = {
			...NO_FILTERS,
			actorIds: ['un'],
			statuses: ['occurred'],
			search: 'envoy'
		};
		expect(filterEvents(events, hierarchy, criteria)).toEqual([]);
		expect(activeFilterKeys(criteria)).toEqual(['actorIds', 'statuses', 'search']);
		expect(explainFilters(events, hierarchy, criteria)).toEqual([
			{ filter: 'actorIds', count: 1 },
			{ filter: 'statuses', count: 3 },
			{ filter: 'search', count: 1 }
		]);
	});

	it('explainFilters(no filters) is empty', () => {
		expect(explainFilters(events, hierarchy, NO_FILTERS)).toEqual([]);
	});
});
