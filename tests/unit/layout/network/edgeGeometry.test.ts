import { graphOf, MODES } from '../../../helpers/networkLayoutChecks';
import { describe, expect, it } from 'vitest';
import type { Graph } from '$lib/layout/network/graphTypes';
import { computeEdgeGeometry, parallelOffsets } from '$lib/layout/network/edgeGeometry';
import { layoutNodes } from '$lib/layout/network/layoutNetwork';
import { layoutNetwork } from '../../../helpers/oracles/layoutNetwork';
import { diagramHeight } from '$lib/layout/network/diagramHeight';
import { randomNetworkDataset } from '../../../fixtures/randomNetworkDataset';

describe('layoutNodes, parallelOffsets, computeEdgeGeometry: edges drawn a few at a time', () => {
	it.each(MODES)(
		'%s: layoutNodes(graph, options) is layoutNetwork without the edges, and some edges get the geometry all would',
		(mode) => {
			const graph = graphOf(randomNetworkDataset(4, 200, 2000));
			const before = structuredClone(graph);
			const options = { width: 900, height: diagramHeight(900), mode };
			const full = layoutNetwork(graph, options);
			const nodes = layoutNodes(graph, options);
			const { edges: _edges, ...withoutEdges } = full;
			expect(nodes).toEqual(withoutEdges);
			// Every third edge, with the offsets of the whole graph: the same curves as all at once.
			const some = graph.edges.filter((_, i) => i % 3 === 0);
			const geometry = computeEdgeGeometry(some, nodes.nodes, parallelOffsets(graph.edges));
			const byKey = new Map(full.edges.map((g) => [g.key, g]));
			expect(geometry).toEqual(some.map((edge) => byKey.get(edge.key)));
			expect(graph).toEqual(before);
		}
	);

	const edge = (a: string, b: string, kind: string) => ({ key: `${kind}:${a}|${b}`, a, b });
	it.each([
		{ edges: [edge('a', 'b', 'meeting')], offsets: [0] },
		{ edges: [edge('a', 'b', 'meeting'), edge('a', 'c', 'meeting')], offsets: [0, 0] },
		{ edges: [edge('a', 'b', 'meeting'), edge('a', 'b', 'visit')], offsets: [-4.5, 4.5] },
		{
			edges: [edge('a', 'b', 'meeting'), edge('a', 'b', 'visit'), edge('a', 'b', 'pressure')],
			offsets: [-9, 0, 9]
		}
	])("parallelOffsets(edges) fans out one pair's edges: $offsets", ({ edges, offsets }) => {
		const before = structuredClone(edges);
		const result = parallelOffsets(edges as unknown as Graph['edges']);
		expect(edges.map((e) => result.get(e.key))).toEqual(offsets);
		expect(edges).toEqual(before);
	});
});
