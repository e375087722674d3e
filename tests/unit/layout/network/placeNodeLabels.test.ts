import { countLabelCrossings } from '../../../helpers/countLabelCrossings';
import { visibleLines } from '../../../helpers/networkLines';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutNodes } from '$lib/layout/network/layoutNetwork';
import { diagramHeight } from '$lib/layout/network/diagramHeight';
import { labelLeader, segmentHitsBox, shortenLabel } from '$lib/layout/network/placeNodeLabels';
import type { LabelPlacement, NodePlacement } from '$lib/layout/network/layoutTypes';
import { estimateTextWidth } from '$lib/layout/text/estimateTextWidth';
import { mediationDataset } from '../../../fixtures/mediationDataset';
import { smallDataset } from '../../../fixtures/smallDataset';

/** Generated mediation datasets, by seed. */
const seeds = Array.from({ length: 16 }, (_, i) => i + 1);

describe('labels keep clear of other actors’ lines', { timeout: 60_000 }, () => {
	it('segmentHitsBox(...) tells lines through, beside and ending short of a box', () => {
		const box = { x: 10, y: 10, width: 20, height: 10 };
		expect(segmentHitsBox(0, 15, 40, 15, box)).toBe(true);
		expect(segmentHitsBox(0, 0, 40, 0, box)).toBe(false);
		expect(segmentHitsBox(0, 15, 5, 15, box)).toBe(false);
	});

	it('segmentHitsBox(...) answers as plain Liang–Barsky clipping does, for any segment and box', () => {
		const coordinate = fc.oneof(
			fc.integer({ min: -5, max: 45 }),
			fc.double({ min: -5, max: 45, noNaN: true })
		);
		fc.assert(
			fc.property(
				fc.tuple(coordinate, coordinate, coordinate, coordinate),
				fc.record({
					x: coordinate,
					y: coordinate,
					width: fc.integer({ min: 0, max: 30 }),
					height: fc.integer({ min: 0, max: 15 })
				}),
				([x1, y1, x2, y2], box) => {
					expect(segmentHitsBox(x1, y1, x2, y2, box)).toBe(clipsThrough(x1, y1, x2, y2, box));
				}
			),
			{ numRuns: 5000 }
		);
	});

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

describe('a label nearer another actor than its own is joined to its own by a leader', () => {
	const node = (id: string, x: number, y: number, r = 5): NodePlacement => ({
		id,
		x,
		y,
		r,
		placement: 'exact'
	});
	/** From a box to a node's rim, as a reader judges which node a label names. */
	const distance = (box: LabelPlacement, n: NodePlacement) =>
		Math.hypot(
			n.x - Math.max(box.x, Math.min(n.x, box.x + box.width)),
			n.y - Math.max(box.y, Math.min(n.y, box.y + box.height))
		) - n.r;

	it('labelLeader(...) runs from the node’s rim to the nearest point of the label', () => {
		const own = node('own', 0, 0);
		const other = node('other', 60, 40);
		const box = { x: 40, y: 20, width: 50, height: 15 };
		const leader = labelLeader(box, own, [own, other])!;
		expect(leader.x2).toBe(40);
		expect(leader.y2).toBe(20);
		expect(Math.hypot(leader.x1, leader.y1)).toBeCloseTo(own.r + 1.5);
		// Along the line from the centre to that point.
		expect(leader.y1 / leader.x1).toBeCloseTo(20 / 40);
	});
	it('labelLeader(...) is none when the label is nearest its own node, or touches it', () => {
		const own = node('own', 0, 0);
		expect(labelLeader({ x: 8, y: -7, width: 40, height: 15 }, own, [own, node('o', 80, 0)])).toBe(
			undefined
		);
		expect(
			labelLeader({ x: 20, y: -7, width: 40, height: 15 }, own, [own, node('o', 200, 0)])
		).toBe(undefined);
	});
	it('at 1280 and 390 px, on 16 generated datasets: every placed label is nearest its own actor, or has a leader to it', () => {
		let leaders = 0;
		for (const width of [1280, 390]) {
			for (const seed of seeds) {
				const { graph } = visibleLines(mediationDataset(seed, 10 + (seed % 8)), false);
				const layout = layoutNodes(graph, { width, height: diagramHeight(width), mode: 'force' });
				const at = new Map(layout.nodes.map((n) => [n.id, n]));
				for (const label of layout.labels.filter((l) => l.placed)) {
					const own = distance(label, at.get(label.id)!);
					const nearer = layout.nodes.filter(
						(n) => n.id !== label.id && distance(label, n) < own - 2
					);
					if (nearer.length > 0) {
						expect(label.leader, `${label.id} is nearer ${nearer[0]!.id}`).toBeDefined();
						leaders++;
					}
				}
			}
		}
		// Some labels there are nearer another actor: the rule is exercised.
		expect(leaders).toBeGreaterThan(0);
	});
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

/** Liang–Barsky as the textbook writes it: the reference the fast version must agree with. */
function clipsThrough(
	x1: number,
	y1: number,
	x2: number,
	y2: number,
	box: { x: number; y: number; width: number; height: number }
): boolean {
	const dx = x2 - x1;
	const dy = y2 - y1;
	let t0 = 0;
	let t1 = 1;
	for (const [p, q] of [
		[-dx, x1 - box.x],
		[dx, box.x + box.width - x1],
		[-dy, y1 - box.y],
		[dy, box.y + box.height - y1]
	] as const) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) {
			if (t > t1) return false;
			if (t > t0) t0 = t;
		} else {
			if (t < t0) return false;
			if (t < t1) t1 = t;
		}
	}
	return t0 < t1;
}
