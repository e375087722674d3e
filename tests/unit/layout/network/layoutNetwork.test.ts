import { graphOf, MODES } from '../../../helpers/networkLayoutChecks';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/schema';
import { layoutNetwork } from '../../../helpers/oracles/layoutNetwork';
import { NODE_GAP, type NetworkLayout } from '$lib/layout/network/layoutTypes';
import { diagramHeight } from '$lib/layout/network/diagramHeight';
import { randomNetworkDataset } from '../../../fixtures/randomNetworkDataset';

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;

/** Sizes the view really uses: a wide desktop, a laptop, a 390 px and a 360 px phone. */
const SIZES = [1280, 900, 390, 360].map((width) => ({ width, height: diagramHeight(width) }));
function overlappingNodes(layout: NetworkLayout): string[] {
	const found: string[] = [];
	for (const [i, p] of layout.nodes.entries())
		for (const q of layout.nodes.slice(i + 1))
			if (Math.hypot(p.x - q.x, p.y - q.y) < p.r + q.r + NODE_GAP - 0.01)
				found.push(`${p.id}/${q.id}`);
	return found;
}

function collidingLabels(layout: NetworkLayout): string[] {
	const placed = layout.labels.filter((label) => label.placed);
	const found: string[] = [];
	for (const [i, p] of placed.entries())
		for (const q of placed.slice(i + 1))
			if (
				p.x < q.x + q.width &&
				q.x < p.x + p.width &&
				p.y < q.y + q.height &&
				q.y < p.y + p.height
			)
				found.push(`${p.id}/${q.id}`);
	return found;
}

function outside(layout: NetworkLayout): string[] {
	return [
		...layout.nodes
			.filter(
				(n) =>
					n.x - n.r < 0 || n.y - n.r < 0 || n.x + n.r > layout.width || n.y + n.r > layout.height
			)
			.map((n) => n.id),
		...layout.labels
			.filter(
				(l) =>
					l.placed &&
					(l.x < 0 || l.y < 0 || l.x + l.width > layout.width || l.y + l.height > layout.height)
			)
			.map((l) => `label ${l.id}`)
	];
}

describe('layoutNetwork(graph, options) on the bundled dataset', { timeout: 20_000 }, () => {
	const cases = MODES.flatMap((mode) =>
		SIZES.flatMap((size) => [false, true].map((showMembers) => ({ mode, ...size, showMembers })))
	);
	it.each(cases)(
		'$mode at $width×$height (members $showMembers): inside the box, no overlaps, no label collisions',
		({ mode, width, height, showMembers }) => {
			const graph = graphOf(bundled, showMembers);
			const before = structuredClone(graph);
			const layout = layoutNetwork(graph, { width, height, mode });
			expect(graph).toEqual(before);
			expect(layout.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
			expect(overlappingNodes(layout)).toEqual([]);
			expect(collidingLabels(layout)).toEqual([]);
			expect(outside(layout)).toEqual([]);
			expect(layout.edges).toHaveLength(graph.edges.length);
			// Rolled up, every label of the bundled dataset finds a place, even on a phone.
			if (!showMembers) expect(layout.labels.filter((l) => !l.placed).map((l) => l.id)).toEqual([]);
		}
	);

	it.each(MODES)('%s layout is deterministic: same graph and size, same picture', (mode) => {
		const first = layoutNetwork(graphOf(bundled), { width: 1000, height: 560, mode });
		const second = layoutNetwork(graphOf(structuredClone(bundled)), {
			width: 1000,
			height: 560,
			mode
		});
		expect(second).toEqual(first);
	});

	it('geo layout keeps the capitals where the map has them', () => {
		const layout = layoutNetwork(graphOf(bundled), { width: 1280, height: 620, mode: 'geo' });
		const at = new Map(layout.nodes.map((n) => [n.id, n]));
		const [usa, irn, tur, sau, egy, rus] = ['usa', 'irn', 'tur', 'sau', 'egy', 'rus'].map((id) =>
			at.get(id)!
		);
		expect(usa!.x).toBeLessThan(egy!.x); // Washington is west of Cairo
		expect(egy!.x).toBeLessThan(irn!.x); // Cairo is west of Tehran
		expect(rus!.y).toBeLessThan(tur!.y); // Moscow is north of Ankara
		expect(tur!.y).toBeLessThan(sau!.y); // Ankara is north of Riyadh
		expect(at.get('usa')!.placement).toBe('exact');
		expect(at.get('istanbul')!.placement).toBe('exact');
		expect(at.get('regional-capitals')!.placement).toBe('none');
	});
});

// Generous timeouts: these lay out thousands of edges, and CI machines may be busy.
describe('layoutNetwork(graph, options) on generated datasets', { timeout: 60_000 }, () => {
	const cases = [
		{ seed: 1, actors: 50, events: 150 },
		{ seed: 2, actors: 100, events: 400 },
		{ seed: 3, actors: 200, events: 600 },
		{ seed: 4, actors: 200, events: 2000 }
	].flatMap((c) => MODES.map((mode) => ({ ...c, mode })));
	it.each(cases)(
		'$mode, seed $seed, $actors actors, $events events: no overlaps, no label collisions, deterministic',
		({ seed, actors, events, mode }) => {
			const dataset = randomNetworkDataset(seed, actors, events);
			for (const showMembers of [false, true]) {
				const graph = graphOf(dataset, showMembers);
				const before = structuredClone(graph);
				const size = { width: 1280, height: diagramHeight(1280) };
				const layout = layoutNetwork(graph, { ...size, mode });
				expect(graph).toEqual(before);
				expect(overlappingNodes(layout)).toEqual([]);
				expect(collidingLabels(layout)).toEqual([]);
				expect(outside(layout)).toEqual([]);
				expect(layoutNetwork(graph, { ...size, mode })).toEqual(layout);
			}
		}
	);

	it.each(MODES)('%s, 200 actors on a 390 px phone: no overlaps, no label collisions', (mode) => {
		const graph = graphOf(randomNetworkDataset(5, 200, 800), true);
		const layout = layoutNetwork(graph, { width: 390, height: diagramHeight(390), mode });
		expect(overlappingNodes(layout)).toEqual([]);
		expect(collidingLabels(layout)).toEqual([]);
	});
});
