/**
 * Named layers in an exported file: a group marked `data-layer="edges"` becomes an Inkscape layer
 * (Illustrator already takes top-level groups with ids as layers). Inkscape ignores a layer
 * inside a plain group, so every group on the way to a layer becomes one too.
 */
import { elementsIn, localName } from './tree';

export const INKSCAPE_NS = 'http://www.inkscape.org/namespaces/inkscape';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** `data-layer="edges"` becomes `id="edges"`; returns the ids given. */
export function nameLayers(root: Element, reserved: Iterable<string>): Set<string> {
	const used = new Set<string>(reserved);
	const named = new Set<string>();
	for (const layer of elementsIn(root)) {
		const name = layer.getAttribute('data-layer');
		if (name === null) continue;
		const base = name.replace(/[^\w-]/g, '-') || 'layer';
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		named.add(id);
		layer.setAttribute('id', id);
		layer.removeAttribute('data-layer');
	}
	return named;
}

/**
 * Makes the groups with the given ids layers, and every group that holds one; declares the
 * inkscape namespace on the root. A holding group without an id is labelled by what it holds.
 */
export function markLayers(root: Element, ids: Set<string>): void {
	root.setAttributeNS(XMLNS_NS, 'xmlns:inkscape', INKSCAPE_NS);
	const layers = elementsIn(root).filter(
		(element) => localName(element) === 'g' && ids.has(element.getAttribute('id') ?? '')
	);
	const labels = new Map<Element, string>();
	for (const layer of layers) labels.set(layer, layer.getAttribute('id')!);
	for (const layer of layers) {
		for (let node = layer.parentNode; node && node !== root; node = node.parentNode) {
			const group = node as Element;
			if (labels.has(group)) continue;
			const held = layers.filter((inner) => group.contains?.(inner) ?? contains(group, inner));
			labels.set(group, group.getAttribute('id') ?? held.map((l) => labels.get(l)).join(' + '));
		}
	}
	for (const [group, label] of labels) {
		group.setAttributeNS(INKSCAPE_NS, 'inkscape:groupmode', 'layer');
		group.setAttributeNS(INKSCAPE_NS, 'inkscape:label', label);
	}
}

function contains(ancestor: Element, element: Element): boolean {
	for (let node: Node | null = element; node; node = node.parentNode)
		if (node === ancestor) return true;
	return false;
}
