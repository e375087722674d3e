/**
 * The draft being coded, as the authoring views use it: every change goes through here, can be
 * undone and redone, is checked by the loader's own rules as it is made, and is saved to the
 * browser after it is made.
 */
import type { Actor, DiplomaticEvent, Source } from '$lib/data/schema';
import { validateDataset, type Problem } from '$lib/data/validation/validateDataset';
import {
	addItem,
	addSource,
	deleteItem,
	replaceItem,
	updateMeta,
	type DraftCollection,
	type Draft
} from './draft';
import { problemsByField } from './fieldProblems';
import { record, redo, startHistory, undo, type History } from './history';
import { STORED_DRAFT_VERSION, type StoredDraft } from './storedDraft';

export interface DraftServices {
	save: (record: StoredDraft) => Promise<void>;
	now: () => Date;
}

export class DraftState {
	readonly id: string;
	name = $state('');
	#history = $state.raw<History<Draft>>() as History<Draft>;
	/** Why the last save failed, while it does; null once a save succeeds. */
	saveError = $state<string | null>(null);
	/** How many saves have completed, for views that say "Saved". */
	saves = $state(0);

	draft = $derived(this.#history.present);
	canUndo = $derived(this.#history.past.length > 0);
	canRedo = $derived(this.#history.future.length > 0);
	/** The loader's verdict on the draft as it stands, quotes checked against the stored texts. */
	validation = $derived(
		validateDataset(this.draft.dataset, {
			// A fresh, read-only lookup for one check: nothing reacts to it.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			sourceTexts: new Map(Object.entries(this.draft.sourceTexts))
		})
	);
	problems = $derived<Problem[]>([...this.validation.errors, ...this.validation.warnings]);

	#services: DraftServices;
	#saving: Promise<void> = Promise.resolve();

	constructor(stored: Pick<StoredDraft, 'id' | 'name' | 'draft'>, services: DraftServices) {
		this.id = stored.id;
		this.name = stored.name;
		this.#history = startHistory(stored.draft);
		this.#services = services;
	}

	/** Applies a change (a pure function of the draft), records it for undo and saves. */
	change(apply: (draft: Draft) => Draft) {
		const next = apply(this.#history.present);
		if (next === this.#history.present) return;
		this.#history = record(this.#history, next);
		this.#save();
	}

	undo() {
		if (!this.canUndo) return;
		this.#history = undo(this.#history);
		this.#save();
	}

	redo() {
		if (!this.canRedo) return;
		this.#history = redo(this.#history);
		this.#save();
	}

	rename(name: string) {
		this.name = name;
		this.#save();
	}

	addEvent = (event: DiplomaticEvent) => this.change((d) => addItem(d, 'events', event));
	updateEvent = (id: string, event: DiplomaticEvent) =>
		this.change((d) => replaceItem(d, 'events', id, event));
	deleteEvent = (id: string) => this.change((d) => deleteItem(d, 'events', id));
	addActor = (actor: Actor) => this.change((d) => addItem(d, 'actors', actor));
	/** Several actors as one change (a state and its seat): one undo takes both back. */
	addActors = (actors: readonly Actor[]) =>
		this.change((d) => actors.reduce((next, actor) => addItem(next, 'actors', actor), d));
	updateActor = (id: string, actor: Actor) =>
		this.change((d) => replaceItem(d, 'actors', id, actor));
	deleteActor = (id: string) => this.change((d) => deleteItem(d, 'actors', id));
	addSource = (source: Source, text: string) => this.change((d) => addSource(d, source, text));
	updateSource = (id: string, source: Source) =>
		this.change((d) => replaceItem(d, 'sources', id, source));
	deleteSource = (id: string) => this.change((d) => deleteItem(d, 'sources', id));
	updateMeta = (meta: Partial<Draft['dataset']['meta']>) => this.change((d) => updateMeta(d, meta));

	/** The problems of one record by form field (empty when it has none or is not there). */
	fieldProblems(collection: DraftCollection, id: string): Map<string, Problem[]> {
		const index = (this.draft.dataset[collection] as { id: string }[]).findIndex(
			(item) => item.id === id
		);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		return index < 0 ? new Map() : problemsByField(this.problems, collection, index);
	}

	/** Resolves once every save asked for so far has been attempted. */
	settled(): Promise<void> {
		return this.#saving;
	}

	toStored(): StoredDraft {
		return {
			version: STORED_DRAFT_VERSION,
			id: this.id,
			name: this.name,
			updatedAt: this.#services.now().toISOString(),
			draft: this.#history.present
		};
	}

	#save() {
		const stored = this.toStored();
		// Saves run one after another, so an older draft never overwrites a newer one.
		this.#saving = this.#saving.then(() =>
			this.#services.save(stored).then(
				() => {
					this.saveError = null;
					this.saves += 1;
				},
				(error: unknown) => {
					this.saveError = `This browser would not keep the draft (${error instanceof Error ? error.message : String(error)}); download it to keep your work.`;
				}
			)
		);
	}
}
