import { geoEqualEarth } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { createProjection, fitProjection } from '../../../../src/lib/layout/network/geoLayout';
import { diagramHeight } from '../../../../src/lib/layout/network/diagramHeight';
import type { Dataset } from '../../../../src/lib/data/schema';
import { graphOf } from '../../../helpers/networkLayoutChecks';
import { layoutNetwork } from '../../../helpers/oracles/layoutNetwork';
import realShapedJson from '../../../fixtures/realShaped/dataset.json';

const realShaped = realShapedJson as unknown as Dataset;

const CITIES: [string, number, number][] = [
	['Washington', -77.04, 38.91],
	['Rome', 12.5, 41.9],
	['Tehran', 51.39, 35.69],
	['Muscat', 58.41, 23.59],
	['Baku', 49.87, 40.41],
	['Buenos Aires', -58.38, -34.6],
	['Tokyo', 139.69, 35.69]
];

describe('geoLayout: projection placement against d3-geo', () => {
	const fit = fitProjection(
		CITIES.map(([, lon, lat]) => [lon, lat]),
		{ x0: 12, y0: 12, x1: 1268, y1: 600 }
	);
	const d3 = geoEqualEarth().scale(fit.scale).translate(fit.translate);
	const project = createProjection(fit);

	it.each(CITIES)(
		'createProjection(fit)(%s) is where d3-geo’s Equal Earth puts it',
		(_, lon, lat) => {
			const [x, y] = project([lon, lat]);
			const [dx, dy] = d3([lon, lat])!;
			expect(x).toBeCloseTo(dx, 6);
			expect(y).toBeCloseTo(dy, 6);
		}
	);

	it('fitProjection(points, box) fits them as d3-geo’s fitExtent does', () => {
		const box: [[number, number], [number, number]] = [
			[33, 33],
			[1247, 579]
		];
		const points = CITIES.map(([, lon, lat]) => [lon, lat] as [number, number]);
		const before = structuredClone(points);
		const ours = fitProjection(points, { x0: 12, y0: 12, x1: 1268, y1: 600 });
		expect(points).toEqual(before);
		// The frame fitProjection fits: the points and the middle of each side of their box.
		const lons = points.map((p) => p[0]);
		const lats = points.map((p) => p[1]);
		const [lon0, lon1, lat0, lat1] = [
			Math.min(...lons),
			Math.max(...lons),
			Math.min(...lats),
			Math.max(...lats)
		];
		const frame = [
			...points,
			[lon0, (lat0 + lat1) / 2],
			[lon1, (lat0 + lat1) / 2],
			[(lon0 + lon1) / 2, lat0],
			[(lon0 + lon1) / 2, lat1]
		];
		const theirs = geoEqualEarth().fitExtent(box, { type: 'MultiPoint', coordinates: frame });
		expect(ours.scale).toBeCloseTo(theirs.scale(), 3);
		expect(ours.translate[0]).toBeCloseTo(theirs.translate()[0], 3);
		expect(ours.translate[1]).toBeCloseTo(theirs.translate()[1], 3);
	});

	it('createProjection(fit) keeps east–west and north–south order and equal lengths of a degree at one latitude', () => {
		const [wash, rome, tehran] = CITIES.slice(0, 3).map(([, lon, lat]) => project([lon, lat]));
		expect(wash![0]).toBeLessThan(rome![0]);
		expect(rome![0]).toBeLessThan(tehran![0]);
		expect(tehran![1]).toBeGreaterThan(rome![1]); // Tehran is south of Rome
		const a = project([0, 40]);
		const b = project([10, 40]);
		const c = project([50, 40]);
		const d = project([60, 40]);
		expect(b[0] - a[0]).toBeCloseTo(d[0] - c[0], 6);
	});
});

describe('geoLayout: the strip of actors with no place', () => {
	// The real-shaped fixture with the places of two of its states and of Meridia taken away:
	// seven actors with no place, more than a 390 px strip holds in a row.
	const dataset = structuredClone(realShaped);
	for (const actor of dataset.actors) {
		if (['hollen', 'port-selim', 'meridia'].includes(actor.id)) {
			delete actor.lat;
			delete actor.lon;
		}
	}
	const graph = graphOf(dataset);
	const width = 390;
	const layout = layoutNetwork(graph, { width, height: diagramHeight(width), mode: 'geo' });
	const unplaced = layout.nodes.filter((node) => node.placement === 'none');

	it('layoutNetwork(geo) at 390 px puts every unlocated actor inside the diagram, on rows as needed', () => {
		expect(unplaced.length).toBeGreaterThanOrEqual(6);
		expect(new Set(unplaced.map((node) => node.y)).size).toBeGreaterThan(1);
		for (const node of layout.nodes) {
			expect(node.y + node.r, node.id).toBeLessThanOrEqual(layout.height);
			expect(node.x + node.r, node.id).toBeLessThanOrEqual(layout.width);
		}
	});

	it('layoutNetwork(geo) keeps every label off the strip’s title, left of its first actor', () => {
		const top = Math.min(...unplaced.map((node) => node.y - node.r)) - 12;
		const first = Math.min(...unplaced.map((node) => node.x - node.r));
		const overTitle = layout.labels.filter(
			(label) =>
				label.placed && label.x < first - 4 && label.y + label.height > top && label.y < top + 40
		);
		expect(overTitle.map((label) => label.id)).toEqual([]);
	});
});
