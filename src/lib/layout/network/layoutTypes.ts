/** What a network layout produces, and the sizes every layout step shares. */

export type LayoutMode = 'force' | 'geo';

export interface NodePlacement {
	id: string;
	x: number;
	y: number;
	r: number;
	/**
	 * Geographic layout: where the node's place is, when it has one of its own or of its seat
	 * ('exact'); placed by its contacts ('approximate'); or not on the map at all, in the strip
	 * beside it ('none'). Always 'exact' in the force layout (which claims no place).
	 */
	placement: 'exact' | 'approximate' | 'none';
	/** Where the projection puts it, when it was nudged off that point (a leader line joins them). */
	anchor?: { x: number; y: number };
}

export interface LabelPlacement {
	id: string;
	/** The label as drawn: shortened with an ellipsis when too long. */
	text: string;
	/** Box of the label's text, top-left corner. */
	x: number;
	y: number;
	width: number;
	height: number;
	/** Text anchor point and alignment for SVG <text>. */
	textX: number;
	textY: number;
	anchor: 'start' | 'middle' | 'end';
	/** False when no free place was found: the label shows only on hover or focus. */
	placed: boolean;
	/**
	 * A short line from the label to its node's rim, when another node is nearer the label than
	 * its own (the label would read as that node's name).
	 */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface EdgeGeometry {
	key: string;
	/** SVG path from a to b (a < b), trimmed to the node rims. */
	path: string;
	/** The same curve from b to a. */
	reversePath: string;
	/** Midpoint of the curve, for hit targets and tooltips. */
	mid: { x: number; y: number };
	/** Where the kind's glyph goes (the midpoint), or null when the line is too short for it. */
	glyphAt: { x: number; y: number } | null;
	/** The trimmed ends (from a to b) and the curve's control point (null when straight). */
	start: { x: number; y: number };
	end: { x: number; y: number };
	control: { x: number; y: number } | null;
}

export interface NetworkLayout {
	width: number;
	height: number;
	nodes: NodePlacement[];
	labels: LabelPlacement[];
	edges: EdgeGeometry[];
	/** Geographic layout: the projection fitted to the actors shown, for the basemap. */
	projection?: GeoFit;
}

/** A layout's nodes and labels: its edges' geometry follows from them (`computeEdgeGeometry`). */
export type NodeLayout = Omit<NetworkLayout, 'edges'>;

/** How d3-geo's projection was fitted: enough to draw the basemap under the nodes. */
export interface GeoFit {
	/** 'equalEarth' or 'naturalEarth1'. */
	name: 'equalEarth' | 'naturalEarth1';
	scale: number;
	translate: [number, number];
	/** The box the map fills (the strip of unlocated actors lies outside it). */
	clip: Bounds;
}

export type Bounds = { x0: number; y0: number; x1: number; y1: number };

export const MIN_RADIUS = 6;
export const MAX_RADIUS = 17;
/** Empty space kept between two nodes. */
export const NODE_GAP = 4;
export const PADDING = 12;
