/**
 * Turns a chart's live <svg> into a standalone SVG file: every style written as a
 * presentation attribute (no page CSS, classes, CSS variables or currentColor), no script,
 * event handler, foreignObject or external reference, ids unique to this export, named layer
 * groups, and a title, subtitle and credit around the chart, sized to its whole content rather
 * than to the current pan or zoom. Runs in the browser: it reads computed styles.
 */

export interface SvgExportOptions {
	/** Printed at the top and used as <title>. */
	title: string;
	/** What is shown: date range and filters. Printed under the title and used in <desc>. */
	subtitle: string;
	/** Longer description for assistive technology (<desc>). */
	description: string;
	/** Source and credit line printed at the bottom. */
	credit: string;
	/** Prefix for every id in the file, e.g. "parley-timeline". */
	idPrefix: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Longhand properties copied from computed style to presentation attributes. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'letter-spacing',
	'text-decoration',
	'paint-order'
] as const;

/** Values equal to SVG's initial values are left out to keep files small. */
const INITIAL_VALUES: Partial<Record<(typeof STYLE_PROPERTIES)[number], string[]>> = {
	'fill-opacity': ['1'],
	'fill-rule': ['nonzero'],
	'stroke-opacity': ['1'],
	'stroke-dasharray': ['none'],
	'stroke-dashoffset': ['0px', '0'],
	'stroke-linecap': ['butt'],
	'stroke-linejoin': ['miter'],
	opacity: ['1'],
	'font-style': ['normal'],
	'text-anchor': ['start'],
	'letter-spacing': ['normal', '0px'],
	'paint-order': ['normal'],
	'text-decoration': ['none']
};

/** Fonts named in the file end with ones installed almost everywhere. */
const FONT_FALLBACK =
	"'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

const SHAPES = new Set([
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'text',
	'tspan',
	'textPath',
	'use',
	'g',
	'svg',
	'marker',
	'pattern',
	'symbol',
	'linearGradient',
	'radialGradient',
	'stop',
	'clipPath',
	'mask'
]);

/** Vertical offset of each dominant-baseline value, in em, for text drawn without it. */
const BASELINE_SHIFT_EM: Record<string, number> = {
	middle: 0.35,
	central: 0.35,
	hanging: 0.8,
	'text-before-edge': 0.8,
	'text-top': 0.8,
	mathematical: 0.25,
	'text-after-edge': -0.2,
	ideographic: -0.2
};

/**
 * Serialises `source` as a standalone SVG document. Colours are read from the page in its light
 * theme (switched on and off again within this call, so no frame ever shows it) and written
 * onto a copy; the page is left exactly as it was.
 */
export function serializeChartSvg(source: SVGSVGElement, options: SvgExportOptions): string {
	const clone = source.cloneNode(true) as SVGSVGElement;
	const root = document.documentElement;
	const wasLight = root.classList.contains('export-light');
	root.classList.add('export-light');
	try {
		inlineStyles(source, clone);
	} finally {
		if (!wasLight) root.classList.remove('export-light');
	}
	prune(clone);
	// Pan and zoom are views, not content: the export shows everything.
	for (const layer of clone.querySelectorAll('[data-zoom-layer]'))
		layer.removeAttribute('transform');
	stripAttributes(clone);
	const box = contentBox(clone);
	const layerIds = nameLayers(clone);
	prefixIds(clone, options.idPrefix, layerIds);
	return wrap(clone, box, options);
}

/** Removes what only makes sense on screen, and anything that could run or fetch. */
function prune(root: SVGSVGElement) {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
	const comments: Node[] = [];
	while (walker.nextNode()) comments.push(walker.currentNode);
	for (const comment of comments) comment.parentNode?.removeChild(comment);
	const unwanted = root.querySelectorAll(
		'[data-export="omit"], script, foreignObject, iframe, image[href^="http"], style, a'
	);
	for (const element of unwanted) {
		if (element.tagName === 'a') element.replaceWith(...element.childNodes);
		else element.remove();
	}
}

