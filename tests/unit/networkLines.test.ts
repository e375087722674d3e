import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../src/lib/data/actorHierarchy';
import type { Dataset } from '../../src/lib/data/schema';
import { buildGraph } from '../../src/lib/layout/network/buildGraph';
import { layoutNodes } from '../../src/lib/layout/network/layoutNetwork';
import { diagramHeight } from '../../src/lib/layout/network/networkView';
import { drawnEdges, statusWords } from '../../src/lib/layout/network/pairEdges';
import { countLabelCrossings, segmentHitsBox } from '../../src/lib/layout/network/placeLabels';
import { computeVisibleGraph } from '../../src/lib/layout/network/visibleGraph';
import { mediationDataset } from '../fixtures/mediationDataset';
import { smallDataset } from '../fixtures/smallDataset';

function visibleLines(dataset: Dataset, split: boolean) {
	const graph = buildGraph(dataset.events, createActorHierarchy(dataset.actors), dataset.relations);
	const visible = computeVisibleGraph(graph, new Set(dataset.events.map((e) => e.id)));
	const items = graph.edges.flatMap((edge) => {
		const summary = visible.edges.get(edge.key);
		return summary ? [{ edge, summary }] : [];
	});
	return { graph, items, lines: drawnEdges(items, split) };
}

describe('edge weights by status', () => {
	it('drawnEdges(items, false) sums a pair’s kinds by status; only what happened is "held"', () => {
		const { items, lines } = visibleLines(mediationDataset(3), false);
		const before = structuredClone(items);
		for (const line of lines) {
			const { counts, statuses, eventIds } = line.summary;
			expect(counts.happened).toBe(
				(statuses.occurred ?? 0) + (statuses.reported ?? 0) + (statuses.claimed ?? 0)
			);
			expect(counts.expected).toBe((statuses.planned ?? 0) + (statuses.tentative ?? 0));
			expect(counts['called-off']).toBe((statuses.postponed ?? 0) + (statuses.cancelled ?? 0));
			expect(new Set(eventIds).size).toBe(eventIds.length);
		}
		// One line per pair: no two lines share a pair.
		const pairs = lines.map((line) => `${line.a}|${line.b}`);
		expect(new Set(pairs).size).toBe(pairs.length);
		expect(drawnEdges(items, true)).toHaveLength(items.length);
		expect(items).toEqual(before);
	});

	it.each([
		[{ occurred: 2, reported: 1, postponed: 1, cancelled: 1 }, '3 held, 1 postponed, 1 cancelled'],
		[{ planned: 2 }, '2 planned'],
		[{ claimed: 1, tentative: 1 }, '1 held, 1 tentative'],
		[{}, '']
	])('statusWords(%o) is "%s"', (statuses, words) => {
		expect(statusWords(statuses)).toBe(words);
	});
});

describe('labels keep clear of other actors’ lines', { timeout: 60_000 }, () => {
	it('segmentHitsBox(...) tells lines through, beside and ending short of a box', () => {
		const box = { x: 10, y: 10, width: 20, height: 10 };
		expect(segmentHitsBox(0, 15, 40, 15, box)).toBe(true);
		expect(segmentHitsBox(0, 0, 40, 0, box)).toBe(false);
		expect(segmentHitsBox(0, 15, 5, 15, box)).toBe(false);
	});

	const seeds = Array.from({ length: 16 }, (_, i) => i + 1);
	it.each([1280, 390])(
		'at %i px, on 16 generated datasets and a small one: at most 3 crossings',
		(width) => {
			const datasets = [
				...seeds.map((seed) => mediationDataset(seed, 10 + (seed % 8))),
				smallDataset()
			];
			for (const dataset of datasets) {
				const { graph } = visibleLines(dataset, false);
				const layout = layoutNodes(graph, { width, height: diagramHeight(width), mode: 'force' });
				const crossings = countLabelCrossings(layout.nodes, layout.labels, graph.edges);
				expect(crossings, dataset.meta.title).toBeLessThanOrEqual(3);
			}
		}
	);
});
