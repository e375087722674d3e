import { describe, expect, it } from 'vitest';
import { ParleyState } from '../../../src/lib/state/parleyState.svelte';
import { smallDataset, smallSourceTexts } from '../../fixtures/smallDataset';

describe('ParleyState', () => {
	it('derives time-ordered visible events from the filters', () => {
		const state = new ParleyState(smallDataset(), smallSourceTexts(), 'small.json');
		expect(state.visibleEvents.map((e) => e.id)).toEqual(['norway-announces', 'havana-round']);
		state.filters.onlyActor('eln');
		expect(state.visibleEvents.map((e) => e.id)).toEqual(['havana-round']);
		expect(state.filters.isActive).toBe(true);
		state.filters.reset();
		expect(state.visibleEvents).toHaveLength(2);
	});

	it('open(dataset) drops filters and selections the new dataset cannot satisfy, and says so', () => {
		const state = new ParleyState(smallDataset(), smallSourceTexts(), 'small.json');
		state.filters.actorIds = ['eln', 'col'];
		state.filters.search = 'talks';
		state.view.select('havana-round');
		state.view.visibleWindow = [0, 1];
		const other = smallDataset();
		other.actors = other.actors.filter((a) => a.id !== 'eln');
		other.events = other.events.filter((e) => e.id !== 'havana-round');
		other.relations = [];
		const notices = state.open(other, new Map(), 'other.json');
		expect(notices).toEqual([
			'the actor filter for eln, not in other.json',
			'the selected event havana-round, not in other.json'
		]);
		expect(state.filters.actorIds).toEqual(['col']);
		expect(state.filters.search).toBe('talks');
		expect(state.view.selectedEventId).toBeNull();
		expect(state.view.visibleWindow).toBeNull();
		expect(state.datasetName).toBe('other.json');
		expect(state.allEvents.map((e) => e.id)).toEqual(['norway-announces']);
	});
});
