import { describe, expect, it } from 'vitest';
import { DraftState } from '$lib/authoring/draftState.svelte';
import type { StoredDraft } from '$lib/authoring/storedDraft';
import { lemuria, meeting, smallDraft } from '../../helpers/authoringDraft';

function makeState(save: (record: StoredDraft) => Promise<void> = async () => {}) {
	const saved: StoredDraft[] = [];
	const state = new DraftState(
		{ id: 'draft-1', name: 'Geneva', draft: smallDraft() },
		{
			save: (record) => {
				saved.push(structuredClone(record));
				return save(record);
			},
			now: () => new Date('2026-02-04T10:00:00Z')
		}
	);
	return { state, saved };
}

const eventIds = (state: DraftState) => state.draft.dataset.events.map((e) => e.id);

describe('DraftState', () => {
	it('DraftState undoes and redoes every kind of change: events, actors and sources', () => {
		const { state } = makeState();
		const initial = structuredClone(state.draft);
		const steps: [string, () => void][] = [
			['add event', () => state.addEvent(meeting({ id: 'second' }))],
			[
				'edit event',
				() => state.updateEvent('second', meeting({ id: 'second', summary: 'Edited.' }))
			],
			['delete event', () => state.deleteEvent('geneva-meeting')],
			['add actor', () => state.addActor({ id: 'mu', name: 'Mu', kind: 'state' })],
			['edit actor', () => state.updateActor('lemuria', { ...lemuria, name: 'Lemuria (edited)' })],
			['delete actor', () => state.deleteActor('mu')],
			[
				'add a state and its seat',
				() =>
					state.addActors([
						{ id: 'mu-city', name: 'Mu City', kind: 'venue', lat: 1, lon: 2 },
						{ id: 'mu', name: 'Mu', kind: 'state', seat: 'mu-city' }
					])
			],
			[
				'add source',
				() =>
					state.addSource(
						{
							id: 'second-source',
							url: 'https://example.org/2',
							outlet: 'Other',
							publishedAt: null,
							accessedAt: '2026-02-04'
						},
						'Another text.'
					)
			],
			[
				'edit source',
				() =>
					state.updateSource('second-source', {
						...state.draft.dataset.sources[1]!,
						outlet: 'Other outlet'
					})
			],
			['delete source', () => state.deleteSource('second-source')],
			['meta', () => state.updateMeta({ title: 'Renamed' })]
		];
		const snapshots = [structuredClone(state.draft)];
		for (const [, step] of steps) {
			step();
			snapshots.push(structuredClone(state.draft));
		}
		// Each step changed something.
		for (let i = 1; i < snapshots.length; i++) expect(snapshots[i]).not.toEqual(snapshots[i - 1]);
		for (let i = snapshots.length - 2; i >= 0; i--) {
			expect(state.canUndo).toBe(true);
			state.undo();
			expect(state.draft, `after undoing "${steps[i]![0]}"`).toEqual(snapshots[i]);
		}
		expect(state.canUndo).toBe(false);
		expect(state.draft).toEqual(initial);
		for (let i = 1; i < snapshots.length; i++) {
			state.redo();
			expect(state.draft, `after redoing "${steps[i - 1]![0]}"`).toEqual(snapshots[i]);
		}
		expect(state.canRedo).toBe(false);
	});

	it("DraftState checks as you type by the loader's rules and places each problem on its field", () => {
		const { state } = makeState();
		expect(state.validation.errors).toEqual([]);
		expect(state.validation.dataset).not.toBeNull();
		state.updateEvent('geneva-meeting', meeting({ summary: ' ' }));
		expect([...state.fieldProblems('events', 'geneva-meeting')]).toEqual([
			['summary', [expect.objectContaining({ message: 'must not be blank' })]]
		]);
		expect(state.validation.dataset).toBeNull();
		state.updateEvent(
			'geneva-meeting',
			meeting({ evidence: [{ sourceId: 'article', quote: 'will meet in Bern' }] })
		);
		const fields = state.fieldProblems('events', 'geneva-meeting');
		expect([...fields.keys()]).toEqual(['quote']);
		expect(fields.get('quote')![0]!.message).toMatch(/not found verbatim/);
		state.undo();
		state.undo();
		expect(state.fieldProblems('events', 'geneva-meeting').size).toBe(0);
		expect(state.fieldProblems('events', 'not-there').size).toBe(0);
	});

	it('DraftState saves after every change, undo and redo, in order, the latest draft last', async () => {
		const { state, saved } = makeState();
		state.addEvent(meeting({ id: 'second' }));
		state.rename('Geneva talks');
		state.undo();
		state.redo();
		await state.settled();
		expect(saved.map((r) => r.draft.dataset.events.length)).toEqual([2, 2, 1, 2]);
		expect(saved.at(-1)).toMatchObject({
			version: 1,
			id: 'draft-1',
			name: 'Geneva talks',
			updatedAt: '2026-02-04T10:00:00.000Z'
		});
		expect(saved.at(-1)!.draft).toEqual(state.draft);
		expect(state.saves).toBe(4);
		expect(state.saveError).toBeNull();
	});

	it('DraftState says when the browser would not keep the draft, and keeps the change', async () => {
		const { state } = makeState(() => Promise.reject(new Error('QuotaExceededError')));
		state.addEvent(meeting({ id: 'second' }));
		await state.settled();
		expect(state.saveError).toMatch(/would not keep the draft \(QuotaExceededError\); download it/);
		expect(eventIds(state)).toEqual(['geneva-meeting', 'second']);
	});

	it('DraftState ignores undo and redo with nothing to undo or redo', () => {
		const { state, saved } = makeState();
		state.undo();
		state.redo();
		expect(saved).toEqual([]);
		expect(eventIds(state)).toEqual(['geneva-meeting']);
	});
});
