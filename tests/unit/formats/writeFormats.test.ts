import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy, rollUpActor } from '$lib/data/actorHierarchy';
import { loadDatasetFiles } from '$lib/data/loadDatasetFiles';
import type { Dataset } from '$lib/data/schema';
import { buildGraph } from '$lib/layout/network/buildGraph';
import { summarizeEdge } from '$lib/layout/network/visibleGraph';
import { networkGexf, type DrawnNetwork } from '$lib/formats/gexf/networkGexf';
import { mergeSpells, parseColour, writeGexf } from '$lib/formats/gexf/writeGexf';
import { writeTimelineJs } from '$lib/formats/timelinejs/writeTimelineJs';
import { plainText } from '$lib/formats/convertShared';
import { buildDataset } from '../../fixtures/arbitraryDataset';
import { smallDataset } from '../../fixtures/smallDataset';
import { validateGexf } from '../../helpers/validateGexf';

/** Every node drawn at a made-up place, every edge drawn: what the chart would hand over. */
function drawnAll(dataset: Dataset) {
	const hierarchy = createActorHierarchy(dataset.actors);
	const graph = buildGraph(dataset.events, hierarchy, dataset.relations ?? []);
	const visible = new Set(dataset.events.map((e) => e.id));
	const drawn: DrawnNetwork = {
		nodes: graph.nodes.map((node, i) => ({
			id: node.id,
			x: 10 * i,
			y: 5 * i,
			r: 6 + i,
			color: '#1f77b4'
		})),
		edges: graph.edges.flatMap((edge) => {
			const summary = summarizeEdge(edge, visible);
			return summary ? [{ key: edge.key, weight: summary.weight, status: summary.status }] : [];
		})
	};
	return { graph, drawn };
}

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

describe('writeTimelineJs', () => {
	it('Parley → TimelineJS → Parley keeps every event, date window and lane', () => {
		fc.assert(
			fc.property(fc.gen(), (g) => {
				const dataset = buildDataset(g, 6);
				fc.pre(dataset.events.length > 0);
				const hierarchy = createActorHierarchy(dataset.actors);
				const laneOf = (event: Dataset['events'][number]) =>
					hierarchy.actors.get(rollUpActor(hierarchy, event.sourceActors[0]!))!.name;
				const before = structuredClone(dataset);
				const story = writeTimelineJs(dataset, dataset.events, laneOf);
				expect(dataset).toEqual(before);
				const { result } = loadDatasetFiles([{ name: 'story.json', text: JSON.stringify(story) }], {
					today: '2030-01-01'
				});
				expect(result.errors).toEqual([]);
				const back = result.dataset!;
				expect(back.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
				const names = new Map(back.actors.map((a) => [a.id, a.name]));
				dataset.events.forEach((event, i) => {
					const again = back.events[i]!;
					const { value, precision, earliest, latest, end } = event.date;
					expect(again.date).toMatchObject({ value, precision, earliest, latest });
					expect(again.date.end).toBe(end);
					expect(names.get(again.sourceActors[0]!)).toBe(plainText(laneOf(event)) || 'No group');
				});
			}),
			{ numRuns: 40, endOnFailure: true }
		);
	}, 60_000);

	it('writeTimelineJs escapes every string TimelineJS would render as HTML', () => {
		const dataset = smallDataset();
		dataset.events[0]!.summary = '<img src=x onerror=alert(1)> & more';
		const story = writeTimelineJs(dataset, dataset.events, () => '<b>lane</b>');
		const text = JSON.stringify(story);
		expect(text).not.toContain('<img');
		expect(text).not.toContain('<b>lane');
		expect(story.events[0]!.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; more');
	});
});
