/**
 * The graph builder (interned ids, numbers for edges and shares, written out in slices) gives
 * the graph the straightforward one-pass build gave (`referenceBuildGraph`), and the index
 * `indexGraph` gives, at once or in steps of any size, for any valid dataset.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '$lib/data/actors/actorHierarchy';
import type { Dataset } from '$lib/data/schema';
import { buildGraph } from '$lib/layout/network/buildGraph';
import { buildGraphAtOnce, GraphBuilder } from '$lib/layout/network/graphBuilder';
import { indexGraph, positionsById } from '$lib/layout/network/graphIndex';
import { buildDataset } from '../../../fixtures/arbitraryDataset';
import { randomNetworkDataset } from '../../../fixtures/randomNetworkDataset';
import { referenceBuildGraph } from '../../../helpers/oracles/referenceBuildGraph';

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
const realShaped = JSON.parse(
	readFileSync('tests/fixtures/realShaped/dataset.json', 'utf8')
) as Dataset;

/** A valid dataset with repeats a real file has: an actor in several roles, a shared venue. */
const datasetWithRepeats = fc.gen().map((g) => {
	const dataset = buildDataset(g, 8);
	const actorIds = dataset.actors.map((a) => a.id);
	for (const event of dataset.events) {
		const someone = g(() => fc.constantFrom(...actorIds));
		if (g(fc.boolean)) event.targetActors = [...event.targetActors, someone];
		if (g(fc.boolean)) event.mediators = [...(event.mediators ?? []), someone];
		if (g(fc.boolean)) event.location = { actorId: someone };
	}
	return dataset;
});

const NAMED = [
	{ name: 'the bundled dataset', dataset: bundled },
	{ name: 'the real-shaped dataset', dataset: realShaped },
	{ name: 'a generated network of 60 actors', dataset: randomNetworkDataset(7, 60, 700) },
	// Over a thousand nodes, most of them in few events.
	{ name: 'a generated network of 3,300 actors', dataset: randomNetworkDataset(9, 3300, 5000) }
];

function stepped(dataset: Dataset, showMembers: boolean, work: number) {
	const builder = new GraphBuilder(
		dataset.events,
		createActorHierarchy(dataset.actors),
		dataset.relations ?? [],
		{ showMembers }
	);
	let steps = 0;
	while (!builder.step(work)) steps++;
	return { ...builder.result(), steps };
}

describe('GraphBuilder', () => {
	it.each(NAMED.flatMap((d) => [false, true].map((showMembers) => ({ ...d, showMembers }))))(
		'buildGraph($name, { showMembers: $showMembers }) is what the one-pass build gave',
		({ dataset, showMembers }) => {
			const before = structuredClone(dataset);
			const hierarchy = createActorHierarchy(dataset.actors);
			expect(
				buildGraph(dataset.events, hierarchy, dataset.relations ?? [], { showMembers })
			).toEqual(
				referenceBuildGraph(dataset.events, hierarchy, dataset.relations ?? [], { showMembers })
			);
			expect(dataset).toEqual(before);
		}
	);

	it.each(NAMED)('buildGraphAtOnce($name).index is indexGraph over its events', ({ dataset }) => {
		const { graph, index } = buildGraphAtOnce(
			dataset.events,
			createActorHierarchy(dataset.actors),
			dataset.relations ?? []
		);
		expect(index).toEqual(indexGraph(graph, positionsById(dataset.events)));
	});

	it.each([1, 7, 100, 5000])(
		'step(%i) until done gives the graph and index built at once',
		(work) => {
			const dataset = randomNetworkDataset(11, 40, 400);
			const once = buildGraphAtOnce(
				dataset.events,
				createActorHierarchy(dataset.actors),
				dataset.relations ?? [],
				{ showMembers: true }
			);
			const { graph, index, steps } = stepped(dataset, true, work);
			expect(graph).toEqual(once.graph);
			expect(index).toEqual(once.index);
			// Small steps are many: the work really is spread out.
			if (work <= 7) expect(steps).toBeGreaterThan(400 / work - 1);
		}
	);

	it('step(1) goes through events, relations, writing, then done', () => {
		const builder = new GraphBuilder(
			bundled.events,
			createActorHierarchy(bundled.actors),
			bundled.relations
		);
		const phases = new Set<string>([builder.phase]);
		while (!builder.step(1)) phases.add(builder.phase);
		phases.add(builder.phase);
		expect([...phases]).toEqual(['events', 'relations', 'write', 'done']);
		expect(builder.step(1)).toBe(true);
	});

	it('buildGraph(any valid dataset) is what the one-pass build gave, at once and in steps', () => {
		fc.assert(
			fc.property(
				datasetWithRepeats,
				fc.boolean(),
				fc.integer({ min: 1, max: 6 }),
				(dataset, showMembers, work) => {
					const hierarchy = createActorHierarchy(dataset.actors);
					const relations = dataset.relations ?? [];
					const expected = referenceBuildGraph(dataset.events, hierarchy, relations, {
						showMembers
					});
					expect(buildGraph(dataset.events, hierarchy, relations, { showMembers })).toEqual(
						expected
					);
					const { graph, index } = stepped(dataset, showMembers, work);
					expect(graph).toEqual(expected);
					expect(index).toEqual(indexGraph(expected, positionsById(dataset.events)));
				}
			),
			{ endOnFailure: true }
		);
	}, 120_000);
});
