/**
 * A chart's live <svg> as a standalone SVG 1.1 file that editors open as drawn: styles as
 * presentation attributes, halos, layers, a title and credit (see the modules it imports).
 * Runs in the browser, since it reads computed styles.
 */

import { createTextWidthMeasure } from '../charts/measureTextWidth';
import { estimateTextWidth } from '../layout/text/estimateTextWidth';
import { wrapByWidth } from '../layout/text/wrapByWidth';
import { splitHalos } from './halos';
import { markLayers, nameLayers } from './layers';
import { PRESENTATION_NAMES, normaliseFontFamily, presentationAttributes } from './presentation';
import { pruneStyles } from './pruneStyles';
import { REFERENCED_CONTAINERS } from './tree';

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

/** Groups the export itself adds around the chart; layers too. */
const FRAME_LAYERS = ['header', 'chart', 'credit'];

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
	settleAnimations(source);
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
	titleLines(clone);
	stripAttributes(clone);
	splitHalos(clone);
	const box = contentBox(clone);
	const layers = new Set([...nameLayers(clone, ['background', ...FRAME_LAYERS]), ...FRAME_LAYERS]);
	prefixIds(clone, options.idPrefix, new Set([...layers, 'background']));
	return wrap(clone, box, options, layers);
}

/**
 * Ends every running animation and transition in the chart (a line fading in, a mark dimming),
 * so the export holds what the chart settles on, not the frame the button was pressed in.
 */
function settleAnimations(source: SVGSVGElement) {
	for (const animation of source.getAnimations({ subtree: true })) {
		const timing = animation.effect?.getComputedTiming();
		if (timing && Number.isFinite(timing.endTime)) animation.finish();
	}
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

let canvasContext: CanvasRenderingContext2D | null | undefined;

/** Any colour the browser understands, drawn on a 1×1 canvas and read back as rgba(). */
function resolveWithCanvas(value: string): string | null {
	canvasContext ??= Object.assign(document.createElement('canvas'), {
		width: 1,
		height: 1
	}).getContext('2d', { willReadFrequently: true });
	const context = canvasContext;
	if (!context) return null;
	context.fillStyle = '#010203';
	context.fillStyle = value;
	if (context.fillStyle === '#010203') return null;
	context.clearRect(0, 0, 1, 1);
	context.fillRect(0, 0, 1, 1);
	const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
	return `rgba(${r}, ${g}, ${b}, ${(a ?? 255) / 255})`;
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
			if (i > 0 && !REFERENCED_CONTAINERS.has(tag) && tag !== 'stop' && !original.closest('defs'))
				hidden.push(element);
			return;
		}
		for (const name of PRESENTATION_NAMES) element.removeAttribute(name);
		const attributes = presentationAttributes(tag, (name) => style.getPropertyValue(name), {
			resolveColour: resolveWithCanvas
		});
		for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
		const baseline = style.getPropertyValue('dominant-baseline').trim();
		const shift = BASELINE_SHIFT_EM[baseline];
		if ((tag === 'text' || tag === 'tspan') && shift) {
			const fontSize = parseFloat(style.fontSize) || 12;
			const dy = element.getAttribute('dy');
			const existing = dy ? (parseFloat(dy) || 0) * (dy.endsWith('em') ? fontSize : 1) : 0;
			element.setAttribute('dy', round(existing + shift * fontSize));
		}
		element.removeAttribute('dominant-baseline');
		element.removeAttribute('alignment-baseline');
		const transform = style.transform;
		if (transform && transform !== 'none' && !original.hasAttribute('transform') && i > 0) {
			element.setAttribute('transform', transform);
		}
	});
	for (const element of hidden) element.remove();
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

/**
 * The network's lines say what they are in the file as their <title> (hover text, and the name
 * an editor shows): on the page that is their accessible name and a drawn tooltip.
 */
function titleLines(root: SVGSVGElement) {
	for (const line of root.querySelectorAll('[data-edge-key][aria-label]')) {
		const title = document.createElementNS(SVG_NS, 'title');
		title.textContent = line.getAttribute('aria-label');
		line.prepend(title);
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

/** Breaks text into lines no wider than `width`, at spaces. */
function wrapLines(
	text: string,
	font: string,
	size: number,
	width: number,
	weight = 400
): string[] {
	// Measured by the browser in the export's font (no canvas: estimated from the characters).
	const measure =
		createTextWidthMeasure(`${weight} ${size}px ${font}`) ??
		((text: string) => estimateTextWidth(text, size));
	return wrapByWidth(text, width, measure);
}

function wrap(
	chart: SVGSVGElement,
	box: DOMRect,
	options: SvgExportOptions,
	layers: Set<string>
): string {
	// The chart's own font is the file's: written once, on the root.
	const font = chart.getAttribute('font-family') ?? normaliseFontFamily('sans-serif');
	const innerWidth = Math.max(box.width, 480);
	const width = Math.ceil(innerWidth + PAD * 2);
	const titleLines = wrapLines(options.title, font, TITLE_SIZE, innerWidth, 700);
	const subtitleLines = wrapLines(options.subtitle, font, SUBTITLE_SIZE, innerWidth);
	const creditLines = wrapLines(options.credit, font, CREDIT_SIZE, innerWidth);
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
	svg.setAttribute('font-family', font);
	svg.setAttribute('font-size', chart.getAttribute('font-size') ?? '16');

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
	/** One <text> a line, the first baseline 0.8 em below `top`, `leading` em apart. */
	const addLines = (
		parent: Element,
		lines: readonly string[],
		top: number,
		size: number,
		leading: number,
		style: Record<string, string>
	) =>
		lines.forEach((line, i) =>
			add(
				parent,
				'text',
				{
					x: String(PAD),
					y: round(top + size * (0.8 + i * leading)),
					'font-size': String(size),
					...style
				},
				line
			)
		);
	addLines(header, titleLines, PAD, TITLE_SIZE, 1.25, { 'font-weight': '700', fill: '#1b1f24' });
	addLines(header, subtitleLines, PAD + titleHeight + 4, SUBTITLE_SIZE, 1.4, { fill: '#545b66' });

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
	for (const name of PRESENTATION_NAMES) {
		const value = chart.getAttribute(name);
		if (value !== null) content.setAttribute(name, value);
	}

	const footer = add(svg, 'g', { id: 'credit' });
	const creditTop = headerHeight + box.height + 16;
	addLines(footer, creditLines, creditTop, CREDIT_SIZE, 1.4, { fill: '#545b66' });

	pruneStyles(svg, { keep: (element) => layers.has(element.getAttribute('id') ?? '') });
	markLayers(svg, layers);
	const xml = new XMLSerializer().serializeToString(doc);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${xml.replace(/ xmlns:xlink="[^"]*"/, '')}\n`;
}
