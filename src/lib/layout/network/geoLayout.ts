/**
 * The map layout: each actor at its own or its seat's coordinates, in d3-geo's Equal Earth fitted
 * to the actors shown, nudged apart only as far as they overlap, along the line between their
 * places (order kept). No made-up places: a person or body hangs by its state marked
 * "approximate", the rest go in a strip below the map.
 */
import type { Graph } from './graphTypes';
import { MAX_RADIUS, NODE_GAP, type Bounds, type GeoFit, type NodePlacement } from './layoutTypes';
import { separateNodes } from './separateNodes';

/** The smallest stretch of the globe a map shows, degrees: two capitals do not fill a screen. */
const MIN_SPAN_LON = 16;
const MIN_SPAN_LAT = 10;
/** Height of the strip of actors with no place, with one row of them. */
export const UNLOCATED_STRIP = 2 * MAX_RADIUS + 2 * NODE_GAP + 22;
/** Width of the strip's title ("No location: not on the map"), left of its actors. */
export const STRIP_TITLE_WIDTH = 90;
/** The title's box, kept clear of the actors' labels. */
export const STRIP_TITLE_HEIGHT = 40;
/** From one actor in the strip to the next, across and down. */
const STRIP_STEP = Math.max(2 * MAX_RADIUS + NODE_GAP, 54);
/** Past this many pixels off its place a node gets a leader line back to it. */
const NUDGE_MARK = 1.5;

export interface GeoLayout {
	nodes: NodePlacement[];
	fit: GeoFit;
	/** Where the strip of actors with no place lies (null when every actor has one). */
	strip: Bounds | null;
}

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RADIANS = Math.PI / 180;

/**
 * Equal Earth (Šavrič, Patterson and Jenny 2018) at scale 1, y up, as d3-geo's
 * `geoEqualEarthRaw`: the few lines the layout needs, so d3-geo itself (for the basemap's
 * paths) loads only with the map. Checked against d3-geo in the tests.
 */
function equalEarthRaw(lon: number, lat: number): [number, number] {
	const l = Math.asin(M * Math.sin(lat * RADIANS));
	const l2 = l * l;
	const l6 = l2 * l2 * l2;
	return [
		(lon * RADIANS * Math.cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2))),
		l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2))
	];
}

/** The projection of a fit, as d3-geo's `geoEqualEarth().scale(…).translate(…)`: [lon, lat] → [x, y]. */
export function createProjection(fit: Pick<GeoFit, 'scale' | 'translate'>) {
	return ([lon, lat]: readonly [number, number]): [number, number] => {
		const [x, y] = equalEarthRaw(lon, lat);
		return [fit.translate[0] + fit.scale * x, fit.translate[1] - fit.scale * y];
	};
}

