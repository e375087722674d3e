/**
 * A dataset being coded: the dataset itself (which may be incomplete or wrong while the author
 * types: it is checked by the loader's rules, not trusted) and the texts of its sources. Every
 * change is a pure function from one draft to the next, so that undo and redo are a history of
 * values.
 */
import type { Actor, Dataset, DiplomaticEvent, Source } from '$lib/data/schema';
import { FORMAT_VERSION } from '$lib/data/vocabularies';

export interface Draft {
	dataset: Dataset;
	/** Source texts by the path written in `sources[].text` ("sources/<id>.txt"). */
	sourceTexts: Record<string, string>;
}

/** The lists of a dataset that the authoring forms add to, edit and delete from. */
export type DraftCollection = 'events' | 'actors' | 'sources';
type ItemOf<C extends DraftCollection> = C extends 'events'
	? DiplomaticEvent
	: C extends 'actors'
		? Actor
		: Source;

export interface DraftMeta {
	title: string;
	createdAt: string;
	extractedBy: string;
	license: string;
}

/** An empty draft, ready for its first source. */
export function createDraft(meta: DraftMeta): Draft {
	return {
		dataset: {
			schemaVersion: FORMAT_VERSION,
			meta: { ...meta, primarySourceIds: [] },
			sources: [],
			actors: [],
			events: []
		},
		sourceTexts: {}
	};
}

/** Every id in the draft (ids are unique across sources, actors, events and relations). */
export function takenIds(draft: Draft): Set<string> {
	const { sources, actors, events, relations = [] } = draft.dataset;
	return new Set([...sources, ...actors, ...events, ...relations].map((item) => item.id));
}

/**
 * A fresh id from a name: lowercase ASCII words joined by "-", at most 48 characters, with
 * "-2", "-3" … when it is taken. Never empty.
 */
export function makeId(name: string, taken: ReadonlySet<string>): string {
	const base =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 48)
			.replace(/-+$/, '') || 'item';
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}`;
		if (!taken.has(candidate)) return candidate;
	}
}

function withDataset(draft: Draft, change: Partial<Dataset>): Draft {
	return { ...draft, dataset: { ...draft.dataset, ...change } };
}

export function addItem<C extends DraftCollection>(
	draft: Draft,
	collection: C,
	item: ItemOf<C>
): Draft {
	const items = draft.dataset[collection] as ItemOf<C>[];
	return withDataset(draft, { [collection]: [...items, item] });
}

/** Replaces the item with `id` by `item` (which may carry a new id). */
export function replaceItem<C extends DraftCollection>(
	draft: Draft,
	collection: C,
	id: string,
	item: ItemOf<C>
): Draft {
	const items = draft.dataset[collection] as ItemOf<C>[];
	if (!items.some((existing) => existing.id === id)) {
		throw new RangeError(`no ${collection.slice(0, -1)} "${id}" in the draft`);
	}
	return withDataset(draft, {
		[collection]: items.map((existing) => (existing.id === id ? item : existing))
	});
}

/**
 * Removes an item. An event's removal also removes the `related` links that point at it; an
 * actor or source still referred to stays referred to, and the loader's checks then say where.
 */
export function deleteItem(draft: Draft, collection: DraftCollection, id: string): Draft {
	const { dataset } = draft;
	const next = withDataset(draft, {
		[collection]: (dataset[collection] as { id: string }[]).filter((item) => item.id !== id)
	});
	if (collection === 'events') {
		next.dataset.events = next.dataset.events.map((event) =>
			event.related?.some((link) => link.eventId === id)
				? { ...event, related: event.related.filter((link) => link.eventId !== id) }
				: event
		);
	}
	if (collection === 'sources') {
		const source = dataset.sources.find((item) => item.id === id);
		if (source?.text) {
			const rest = { ...draft.sourceTexts };
			delete rest[source.text];
			next.sourceTexts = rest;
		}
		const primary = dataset.meta.primarySourceIds?.filter((sourceId) => sourceId !== id);
		if (primary) next.dataset.meta = { ...dataset.meta, primarySourceIds: primary };
	}
	return next;
}

/** Adds a source with its stored text, kept as `sources/<id>.txt` (any `text` given is replaced). */
export function addSource(draft: Draft, source: Source, text: string): Draft {
	const path = `sources/${source.id}.txt`;
	const stored: Source = { ...source, text: path };
	const next = addItem(draft, 'sources', stored);
	next.sourceTexts = { ...draft.sourceTexts, [path]: text };
	// A dataset without the list treats every source as primary; the new one is too.
	const primary = draft.dataset.meta.primarySourceIds;
	if (primary) {
		next.dataset.meta = { ...next.dataset.meta, primarySourceIds: [...primary, stored.id] };
	}
	return next;
}

export function updateMeta(draft: Draft, meta: Partial<Dataset['meta']>): Draft {
	return withDataset(draft, { meta: { ...draft.dataset.meta, ...meta } });
}
