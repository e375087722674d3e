/**
 * The network's kept graphs (`GraphBuilds`): built ahead in timed steps, or at once when asked
 * before; the same graph and index either way, and a part's index as `indexGraph` gives it.
 */
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../../../src/lib/data/actors/actorHierarchy';
import { buildGraph } from '../../../../src/lib/layout/network/buildGraph';
import { selectNodes, subgraph } from '../../../../src/lib/layout/network/boundGraph';
import { indexGraph, positionsById } from '../../../../src/lib/layout/network/graphIndex';
import { GraphBuilds } from '../../../../src/lib/state/network/graphBuilds';
import { randomNetworkDataset } from '../../../fixtures/randomNetworkDataset';

const dataset = randomNetworkDataset(3, 60, 6000);
const hierarchy = createActorHierarchy(dataset.actors);
const relations = dataset.relations ?? [];

/** A clock that moves on 10 ms each time it is read: a step sees its budget run out. */
function tickingClock() {
	let now = 0;
	return () => (now += 10);
}

describe('GraphBuilds', () => {
	it('buildSome(build) builds in several steps, then graphOf(same arguments) gives that graph', () => {
		const builds = new GraphBuilds(2, tickingClock());
		const build = builds.buildOf(dataset.events, hierarchy, relations, false);
		let steps = 1;
		while (!builds.buildSome(build)) steps++;
		expect(steps).toBeGreaterThan(1);
		const graph = builds.graphOf(dataset.events, hierarchy, relations, false);
		expect(graph).toBe(build.done!.graph);
		expect(graph).toEqual(buildGraph(dataset.events, hierarchy, relations));
		expect(builds.buildSome(build)).toBe(true);
	});

	it('graphOf(arguments) asked part-way through a build finishes it at once', () => {
		const builds = new GraphBuilds(2, tickingClock());
		const build = builds.buildOf(dataset.events, hierarchy, relations, true);
		expect(builds.buildSome(build)).toBe(false);
		const graph = builds.graphOf(dataset.events, hierarchy, relations, true);
		expect(graph).toEqual(buildGraph(dataset.events, hierarchy, relations, { showMembers: true }));
		expect(builds.buildSome(build)).toBe(true);
	});

	it('buildOf(other arguments) starts another build; the oldest past `kept` is dropped', () => {
		const builds = new GraphBuilds(1);
		const first = builds.buildOf(dataset.events, hierarchy, relations, false);
		expect(builds.buildOf(dataset.events, hierarchy, relations, false)).toBe(first);
		const members = builds.buildOf(dataset.events, hierarchy, relations, true);
		expect(members).not.toBe(first);
		expect(builds.buildOf(dataset.events, hierarchy, relations, false)).not.toBe(first);
	});

	it('indexOf(whole, part, events) is indexGraph(part) over those events, or other events', () => {
		const builds = new GraphBuilds();
		const whole = builds.graphOf(dataset.events, hierarchy, relations, false);
		const part = subgraph(whole, selectNodes(whole, 12, null).ids);
		expect(builds.indexOf(whole, part, dataset.events)).toEqual(
			indexGraph(part, positionsById(dataset.events))
		);
		const reversed = [...dataset.events].reverse();
		expect(builds.indexOf(whole, part, reversed)).toEqual(
			indexGraph(part, positionsById(reversed))
		);
	});
});
