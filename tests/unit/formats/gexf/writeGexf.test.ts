import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { networkGexf } from '$lib/formats/gexf/networkGexf';
import { mergeSpells, parseColour, writeGexf } from '$lib/formats/gexf/writeGexf';
import { buildDataset } from '../../../fixtures/arbitraryDataset';
import { smallDataset } from '../../../fixtures/smallDataset';
import { validateGexf } from '../../../helpers/validateGexf';
import { drawnAll } from '../../../helpers/drawnNetwork';

describe('writeGexf', () => {
	it('parseColour(colour) reads hex and rgb()', () => {
		expect(parseColour('#1f77b4')).toEqual({ r: 31, g: 119, b: 180 });
		expect(parseColour('rgb(1, 2, 3)')).toEqual({ r: 1, g: 2, b: 3 });
		expect(parseColour('currentColor')).toBeNull();
	});

	it('mergeSpells(windows) joins overlapping windows and keeps gaps', () => {
		const windows = [
			{ start: '2024-03-05', end: '2024-03-07' },
			{ start: '2024-03-01', end: '2024-03-05' },
			{ start: '2024-04-01', end: '2024-04-01' }
		];
		const before = structuredClone(windows);
		expect(mergeSpells(windows)).toEqual([
			{ start: '2024-03-01', end: '2024-03-07' },
			{ start: '2024-04-01', end: '2024-04-01' }
		]);
		expect(windows).toEqual(before);
	});

	it('writeGexf(networkGexf(small dataset)) validates and round-trips through graphology-gexf', () => {
		const dataset = smallDataset();
		const { graph, drawn } = drawnAll(dataset);
		const before = structuredClone(dataset);
		const text = writeGexf(
			networkGexf(drawn, graph, dataset.events, { title: 'T <&>', today: '2024-06-01' })
		);
		expect(dataset).toEqual(before);
		expect(validateGexf(text)).toBe('');
		expect(text).toContain('mode="dynamic"');
		expect(text).toContain('timeformat="date"');
		const read = parse(MultiGraph, text);
		expect(read.order).toBe(drawn.nodes.length);
		expect(read.size).toBe(drawn.edges.length);
		const first = drawn.nodes[1]!;
		expect(read.getNodeAttributes(first.id)).toMatchObject({
			x: first.x,
			y: -first.y,
			size: first.r,
			kind: graph.nodes.find((n) => n.id === first.id)!.kind
		});
		read.forEachEdge((edge, attributes) => {
			expect(typeof attributes.status).toBe('string');
			expect(attributes.weight).toBeGreaterThanOrEqual(1);
			expect(edge).toBeTruthy();
		});
	});

	it('writeGexf(networkGexf(any generated dataset)) validates against the GEXF 1.3 XSD', () => {
		fc.assert(
			fc.property(fc.gen(), (g) => {
				const dataset = buildDataset(g, 6);
				const { graph, drawn } = drawnAll(dataset);
				const text = writeGexf(
					networkGexf(drawn, graph, dataset.events, {
						title: dataset.meta.title,
						description: dataset.meta.description,
						today: '2024-06-01'
					})
				);
				expect(validateGexf(text)).toBe('');
				const read = parse(MultiGraph, text);
				expect(read.order).toBe(drawn.nodes.length);
			}),
			{ numRuns: 15, endOnFailure: true }
		);
	}, 60_000);
});
