import { readFileSync } from 'node:fs';
import { createActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';
import type { Dataset } from '../../src/lib/data/schema';
import { buildGraph } from '../../src/lib/layout/network/buildGraph';
import type { Graph } from '../../src/lib/layout/network/graphTypes';

export const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;

export function bundledGraph(showMembers = false): Graph {
	return buildGraph(bundled.events, createActorHierarchy(bundled.actors), bundled.relations, {
		showMembers
	});
}