export function layoutGeo(
	graph: Graph,
	radii: ReadonlyMap<string, number>,
	bounds: Bounds
): GeoLayout {
	const located = graph.nodes.filter((node) => node.coordinates);
	const byId = new Map(graph.nodes.map((node) => [node.id, node]));
	// A member with no place of its own hangs by its state (when that has one): approximate.
	const approximate = graph.nodes.filter(
		(node) =>
			!node.coordinates && node.parentId !== null && byId.get(node.parentId)?.coordinates != null
	);
	const approximateIds = new Set(approximate.map((node) => node.id));
	const unlocated = graph.nodes.filter((node) => !node.coordinates && !approximateIds.has(node.id));
	// As many rows as its actors need, the map above it.
	const perRow = Math.max(1, Math.floor((bounds.x1 - bounds.x0 - STRIP_TITLE_WIDTH) / STRIP_STEP));
	// More rows only while the map keeps room for its actors (and at least half the diagram);
	// past that they run on below it, as one row did (the list under the diagram names them all).
	const height = bounds.y1 - bounds.y0;
	const mapped = located.length + approximate.length;
	const mapNeeds = Math.max(
		height / 2,
		(2 * mapped * (2 * MAX_RADIUS + NODE_GAP) ** 2) / (bounds.x1 - bounds.x0)
	);
	const rows = Math.min(
		Math.ceil(unlocated.length / perRow),
		Math.max(1, 1 + Math.floor((height - mapNeeds - UNLOCATED_STRIP) / STRIP_STEP))
	);
	const strip =
		unlocated.length > 0
			? { ...bounds, y0: bounds.y1 - UNLOCATED_STRIP - (rows - 1) * STRIP_STEP }
			: null;
	const mapBounds: Bounds = strip ? { ...bounds, y1: strip.y0 - NODE_GAP } : bounds;

	const fit = fitProjection(
		located.map((node) => [node.coordinates!.lon, node.coordinates!.lat]),
		mapBounds
	);
	const project = createProjection(fit);
	const placed: NodePlacement[] = [];
	const anchors: { x: number; y: number }[] = [];
	for (const node of located) {
		const [x, y] = project([node.coordinates!.lon, node.coordinates!.lat]);
		placed.push({ id: node.id, x, y, r: radii.get(node.id)!, placement: 'exact' });
		anchors.push({ x, y });
	}
	const at = new Map(placed.map((d, i) => [d.id, i]));
	// Around their state, each at its own angle (fixed by its order), to be nudged out from it.
	approximate.forEach((node, k) => {
		const parent = anchors[at.get(node.parentId!)!]!;
		const angle = k * 2.399963;
		const point = { x: parent.x + Math.cos(angle), y: parent.y + Math.sin(angle) };
		placed.push({ id: node.id, ...point, r: radii.get(node.id)!, placement: 'approximate' });
		anchors.push(point);
	});
	separateNodes(placed, mapBounds, 400, anchors);
	placed.forEach((d, i) => {
		const anchor = anchors[i]!;
		if (Math.hypot(d.x - anchor.x, d.y - anchor.y) > NUDGE_MARK) d.anchor = { ...anchor };
	});

	if (strip) {
		// In name order, spread along the strip (after its title), on as many rows as they need.
		const sorted = [...unlocated].sort((p, q) =>
			p.label < q.label ? -1 : p.label > q.label ? 1 : 0
		);
		sorted.forEach((node, i) => {
			const row = Math.floor(i / perRow);
			placed.push({
				id: node.id,
				x: strip.x0 + STRIP_TITLE_WIDTH + STRIP_STEP * ((i % perRow) + 0.5),
				y: strip.y0 + 12 + MAX_RADIUS + row * STRIP_STEP,
				r: radii.get(node.id)!,
				placement: 'none'
			});
		});
	}
	const result = new Map(placed.map((d) => [d.id, d]));
	return { nodes: graph.nodes.map((node) => result.get(node.id)!), fit, strip };
}

/**
 * Equal Earth scaled and centred so the places fill the box (with room for the nodes), never
 * showing less than MIN_SPAN degrees; the whole world when there is no place at all.
 */
export function fitProjection(points: readonly [number, number][], bounds: Bounds): GeoFit {
	const inset = MAX_RADIUS + NODE_GAP;
	const box: [[number, number], [number, number]] = [
		[bounds.x0 + inset, bounds.y0 + inset],
		[
			Math.max(bounds.x0 + inset + 1, bounds.x1 - inset),
			Math.max(bounds.y0 + inset + 1, bounds.y1 - inset)
		]
	];
	const clip = bounds;
	if (points.length === 0)
		return fitPoints(
			[
				[-180, 0],
				[180, 0],
				[0, -90],
				[0, 90]
			],
			box,
			clip
		);
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	const [lon0, lon1] = [Math.min(...lons), Math.max(...lons)];
	const [lat0, lat1] = [Math.min(...lats), Math.max(...lats)];
	const cLon = (lon0 + lon1) / 2;
	const cLat = (lat0 + lat1) / 2;
	const halfLon = Math.max(lon1 - lon0, MIN_SPAN_LON) / 2;
	const halfLat = Math.max(lat1 - lat0, MIN_SPAN_LAT) / 2;
	const frame: [number, number][] = [
		...points,
		[cLon - halfLon, cLat],
		[cLon + halfLon, cLat],
		[cLon, Math.max(-85, cLat - halfLat)],
		[cLon, Math.min(85, cLat + halfLat)]
	];
	return fitPoints(frame, box, clip);
}

/** Scale and translation that fit the points' projections into the box, centred (d3's fitExtent). */
function fitPoints(
	points: readonly [number, number][],
	box: [[number, number], [number, number]],
	clip: Bounds
): GeoFit {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon, lat] of points) {
		const [x, up] = equalEarthRaw(lon, lat);
		const y = -up;
		x0 = Math.min(x0, x);
		x1 = Math.max(x1, x);
		y0 = Math.min(y0, y);
		y1 = Math.max(y1, y);
	}
	const w = box[1][0] - box[0][0];
	const h = box[1][1] - box[0][1];
	const k = Math.min(w / Math.max(1e-9, x1 - x0), h / Math.max(1e-9, y1 - y0));
	return {
		name: 'equalEarth',
		scale: k,
		translate: [box[0][0] + (w - k * (x1 + x0)) / 2, box[0][1] + (h - k * (y1 + y0)) / 2],
		clip
	};
}
