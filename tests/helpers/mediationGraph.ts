import { createActorHierarchy } from '../../src/lib/data/actorHierarchy';
import type { Dataset } from '../../src/lib/data/schema';
import { buildGraph, type Graph } from '../../src/lib/layout/network/buildGraph';

export function graphOf(dataset: Dataset, showMembers = false): Graph {
	return buildGraph(dataset.events, createActorHierarchy(dataset.actors), dataset.relations, {
		showMembers
	});
}
