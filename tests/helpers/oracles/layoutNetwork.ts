/**
 * A whole network layout in one call: nodes and labels (`layoutNodes`) and every edge's line
 * (`computeEdgeGeometry`). The app lays nodes out in steps and draws the lines of the edges it
 * shows; tests read the whole picture of a graph through this.
 */
import type { Graph } from '../../../src/lib/layout/network/graphTypes';
import { computeEdgeGeometry } from '../../../src/lib/layout/network/edgeGeometry';
import { layoutNodes, type LayoutOptions } from '../../../src/lib/layout/network/layoutNetwork';
import type { NetworkLayout } from '../../../src/lib/layout/network/layoutTypes';

export function layoutNetwork(graph: Graph, options: LayoutOptions): NetworkLayout {
	const layout = layoutNodes(graph, options);
	return { ...layout, edges: computeEdgeGeometry(graph.edges, layout.nodes) };
}
