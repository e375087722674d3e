import { createActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';
import type { Dataset } from '../../src/lib/data/schema';
import { buildGraph } from '../../src/lib/layout/network/buildGraph';
import type { Graph } from '../../src/lib/layout/network/graphTypes';

export function graphOf(dataset: Dataset, showMembers = false): Graph {
	return buildGraph(dataset.events, createActorHierarchy(dataset.actors), dataset.relations, {
		showMembers
	});
}
