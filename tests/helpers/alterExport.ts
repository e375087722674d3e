/**
 * Small, deliberate faults put into an exported SVG file, to prove that a comparison of the
 * file with the app's chart notices them.
 */
import { DOMParser, XMLSerializer, type Element as XmlElement } from '@xmldom/xmldom';

function parse(svgText: string) {
	return new DOMParser().parseFromString(svgText, 'image/svg+xml');
}

function layer(doc: ReturnType<typeof parse>, id: string): XmlElement {
	const found = Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('id') === id);
	if (!found) throw new Error(`the file has no <g id="${id}">`);
	return found;
}

function serialize(doc: ReturnType<typeof parse>): string {
	return new XMLSerializer().serializeToString(doc);
}

/**
 * Moves the first mark in the layer `layerId` by `dx` pixels to the right: the first element
 * placed by `transform="translate(x,y)"`, else the first with `cx` or `x`.
 */
export function moveMark(
	svgText: string,
	layerId: string,
	dx: number
): { text: string; moved: string } {
	const doc = parse(svgText);
	const elements = Array.from(layer(doc, layerId).getElementsByTagName('*'));
	const translated = elements.find((e) =>
		/^\s*translate\(/.test(e.getAttribute('transform') ?? '')
	);
	if (translated) {
		const before = translated.getAttribute('transform')!;
		const after = before.replace(
			/translate\(\s*(-?[\d.e+-]+)/,
			(_, x: string) => `translate(${Number(x) + dx}`
		);
		translated.setAttribute('transform', after);
		return { text: serialize(doc), moved: `<${translated.tagName} transform="${before}">` };
	}
	for (const attribute of ['cx', 'x']) {
		const placed = elements.find((e) => e.hasAttribute(attribute));
		if (placed) {
			const before = placed.getAttribute(attribute)!;
			placed.setAttribute(attribute, String(Number(before) + dx));
			return { text: serialize(doc), moved: `<${placed.tagName} ${attribute}="${before}">` };
		}
	}
	throw new Error(`nothing to move in <g id="${layerId}">`);
}

/** Deletes the first <text> in the layer `layerId`. */
export function removeLabel(svgText: string, layerId: string): { text: string; removed: string } {
	const doc = parse(svgText);
	const label = layer(doc, layerId).getElementsByTagName('text')[0];
	if (!label) throw new Error(`no <text> in <g id="${layerId}">`);
	const removed = label.textContent ?? '';
	label.parentNode!.removeChild(label);
	return { text: serialize(doc), removed };
}
