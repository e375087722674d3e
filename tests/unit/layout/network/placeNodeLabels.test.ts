import { countLabelCrossings } from '../../../helpers/countLabelCrossings';
import { visibleLines } from '../../../helpers/networkLines';
import { describe, expect, it } from 'vitest';
import { layoutNodes } from '$lib/layout/network/layoutNetwork';
import { diagramHeight } from '$lib/layout/network/diagramHeight';
import { segmentHitsBox, shortenLabel } from '$lib/layout/network/placeNodeLabels';
import { estimateTextWidth } from '$lib/layout/text/estimateTextWidth';
import { mediationDataset } from '../../../fixtures/mediationDataset';
import { smallDataset } from '../../../fixtures/smallDataset';

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

describe('shortenLabel', () => {
	it.each([
		['Tehran', 200],
		['Participants in the recent unrest in Iran (unidentified)', 150],
		['Supercalifragilisticexpialidocious', 60]
	])('shortenLabel(%j, %i) fits, cutting at a word where it can', (label, max) => {
		const measure = (t: string) => estimateTextWidth(t, 12, 'glyphs');
		const text = shortenLabel(label, max, measure);
		expect(measure(text)).toBeLessThanOrEqual(max);
		if (measure(label) <= max) expect(text).toBe(label);
		else {
			expect(text.endsWith('…')).toBe(true);
			expect(label.startsWith(text.slice(0, -1))).toBe(true);
		}
	});
});
