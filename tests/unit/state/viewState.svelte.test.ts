import { describe, expect, it } from 'vitest';
import { DEFAULT_TABLE_SORT, ViewState } from '$lib/state/viewState.svelte';

describe('ViewState', () => {
	it('new ViewState() has nothing hovered, selected or highlighted, and the default views', () => {
		const view = new ViewState();
		expect(view.hoveredEventId).toBeNull();
		expect(view.selectedEventId).toBeNull();
		expect([...view.highlightedEventIds]).toEqual([]);
		expect(view.visibleWindow).toBeNull();
		expect([view.laneGrouping, view.markColouring, view.networkLayout]).toEqual([
			'state',
			'category',
			'force'
		]);
		expect(view.tableSort).toEqual({ key: 'date', direction: 'ascending' });
	});

	it('hover(id) and select(id) set their event, and null clears it, each apart', () => {
		const view = new ViewState();
		view.hover('e1');
		view.select('e2');
		expect([view.hoveredEventId, view.selectedEventId]).toEqual(['e1', 'e2']);
		view.hover(null);
		expect([view.hoveredEventId, view.selectedEventId]).toEqual([null, 'e2']);
		view.select(null);
		expect(view.selectedEventId).toBeNull();
	});

	it('highlight(ids) keeps a set of its own: later changes to the input do not reach it', () => {
		const view = new ViewState();
		const ids = ['a', 'b', 'a'];
		view.highlight(ids);
		ids.push('c');
		expect([...view.highlightedEventIds]).toEqual(['a', 'b']);
		const first = view.highlightedEventIds;
		view.highlight(new Set(['d']));
		expect([...view.highlightedEventIds]).toEqual(['d']);
		expect([...first]).toEqual(['a', 'b']);
	});

	it('two ViewStates share nothing, and DEFAULT_TABLE_SORT is not changed through one', () => {
		const a = new ViewState();
		const b = new ViewState();
		a.tableSort = { key: 'status', direction: 'descending' };
		a.laneGrouping = 'actor';
		expect(b.tableSort).toEqual(DEFAULT_TABLE_SORT);
		expect(b.laneGrouping).toBe('state');
		expect(DEFAULT_TABLE_SORT).toEqual({ key: 'date', direction: 'ascending' });
	});
});
