/**
 * The spherical Mercator projection at unit scale: longitude and latitude in degrees to x and y
 * in radians, y growing southwards as on screen. It gives the same numbers as d3-geo's
 * `geoMercator().scale(1).translate([0, 0])` for a single point (a test holds them equal), without
 * loading d3-geo's 17 kB of projections, clipping and streams for two lines of trigonometry.
 */
const RADIANS = Math.PI / 180;

export function projectMercator(lon: number, lat: number): [number, number] {
	return [lon * RADIANS, -Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2))];
}
