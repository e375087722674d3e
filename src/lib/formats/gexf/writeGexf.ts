/**
 * GEXF 1.3 of the network as shown, for Gephi, Gephi Lite and Sigma.js (graphology-gexf): nodes
 * with label, kind and coordinates as attributes, `viz:position` from the drawn layout, size and
 * colour; edges with kind, weight and status; `mode="dynamic"` with each edge's spells from its
 * events' dates (`timeformat="date"`). Pure: the caller gathers what the chart draws.
 */

export interface GexfNode {
	id: string;
	label: string;
	kind: string;
	lat?: number;
	lon?: number;
	/** Where the chart draws it, in SVG pixels (y grows downwards). */
	x: number;
	y: number;
	/** Radius drawn, in pixels. */
	size: number;
	/** Fill as drawn, "#rrggbb" or "rgb(r, g, b)". */
	color?: string;
}

export interface GexfEdge {
	id: string;
	source: string;
	target: string;
	/** Contact kind (meeting, mediation …): GEXF 1.3's `kind` allows parallel edges of different kinds. */
	kind: string;
	weight: number;
	status: string;
	/**
	 * Directed when the drawn edge points one way; undirected otherwise, both ways included
	 * (graphology-gexf, and so Sigma.js, cannot read a graph whose edges are all "mutual").
	 */
	direction: 'directed' | 'undirected';
	/** Day windows of the edge's events, YYYY-MM-DD, merged into spells. */
	windows: { start: string; end: string }[];
}

export interface GexfGraph {
	title: string;
	description?: string;
	/** YYYY-MM-DD */
	lastModified: string;
	nodes: GexfNode[];
	edges: GexfEdge[];
}

const xml = (text: string) =>
	text
		// Characters XML 1.0 cannot hold at all.
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');

/** A number as GEXF writes it: finite, at most two decimals. */
const num = (value: number) => String(Math.round((Number.isFinite(value) ? value : 0) * 100) / 100);

/** "#1f77b4" or "rgb(31, 119, 180)" as channels; null when it is neither. */
export function parseColour(colour: string): { r: number; g: number; b: number } | null {
	const hex = /^#([0-9a-f]{6})$/i.exec(colour.trim());
	if (hex) {
		const n = parseInt(hex[1]!, 16);
		return { r: n >> 16, g: (n >> 8) & 255, b: n & 255 };
	}
	const rgb = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/i.exec(colour.trim());
	return rgb ? { r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) } : null;
}

/** Day windows merged where they overlap or touch, in order. */
export function mergeSpells(windows: readonly { start: string; end: string }[]) {
	const sorted = [...windows].sort((a, b) => a.start.localeCompare(b.start));
	const merged: { start: string; end: string }[] = [];
	for (const window of sorted) {
		const last = merged.at(-1);
		if (last && window.start <= last.end) {
			if (window.end > last.end) last.end = window.end;
		} else merged.push({ ...window });
	}
	return merged;
}

const NODE_ATTRIBUTES = [
	['kind', 'kind', 'string'],
	['lat', 'latitude', 'double'],
	['lon', 'longitude', 'double']
] as const;
const EDGE_ATTRIBUTES = [['status', 'status', 'string']] as const;

export function writeGexf(graph: GexfGraph): string {
	const lines: string[] = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
		`  <meta lastmodifieddate="${xml(graph.lastModified)}">`,
		'    <creator>Parley</creator>',
		`    <description>${xml(graph.description ? `${graph.title}: ${graph.description}` : graph.title)}</description>`,
		'  </meta>',
		'  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date" timerepresentation="interval">'
	];
	const declare = (cls: string, attributes: readonly (readonly [string, string, string])[]) => {
		lines.push(`    <attributes class="${cls}" mode="static">`);
		for (const [id, title, type] of attributes)
			lines.push(`      <attribute id="${id}" title="${title}" type="${type}"/>`);
		lines.push('    </attributes>');
	};
	declare('node', NODE_ATTRIBUTES);
	declare('edge', EDGE_ATTRIBUTES);
	lines.push(`    <nodes count="${graph.nodes.length}">`);
	for (const node of graph.nodes) {
		lines.push(`      <node id="${xml(node.id)}" label="${xml(node.label)}">`);
		lines.push('        <attvalues>');
		lines.push(`          <attvalue for="kind" value="${xml(node.kind)}"/>`);
		if (node.lat !== undefined && node.lon !== undefined) {
			lines.push(`          <attvalue for="lat" value="${num(node.lat)}"/>`);
			lines.push(`          <attvalue for="lon" value="${num(node.lon)}"/>`);
		}
		lines.push('        </attvalues>');
		// Gephi's y axis points up, the screen's down: flip it so the picture is the same.
		lines.push(`        <viz:position x="${num(node.x)}" y="${num(-node.y)}" z="0"/>`);
		lines.push(`        <viz:size value="${num(Math.max(node.size, 0))}"/>`);
		const colour = node.color ? parseColour(node.color) : null;
		if (colour) lines.push(`        <viz:color r="${colour.r}" g="${colour.g}" b="${colour.b}"/>`);
		lines.push('      </node>');
	}
	lines.push('    </nodes>');
	lines.push(`    <edges count="${graph.edges.length}">`);
	for (const edge of graph.edges) {
		lines.push(
			`      <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}" type="${edge.direction}" kind="${xml(edge.kind)}" weight="${num(edge.weight)}">`
		);
		lines.push('        <attvalues>');
		lines.push(`          <attvalue for="status" value="${xml(edge.status)}"/>`);
		lines.push('        </attvalues>');
		const spells = mergeSpells(edge.windows);
		if (spells.length > 0) {
			lines.push('        <spells>');
			for (const spell of spells)
				lines.push(`          <spell start="${spell.start}" end="${spell.end}"/>`);
			lines.push('        </spells>');
		}
		lines.push('      </edge>');
	}
	lines.push('    </edges>', '  </graph>', '</gexf>', '');
	return lines.join('\n');
}
