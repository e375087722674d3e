import { describe, expect, it } from 'vitest';
import { eventSpan } from '$lib/data/time/eventSpan';
import { networkGexf } from '$lib/formats/gexf/networkGexf';
import { smallDataset } from '../../../fixtures/smallDataset';
import { drawnAll } from '../../../helpers/drawnNetwork';

const META = { title: 'Talks', today: '2024-06-01' };

describe('networkGexf', () => {
	it('networkGexf(drawn, graph, events, meta) has the drawn nodes at their places, and leaves its inputs as they were', () => {
		const dataset = smallDataset();
		const { graph, drawn } = drawnAll(dataset);
		const before = structuredClone({ drawn, events: dataset.events });
		const gexf = networkGexf(drawn, graph, dataset.events, META);
		expect(gexf).toMatchObject({ title: 'Talks', lastModified: '2024-06-01' });
		expect(gexf.nodes.map((n) => [n.id, n.x, n.y, n.size])).toEqual(
			drawn.nodes.map((n) => [n.id, n.x, n.y, n.r])
		);
		expect(gexf.nodes.map((n) => n.label)).toEqual(graph.nodes.map((n) => n.name));
		expect(gexf.edges.map((e) => e.id)).toEqual(drawn.edges.map((e) => e.key));
		expect({ drawn, events: dataset.events }).toEqual(before);
	});

	it("networkGexf gives each edge its events' windows and the weight and status drawn", () => {
		const dataset = smallDataset();
		const { graph, drawn } = drawnAll(dataset);
		const gexf = networkGexf(drawn, graph, dataset.events, META);
		for (const [i, edge] of gexf.edges.entries()) {
			const source = graph.edges.find((e) => e.key === edge.id)!;
			const spans = source.eventIds.map((id) =>
				eventSpan(dataset.events.find((e) => e.id === id)!.date)
			);
			expect(edge.windows).toEqual(spans.map((s) => ({ start: s.first, end: s.last })));
			expect([edge.weight, edge.status]).toEqual([drawn.edges[i]!.weight, drawn.edges[i]!.status]);
		}
	});

	it('networkGexf leaves out nodes the graph does not have, and edges with an end not drawn', () => {
		const dataset = smallDataset();
		const { graph, drawn } = drawnAll(dataset);
		const dropped = graph.edges[0]!.a;
		const partial = {
			nodes: [...drawn.nodes.filter((n) => n.id !== dropped), { id: 'ghost', x: 0, y: 0, r: 1 }],
			edges: drawn.edges
		};
		const gexf = networkGexf(partial, graph, dataset.events, META);
		expect(gexf.nodes.map((n) => n.id)).not.toContain('ghost');
		expect(gexf.nodes.map((n) => n.id)).not.toContain(dropped);
		for (const edge of gexf.edges) {
			const source = graph.edges.find((e) => e.key === edge.id)!;
			expect([source.a, source.b]).not.toContain(dropped);
		}
		expect(gexf.edges.length).toBeLessThan(drawn.edges.length);
	});
});
