import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy } from '../../src/lib/data/actorHierarchy';
import type { Dataset } from '../../src/lib/data/schema';
import { buildGraph, type Graph } from '../../src/lib/layout/network/buildGraph';
import { computeEdgeGeometry, parallelOffsets } from '../../src/lib/layout/network/edgeGeometry';
import { layoutNetwork, layoutNodes } from '../../src/lib/layout/network/layoutNetwork';
import {
	NODE_GAP,
	type LayoutMode,
	type NetworkLayout
} from '../../src/lib/layout/network/layoutTypes';
import { estimateTextWidth, shortenLabel } from '../../src/lib/layout/network/placeLabels';
import {
	diagramHeight,
	fitTransform,
	layoutLegend,
	nearestInDirection
} from '../../src/lib/layout/network/networkView';
import { randomNetworkDataset } from '../fixtures/randomNetworkDataset';

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;

function graphOf(dataset: Dataset, showMembers = false): Graph {
	return buildGraph(dataset.events, createActorHierarchy(dataset.actors), dataset.relations, {
		showMembers
	});
}

/** Sizes the view really uses: a wide desktop, a laptop, a 390 px and a 360 px phone. */
const SIZES = [1280, 900, 390, 360].map((width) => ({ width, height: diagramHeight(width) }));
const MODES: LayoutMode[] = ['force', 'geo'];

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

describe('helpers', () => {
	it.each([
		['Tehran', 200],
		['Participants in the recent unrest in Iran (unidentified)', 150],
		['Supercalifragilisticexpialidocious', 60]
	])('shortenLabel(%j, %i) fits, cutting at a word where it can', (label, max) => {
		const measure = (t: string) => estimateTextWidth(t);
		const text = shortenLabel(label, max, measure);
		expect(measure(text)).toBeLessThanOrEqual(max);
		if (measure(label) <= max) expect(text).toBe(label);
		else {
			expect(text.endsWith('…')).toBe(true);
			expect(label.startsWith(text.slice(0, -1))).toBe(true);
		}
	});

	const grid = [
		{ id: 'c', x: 100, y: 100 },
		{ id: 'e', x: 200, y: 110 },
		{ id: 'w', x: 0, y: 90 },
		{ id: 'n', x: 110, y: 0 },
		{ id: 's', x: 90, y: 200 },
		{ id: 'far-e', x: 400, y: 100 }
	];
	it.each([
		['right', 'e'],
		['left', 'w'],
		['up', 'n'],
		['down', 's']
	] as const)('nearestInDirection(nodes, "c", %s) is %s', (direction, expected) => {
		expect(nearestInDirection(grid, 'c', direction)).toBe(expected);
	});
	it('nearestInDirection(nodes, "far-e", "right") is null', () => {
		expect(nearestInDirection(grid, 'far-e', 'right')).toBeNull();
	});

	it('fitTransform(circles, size) puts the circles’ box inside the view', () => {
		const circles = [
			{ x: 100, y: 100, r: 10 },
			{ x: 300, y: 200, r: 10 }
		];
		const t = fitTransform(circles, { width: 800, height: 400 }, 20, 10);
		for (const c of circles) {
			const x = c.x * t.k + t.x;
			const y = c.y * t.k + t.y;
			expect(x - c.r * t.k).toBeGreaterThanOrEqual(19.9);
			expect(x + c.r * t.k).toBeLessThanOrEqual(780.1);
			expect(y - c.r * t.k).toBeGreaterThanOrEqual(19.9);
			expect(y + c.r * t.k).toBeLessThanOrEqual(380.1);
		}
	});

	it.each([360, 390, 900])('layoutLegend(sections, %i) wraps inside the width', (width) => {
		const sections = [
			{
				title: 'Contacts',
				entries: [
					'Meeting or talks',
					'Phone call or consultation',
					'Mediation or message carried',
					'Statement aimed at',
					'Military pressure or coercion'
				].map((label, i) => ({ key: `k${i}`, label }))
			}
		];
		const measure = (t: string) => estimateTextWidth(t);
		const { items, height } = layoutLegend(sections, width, measure);
		for (const item of items) {
			const w = item.isTitle ? measure(item.label) : 32 + measure(item.label);
			expect(item.x + w).toBeLessThanOrEqual(width);
			expect(item.y).toBeLessThan(height);
		}
	});
});