/** Copies each element's computed style from the page onto the same element of the copy. */
function inlineStyles(source: SVGSVGElement, clone: SVGSVGElement) {
	const originals = [source, ...source.querySelectorAll<SVGElement>('*')];
	const copies = [clone, ...clone.querySelectorAll<SVGElement>('*')];
	const hidden: Element[] = [];
	originals.forEach((original, i) => {
		const element = copies[i]!;
		const tag = original.tagName;
		if (!SHAPES.has(tag)) return;
		const style = getComputedStyle(original);
		if (
			style.display === 'none' ||
			style.visibility === 'hidden' ||
			style.visibility === 'collapse'
		) {
			if (
				i > 0 &&
				![
					'defs',
					'marker',
					'clipPath',
					'mask',
					'pattern',
					'symbol',
					'linearGradient',
					'radialGradient',
					'stop'
				].includes(tag) &&
				!original.closest('defs')
			) {
				hidden.push(element);
			}
			return;
		}
		for (const property of STYLE_PROPERTIES) {
			let value = style.getPropertyValue(property).trim();
			if (!value || INITIAL_VALUES[property]?.includes(value)) {
				element.removeAttribute(property);
				continue;
			}
			if (property === 'font-family') value = withFallback(value);
			if (property === 'text-decoration') value = value.split(' ')[0] ?? value;
			element.setAttribute(property, value);
		}
		const baseline = style.getPropertyValue('dominant-baseline').trim();
		const shift = BASELINE_SHIFT_EM[baseline];
		if ((tag === 'text' || tag === 'tspan') && shift) {
			const fontSize = parseFloat(style.fontSize) || 12;
			const dy = element.getAttribute('dy');
			const existing = dy ? (parseFloat(dy) || 0) * (dy.endsWith('em') ? fontSize : 1) : 0;
			element.setAttribute('dy', round(existing + shift * fontSize));
		}
		element.removeAttribute('dominant-baseline');
		const transform = style.transform;
		if (transform && transform !== 'none' && !original.hasAttribute('transform') && i > 0) {
			element.setAttribute('transform', transform);
		}
	});
	for (const element of hidden) element.remove();
}

function withFallback(family: string): string {
	return /sans-serif\s*$/.test(family) && /Arial|Helvetica/.test(family)
		? family
		: `${family.replace(/,\s*(sans-serif|serif)\s*$/, '')}, ${FONT_FALLBACK}`;
}

/** The bounding box of everything drawn, in the svg's own coordinates. */
function contentBox(root: SVGSVGElement): DOMRect {
	// Measured off screen; the copy carries only presentation attributes by now.
	const host = document.createElement('div');
	host.setAttribute('aria-hidden', 'true');
	host.style.cssText = 'position:absolute;left:-100000px;top:0;pointer-events:none';
	const group = document.createElementNS(SVG_NS, 'g');
	group.append(...[...root.childNodes].filter((node) => node.nodeName !== 'defs'));
	root.append(group);
	host.append(root);
	document.body.append(host);
	try {
		return group.getBBox();
	} finally {
		host.remove();
		root.append(...group.childNodes);
		group.remove();
	}
}

function stripAttributes(root: SVGSVGElement) {
	for (const element of [root, ...root.querySelectorAll('*')]) {
		for (const { name } of [...element.attributes]) {
			if (
				name === 'class' ||
				name === 'style' ||
				name === 'tabindex' ||
				name === 'focusable' ||
				name === 'role' ||
				name.startsWith('on') ||
				name.startsWith('aria-') ||
				(name.startsWith('data-') && name !== 'data-layer')
			) {
				element.removeAttribute(name);
			}
		}
		for (const name of ['href', 'xlink:href']) {
			const value = element.getAttribute(name);
			if (value !== null && !value.startsWith('#')) element.removeAttribute(name);
		}
	}
}

/** `data-layer="edges"` becomes `id="edges"`, so editors show the layers by name. */
function nameLayers(root: SVGSVGElement): Set<string> {
	const used = new Set<string>(['background', 'header', 'chart', 'credit']);
	for (const layer of root.querySelectorAll('[data-layer]')) {
		const name = (layer.getAttribute('data-layer') ?? 'layer').replace(/[^\w-]/g, '-');
		let id = name;
		for (let n = 2; used.has(id); n++) id = `${name}-${n}`;
		used.add(id);
		layer.setAttribute('id', id);
		layer.removeAttribute('data-layer');
	}
	return used;
}

