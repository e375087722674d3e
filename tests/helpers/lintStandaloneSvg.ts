/**
 * Checks an exported SVG file against every rule a standalone file must follow (issue:
 * export). Returns one sentence per violation; an empty list means the file passes.
 */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';

const SVG_NS = 'http://www.w3.org/2000/svg';
const INKSCAPE_NS = 'http://www.inkscape.org/namespaces/inkscape';

/** Attributes that take SVG 1.1 paint or colour. */
const PAINT_ATTRIBUTES = new Set([
	'fill',
	'stroke',
	'stop-color',
	'flood-color',
	'lighting-color',
	'color'
]);
/**
 * SVG 1.1 paint: none, #rgb, #rrggbb, rgb() with three integers or percentages, a colour
 * keyword, or a reference in the file (with an optional fallback of the same kinds).
 */
const SVG11_COLOUR = String.raw`(?:#[0-9a-f]{3}|#[0-9a-f]{6}|rgb\(\s*\d+%?\s*,\s*\d+%?\s*,\s*\d+%?\s*\)|[a-z]+)`;
const SVG11_PAINT = new RegExp(
	String.raw`^(?:none|${SVG11_COLOUR}|url\(#[^)\s]+\)(?:\s+(?:none|${SVG11_COLOUR}))?)$`,
	'i'
);
/** Colour syntax of CSS that SVG 1.1 editors do not read (Inkscape 1.2 draws rgba() black). */
const CSS_COLOUR_FUNCTION = /\b(rgba|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\(/i;
const OPACITY_ATTRIBUTES = new Set(['opacity', 'fill-opacity', 'stroke-opacity', 'stop-opacity']);

export interface LintOptions {
	/** Group ids the file must contain, e.g. ["marks", "legend"]. */
	requiredGroups?: string[];
}

/**
 * A character XML 1.0 forbids (its `Char` production): control characters other than tab,
 * LF and CR, U+FFFE, U+FFFF and lone surrogates. xmldom lets them through; xmllint, rsvg and
 * every editor refuse the file.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Where the first character XML forbids is, as a sentence; null when there is none. */
export function findNonXmlCharacter(text: string): string | null {
	const match = NOT_XML_CHAR.exec(text);
	if (!match) return null;
	const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
	return `U+${code} at offset ${match.index} is not a character XML allows`;
}

export function lintStandaloneSvg(text: string, options: LintOptions = {}): string[] {
	const problems: string[] = [];
	const parseErrors: string[] = [];
	const badCharacter = findNonXmlCharacter(text);
	if (badCharacter) parseErrors.push(badCharacter);
	let doc;
	try {
		doc = new DOMParser({
			onError: (level, message) => {
				if (level !== 'warning') parseErrors.push(message);
			}
		}).parseFromString(text, 'text/xml');
	} catch (error) {
		parseErrors.push(error instanceof Error ? error.message : String(error));
	}
	if (!doc || parseErrors.length > 0) return parseErrors.map((m) => `not well-formed XML: ${m}`);
	const root = doc.documentElement;
	if (!root || root.localName !== 'svg') return ['the root element is not <svg>'];
	if (root.getAttribute('xmlns') !== SVG_NS || root.namespaceURI !== SVG_NS)
		problems.push('the root <svg> lacks xmlns="http://www.w3.org/2000/svg"');
	for (const attribute of ['version', 'width', 'height', 'viewBox']) {
		if (!root.getAttribute(attribute)) problems.push(`the root <svg> lacks ${attribute}`);
	}
	const viewBox = (root.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
	if (
		viewBox.length !== 4 ||
		viewBox.some((n) => !Number.isFinite(n)) ||
		viewBox[2]! <= 0 ||
		viewBox[3]! <= 0
	) {
		problems.push(
			`viewBox "${root.getAttribute('viewBox')}" is not four numbers with a positive size`
		);
	}
	const children = (element: XmlElement) =>
		Array.from(element.childNodes).filter((n): n is XmlElement => n.nodeType === 1);
	const direct = children(root);
	if (!direct.some((e) => e.localName === 'title' && e.textContent?.trim()))
		problems.push('no <title>');
	if (!direct.some((e) => e.localName === 'desc' && e.textContent?.trim()))
		problems.push('no <desc>');

	const all = Array.from(root.getElementsByTagName('*')) as XmlElement[];
	const ids = new Map<string, number>();
	for (const element of [root, ...all]) {
		const name = element.localName ?? element.nodeName;
		if (
			['script', 'foreignObject', 'iframe', 'object', 'embed', 'image', 'audio', 'video'].includes(
				name
			)
		) {
			problems.push(`contains <${name}>`);
		}
		if (name === 'style') {
			problems.push('contains a <style> block: CSS that not every editor reads');
			if (/@import|@font-face|url\(\s*['"]?(?!#)/i.test(element.textContent ?? '')) {
				problems.push('the <style> block imports or references something outside the file');
			}
		}
		for (const attribute of Array.from(element.attributes)) {
			const { name: attr, value } = attribute;
			if (/^on/i.test(attr)) problems.push(`<${name}> has an event handler ${attr}`);
			if (attr === 'class') problems.push(`<${name}> depends on page CSS (class="${value}")`);
			if (attr === 'style') problems.push(`<${name}> has a style attribute`);
			if (attr === 'dominant-baseline') problems.push(`<${name}> uses dominant-baseline`);
			if (/currentcolor/i.test(value)) problems.push(`<${name}> ${attr} uses currentColor`);
			const colourFunction = CSS_COLOUR_FUNCTION.exec(value);
			if (colourFunction) {
				problems.push(
					`<${name}> ${attr} uses CSS colour syntax ${colourFunction[1]}() ("${value}"), which SVG 1.1 editors do not read`
				);
			} else if (
				PAINT_ATTRIBUTES.has(attr) &&
				(!SVG11_PAINT.test(value.trim()) || /^(transparent|currentcolor|inherit)$/i.test(value))
			) {
				problems.push(`<${name}> ${attr}="${value}" is not SVG 1.1 paint`);
			}
			if (attr === 'paint-order') {
				problems.push(`<${name}> uses paint-order (SVG 2; Illustrator ignores it)`);
			}
			if (OPACITY_ATTRIBUTES.has(attr) && !/^(0|1|0?\.\d+|1\.0*|0\.\d*)$/.test(value.trim())) {
				problems.push(`<${name}> ${attr}="${value}" is not a number from 0 to 1`);
			}
			if (attr === 'font-weight' && !/^(normal|bold|bolder|lighter|[1-9]00)$/.test(value)) {
				problems.push(`<${name}> font-weight="${value}" is not one SVG 1.1 knows`);
			}
			if (/var\(--/.test(value)) problems.push(`<${name}> ${attr} uses a CSS variable`);
			if ((attr === 'href' || attr === 'xlink:href') && !value.startsWith('#')) {
				problems.push(`<${name}> links outside the file (${value})`);
			}
			if (/url\(\s*['"]?(?!#)/.test(value)) problems.push(`<${name}> ${attr} references ${value}`);
			if (
				/^(transform|translate|rotate|scale)$/.test(attr) &&
				/\b(px|deg|turn)\b|translate3d/.test(value)
			) {
				problems.push(`<${name}> has a CSS-style transform "${value}"`);
			}
			if (attr === 'id') ids.set(value, (ids.get(value) ?? 0) + 1);
		}
		if (
			name === 'text' &&
			/^\s*$/.test(element.textContent ?? '') &&
			element.childNodes.length === 0
		) {
			problems.push('an empty <text>');
		}
	}
	for (const [id, count] of ids) if (count > 1) problems.push(`id "${id}" is used ${count} times`);
	for (const element of all) {
		for (const attribute of Array.from(element.attributes)) {
			for (const match of attribute.value.matchAll(/url\(#([^)]+)\)/g)) {
				if (!ids.has(match[1]!))
					problems.push(`${attribute.name} refers to a missing #${match[1]}`);
			}
			if (
				(attribute.name === 'href' || attribute.name === 'xlink:href') &&
				attribute.value.startsWith('#')
			) {
				if (!ids.has(attribute.value.slice(1)))
					problems.push(`href refers to a missing ${attribute.value}`);
			}
		}
	}
	for (const group of options.requiredGroups ?? []) {
		const found = all.some((e) => e.localName === 'g' && e.getAttribute('id') === group);
		if (!found) problems.push(`no <g id="${group}">`);
	}
	problems.push(...lintLayers(root, all));
	const families = all.map((e) => e.getAttribute('font-family')).filter((f): f is string => !!f);
	for (const family of new Set([root.getAttribute('font-family') ?? '', ...families])) {
		if (
			family &&
			!/(Arial|Helvetica|Liberation Sans|DejaVu Sans)[^,]*,[^,]*sans-serif\s*$|sans-serif\s*$|serif\s*$|monospace\s*$/.test(
				family
			)
		) {
			problems.push(`font-family "${family}" does not end in a widely installed fallback`);
		}
	}
	return problems;
}

const isLayer = (element: XmlElement) =>
	element.getAttributeNS(INKSCAPE_NS, 'groupmode') === 'layer';

/**
 * Every named group (a <g> with an id) is an Inkscape layer with a label, and so is every group
 * that holds one (Inkscape lists a layer only under layers); the root declares the namespace.
 */
function lintLayers(root: XmlElement, all: XmlElement[]): string[] {
	const problems: string[] = [];
	const groups = all.filter((e) => e.localName === 'g');
	if (
		groups.some((g) => g.getAttribute('id')) &&
		root.getAttribute('xmlns:inkscape') !== INKSCAPE_NS
	)
		problems.push(`the root <svg> lacks xmlns:inkscape="${INKSCAPE_NS}"`);
	for (const group of groups) {
		const id = group.getAttribute('id');
		const where = id ? `<g id="${id}">` : 'a <g> holding a layer';
		const holdsLayer = groups.some(
			(inner) => inner !== group && isLayer(inner) && contains(group, inner)
		);
		if (!id && !holdsLayer) continue;
		if (!isLayer(group)) problems.push(`${where} lacks inkscape:groupmode="layer"`);
		if (!group.getAttributeNS(INKSCAPE_NS, 'label')) problems.push(`${where} lacks inkscape:label`);
	}
	return problems;
}

function contains(ancestor: XmlElement, element: XmlElement): boolean {
	for (let node = element.parentNode; node; node = node.parentNode)
		if (node === ancestor) return true;
	return false;
}
