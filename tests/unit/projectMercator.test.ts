import { geoMercator } from 'd3-geo';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectMercator } from '$lib/layout/network/projectMercator';

const d3Mercator = geoMercator().scale(1).translate([0, 0]).precision(0);

describe('projectMercator', () => {
	it.each([
		['the origin', 0, 0, [0, 0]],
		['Istanbul', 28.98, 41.01, d3Mercator([28.98, 41.01])],
		['Washington', -77.04, 38.9, d3Mercator([-77.04, 38.9])],
		['Pretoria', 28.19, -25.75, d3Mercator([28.19, -25.75])],
		['the clamp the network uses', 180, 80, d3Mercator([180, 80])]
	])('projectMercator(lon, lat) at %s gives d3-geo’s point', (_, lon, lat, expected) => {
		const [x, y] = projectMercator(lon as number, lat as number);
		expect(x).toBeCloseTo((expected as [number, number])[0], 12);
		expect(y).toBeCloseTo((expected as [number, number])[1], 12);
	});

	it('projectMercator(lon, lat) equals d3-geo’s geoMercator at unit scale for any point it is given', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -180, max: 180, noNaN: true }),
				fc.double({ min: -80, max: 80, noNaN: true }),
				(lon, lat) => {
					const [x, y] = projectMercator(lon, lat);
					const [ex, ey] = d3Mercator([lon, lat])!;
					expect(Math.abs(x - ex)).toBeLessThan(1e-9);
					expect(Math.abs(y - ey)).toBeLessThan(1e-9);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('north is up: a higher latitude has a smaller y', () => {
		expect(projectMercator(0, 50)[1]).toBeLessThan(projectMercator(0, 10)[1]);
	});
});
