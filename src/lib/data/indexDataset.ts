/** Lookups a view needs over and over: actors and sources by id. */
import type { Actor, Dataset, Source } from './schema';

export interface DatasetIndex {
	actors: ReadonlyMap<string, Actor>;
	sources: ReadonlyMap<string, Source>;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
	return {
		actors: new Map(dataset.actors.map((actor) => [actor.id, actor])),
		sources: new Map(dataset.sources.map((source) => [source.id, source]))
	};
}

/** An actor's name, or the id itself when the actor is unknown. */
export function actorName(index: DatasetIndex, id: string): string {
	return index.actors.get(id)?.name ?? id;
}

/** Only http(s) addresses become links; anything else is shown as text. */
export function safeHttpUrl(url: string | undefined): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
	} catch {
		return null;
	}
}
