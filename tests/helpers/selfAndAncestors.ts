/**
 * An actor and every unit it belongs to, read from the hierarchy: how tests say which actors
 * an event involves (the app's filters walk `hierarchy.ancestors` without building lists).
 */
import type { ActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';

/** The actor itself and every unit it belongs to. */
export function selfAndAncestors(hierarchy: ActorHierarchy, id: string): string[] {
	return [id, ...(hierarchy.ancestors.get(id) ?? [])];
}