/** Every other id gets the export's prefix, and every reference to it follows. */
function prefixIds(root: SVGSVGElement, prefix: string, layerIds: Set<string>) {
	const renamed = new Map<string, string>();
	for (const element of root.querySelectorAll('[id]')) {
		const id = element.getAttribute('id')!;
		if (layerIds.has(id)) continue;
		const next = `${prefix}-${id.replace(/[^\w-]/g, '-')}`;
		renamed.set(id, next);
		element.setAttribute('id', next);
	}
	if (renamed.size === 0) return;
	for (const element of [root, ...root.querySelectorAll('*')]) {
		for (const { name, value } of [...element.attributes]) {
			if (value.includes('url(#')) {
				element.setAttribute(
					name,
					value.replace(/url\(#([^)]+)\)/g, (match, id: string) =>
						renamed.has(id) ? `url(#${renamed.get(id)})` : match
					)
				);
			} else if ((name === 'href' || name === 'xlink:href') && value.startsWith('#')) {
				const id = value.slice(1);
				if (renamed.has(id)) element.setAttribute(name, `#${renamed.get(id)}`);
			}
		}
	}
}

function round(value: number): string {
	return String(Math.round(value * 100) / 100);
}

const PAD = 24;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 12;
const CREDIT_SIZE = 10;
/** As the app's --font-sans: named fonts only, so the header is measured in the font drawn. */
const FONT = `-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, ${FONT_FALLBACK}`;

/** Width of a line of text in the export's font, measured by the browser. */
function measure(text: string, size: number, weight = 400): number {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return text.length * size * 0.6;
	context.font = `${weight} ${size}px ${FONT}`;
	return context.measureText(text).width;
}

/** Breaks text into lines no wider than `width`, at spaces. */
function wrapLines(text: string, size: number, width: number, weight = 400): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (line && measure(next, size, weight) > width) {
			lines.push(line);
			line = word;
		} else {
			line = next;
		}
	}
	if (line) lines.push(line);
	return lines;
}

function wrap(chart: SVGSVGElement, box: DOMRect, options: SvgExportOptions): string {
	const innerWidth = Math.max(box.width, 480);
	const width = Math.ceil(innerWidth + PAD * 2);
	const titleLines = wrapLines(options.title, TITLE_SIZE, innerWidth, 700);
	const subtitleLines = wrapLines(options.subtitle, SUBTITLE_SIZE, innerWidth);
	const creditLines = wrapLines(options.credit, CREDIT_SIZE, innerWidth);
	const titleHeight = titleLines.length * TITLE_SIZE * 1.25;
	const subtitleHeight = subtitleLines.length * SUBTITLE_SIZE * 1.4;
	const headerHeight = PAD + titleHeight + 4 + subtitleHeight + 16;
	const creditHeight = creditLines.length * CREDIT_SIZE * 1.4;
	const height = Math.ceil(headerHeight + box.height + 16 + creditHeight + PAD);

	const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
	const svg = doc.documentElement;
	svg.setAttribute('xmlns', SVG_NS);
	svg.setAttribute('version', '1.1');
	svg.setAttribute('width', String(width));
	svg.setAttribute('height', String(height));
	svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
	svg.setAttribute('font-family', FONT);

	const add = (parent: Element, tag: string, attributes: Record<string, string>, text?: string) => {
		const element = doc.createElementNS(SVG_NS, tag);
		for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
		if (text !== undefined) element.textContent = text;
		parent.append(element);
		return element;
	};
	add(svg, 'title', {}, options.title);
	add(svg, 'desc', {}, `${options.subtitle}. ${options.description} ${options.credit}`);
	add(svg, 'rect', {
		id: 'background',
		x: '0',
		y: '0',
		width: String(width),
		height: String(height),
		fill: '#ffffff'
	});

	const header = add(svg, 'g', { id: 'header' });
	titleLines.forEach((line, i) =>
		add(
			header,
			'text',
			{
				x: String(PAD),
				y: round(PAD + TITLE_SIZE * (0.8 + i * 1.25)),
				'font-size': String(TITLE_SIZE),
				'font-weight': '700',
				fill: '#1b1f24'
			},
			line
		)
	);
	subtitleLines.forEach((line, i) =>
		add(
			header,
			'text',
			{
				x: String(PAD),
				y: round(PAD + titleHeight + 4 + SUBTITLE_SIZE * (0.8 + i * 1.4)),
				'font-size': String(SUBTITLE_SIZE),
				fill: '#545b66'
			},
			line
		)
	);

	const content = add(svg, 'g', {
		id: 'chart',
		transform: `translate(${round(PAD - box.x)} ${round(headerHeight - box.y)})`
	});
	const defs = chart.querySelector(':scope > defs');
	if (defs) svg.insertBefore(doc.importNode(defs, true), header);
	for (const node of [...chart.childNodes]) {
		if (node.nodeName === 'defs') continue;
		content.append(doc.importNode(node, true));
	}
	for (const attribute of ['font-family', 'font-size', 'fill', 'stroke']) {
		const value = chart.getAttribute(attribute);
		if (value) content.setAttribute(attribute, value);
	}

	const footer = add(svg, 'g', { id: 'credit' });
	const creditTop = headerHeight + box.height + 16;
	creditLines.forEach((line, i) =>
		add(
			footer,
			'text',
			{
				x: String(PAD),
				y: round(creditTop + CREDIT_SIZE * (0.8 + i * 1.4)),
				'font-size': String(CREDIT_SIZE),
				fill: '#545b66'
			},
			line
		)
	);
	const xml = new XMLSerializer().serializeToString(doc);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${xml.replace(/ xmlns:xlink="[^"]*"/, '')}\n`;
}
