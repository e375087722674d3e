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

/**
 * Deletes the first label in the layer `layerId`: its first <text> and every other <text> of
 * the layer that says the same (the halo drawn beneath it).
 */
export function removeLabel(svgText: string, layerId: string): { text: string; removed: string } {
	const doc = parse(svgText);
	const texts = Array.from(layer(doc, layerId).getElementsByTagName('text'));
	if (texts.length === 0) throw new Error(`no <text> in <g id="${layerId}">`);
	const removed = texts[0]!.textContent ?? '';
	for (const text of texts) {
		if (text.textContent === removed) text.parentNode!.removeChild(text);
	}
	return { text: serialize(doc), removed };
}

/**
 * Writes paint with alpha as CSS's `rgba()`, as exports did before they kept to SVG 1.1 paint:
 * `fill="none"` becomes `rgba(0, 0, 0, 0)` and `fill="#1f5f8b" fill-opacity="0.2"` becomes
 * `fill="rgba(31, 95, 139, 0.2)"`. librsvg reads the alpha; Inkscape 1.2 drops it.
 */
export function alphaAsRgba(svgText: string): { text: string; count: number } {
	const doc = parse(svgText);
	let count = 0;
	for (const element of Array.from(doc.getElementsByTagName('*'))) {
		const fill = element.getAttribute('fill');
		const opacity = element.getAttribute('fill-opacity');
		if (fill === 'none') {
			element.setAttribute('fill', 'rgba(0, 0, 0, 0)');
			count++;
		} else if (fill && /^#[0-9a-f]{6}$/i.test(fill) && opacity !== null) {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16));
			element.setAttribute('fill', `rgba(${r}, ${g}, ${b}, ${opacity})`);
			element.removeAttribute('fill-opacity');
			count++;
		}
	}
	return { text: serialize(doc), count };
}
