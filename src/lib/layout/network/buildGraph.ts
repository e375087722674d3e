/** The network's graph of some events, actors and relations, in one call. */
import type { ActorHierarchy } from '../../data/actors/actorHierarchy';
import type { DiplomaticEvent, Relation } from '../../data/schema';
import { buildGraphAtOnce } from './graphBuilder';
import type { BuildGraphOptions, Graph } from './graphTypes';

/**
 * The graph of some events, actors and relations, built at once: the same as building it in
 * steps (`GraphBuilder`), which a view does for a large dataset.
 */
export function buildGraph(
	events: readonly DiplomaticEvent[],
	hierarchy: ActorHierarchy,
	relations: readonly Relation[] = [],
	options: BuildGraphOptions = {}
): Graph {
	return buildGraphAtOnce(events, hierarchy, relations, options).graph;
}
