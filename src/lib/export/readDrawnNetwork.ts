/**
 * What the network chart has drawn, read from its SVG: each node's place, radius and fill, and
 * each drawn edge's key, weight and status. The chart owns its layout; the GEXF export reads the
 * picture it shows rather than laying the graph out again.
 */
import type { DrawnNetwork } from '$lib/formats/gexf/networkGexf';

const TRANSLATE = /translate\(\s*(-?[\d.e+-]+)[\s,]+(-?[\d.e+-]+)\s*\)/;

export function readDrawnNetwork(svg: Element): DrawnNetwork {
	const nodes: DrawnNetwork['nodes'] = [];
	for (const g of svg.querySelectorAll<SVGGraphicsElement>(
		'[data-layer="nodes"] [data-actor-id]'
	)) {
		const at = TRANSLATE.exec(g.getAttribute('transform') ?? '');
		if (!at) continue;
		const mark = g.querySelector<SVGGraphicsElement>('.mark');
		const box = mark?.getBBox();
		const style = mark ? getComputedStyle(mark) : null;
		const paint = style && style.fill !== 'none' ? style.fill : style?.stroke;
		nodes.push({
			id: g.dataset.actorId!,
			x: Number(at[1]),
			y: Number(at[2]),
			r: box ? Math.max(box.width, box.height) / 2 : 6,
			...(paint && paint !== 'none' ? { color: paint } : {})
		});
	}
	const edges: DrawnNetwork['edges'] = [];
	for (const line of svg.querySelectorAll<SVGElement>(
		'[data-layer="edges"] [data-edge-key][data-weight]'
	)) {
		edges.push({
			key: line.dataset.edgeKey!,
			weight: Number(line.dataset.weight),
			status: line.dataset.status ?? ''
		});
	}
	return { nodes, edges };
}
