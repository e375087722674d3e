/**
 * An element's computed style as SVG 1.1 presentation attributes, all written out (pruneStyles.ts
 * drops the inherited ones), in the forms SVG editors read: #rrggbb with *-opacity, plain user
 * units, weights in hundreds, quoted font names, url(#id). Pure: the style comes in as a function.
 */
import { formatOpacity, toSvgPaint } from './paint';

/** Computed value of a CSS property, as getComputedStyle(...).getPropertyValue gives it. */
export type ComputedValue = (property: string) => string;

/** The inherited properties that only text uses (a shape ignores them). */
export const INHERITED_TEXT_PROPERTIES = [
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'letter-spacing',
	'word-spacing'
] as const;

/** Inherited properties written as attributes (SVG 1.1), text ones last. */
export const INHERITED_PROPERTIES = [
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
	'stroke-miterlimit',
	'marker-start',
	'marker-mid',
	'marker-end',
	'clip-rule',
	...INHERITED_TEXT_PROPERTIES
] as const;

/** Properties that do not inherit, with their initial values (written only when different). */
export const NON_INHERITED_INITIAL: Record<string, string> = {
	opacity: '1',
	'clip-path': 'none',
	mask: 'none',
	'text-decoration': 'none',
	'stop-color': '#000000',
	'stop-opacity': '1'
};

/** Initial values of the inherited properties, as this module writes them. */
export const INHERITED_INITIAL: Record<string, string> = {
	fill: '#000000',
	'fill-opacity': '1',
	'fill-rule': 'nonzero',
	stroke: 'none',
	'stroke-width': '1',
	'stroke-opacity': '1',
	'stroke-dasharray': 'none',
	'stroke-dashoffset': '0',
	'stroke-linecap': 'butt',
	'stroke-linejoin': 'miter',
	'stroke-miterlimit': '4',
	'marker-start': 'none',
	'marker-mid': 'none',
	'marker-end': 'none',
	'clip-rule': 'nonzero',
	'font-style': 'normal',
	'font-weight': '400',
	'text-anchor': 'start',
	'letter-spacing': '0',
	'word-spacing': '0'
};

/** Fonts named in the file end with ones installed almost everywhere. */
export const FONT_FALLBACK =
	"'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** A font-family list with single quotes and a fallback that every editor has. */
export function normaliseFontFamily(family: string): string {
	const names = family
		.split(',')
		.map((name) => name.trim().replace(/^["']|["']$/g, ''))
		.filter(Boolean)
		.map((name) => (/^[\w-]+$/.test(name) ? name : `'${name.replace(/'/g, '')}'`));
	const list = names.join(', ');
	return /sans-serif$/.test(list) && /Arial|Helvetica/.test(list)
		? list
		: `${list.replace(/,?\s*\b(sans-serif|serif)$/, '')}, ${FONT_FALLBACK}`.replace(/^, /, '');
}

/** "1.5px" → "1.5"; other units are left as they are. */
function length(value: string): string {
	const match = /^(-?[\d.]+(?:e-?\d+)?)px$/.exec(value.trim());
	return match ? String(Math.round(Number(match[1]) * 1000) / 1000) : value.trim();
}

/** `url("http://host/page#id")` → `url(#id)`; anything but a reference in the file → none. */
function reference(value: string): string {
	const match = /^url\(\s*["']?[^"')#]*(#[^"')]+)["']?\s*\)$/.exec(value.trim());
	return match ? `url(${match[1]})` : 'none';
}

/** Numeric font weights in hundreds (SVG 1.1 knows no 650): the nearest, as fonts match it. */
function fontWeight(value: string): string {
	if (value === 'normal') return '400';
	if (value === 'bold') return '700';
	const weight = Number(value);
	if (!Number.isFinite(weight)) return value;
	return String(Math.min(900, Math.max(100, Math.round(weight / 100) * 100)));
}

export interface PresentationOptions {
	/**
	 * Resolves a colour the pure converter cannot (e.g. a future colour syntax) to something it
	 * can; in the browser a canvas does this.
	 */
	resolveColour?: (value: string) => string | null;
}

/**
 * Writes `fill` / `stroke` (and the matching opacity) from a computed paint. Unresolvable
 * paint (`context-stroke`, say) is drawn as none rather than left for editors to read as black.
 */
function paint(
	out: Record<string, string>,
	property: 'fill' | 'stroke',
	get: ComputedValue,
	options: PresentationOptions
) {
	const value = get(property);
	const colour = get('color');
	let converted = toSvgPaint(value, colour);
	if (!converted && options.resolveColour) {
		const resolved = options.resolveColour(/^currentcolou?r$/i.test(value) ? colour : value);
		if (resolved) converted = toSvgPaint(resolved);
	}
	const opacity = Number(get(`${property}-opacity`) || 1);
	if (!converted || converted.kind === 'none') {
		out[property] = 'none';
		out[`${property}-opacity`] = formatOpacity(opacity);
	} else if (converted.kind === 'url') {
		out[property] = `url(${converted.href})`;
		out[`${property}-opacity`] = formatOpacity(opacity);
	} else {
		out[property] = converted.hex;
		out[`${property}-opacity`] = formatOpacity(opacity * converted.alpha);
	}
}

/**
 * Every presentation attribute of an element (tag `tag`) from its computed style. Includes
 * `paint-order` when it is not normal, for halos.ts to turn into a copy beneath.
 */
export function presentationAttributes(
	tag: string,
	get: ComputedValue,
	options: PresentationOptions = {}
): Record<string, string> {
	const out: Record<string, string> = {};
	paint(out, 'fill', get, options);
	paint(out, 'stroke', get, options);
	out['fill-rule'] = get('fill-rule') || 'nonzero';
	out['clip-rule'] = get('clip-rule') || 'nonzero';
	out['stroke-width'] = length(get('stroke-width') || '1');
	const dashes = get('stroke-dasharray').trim();
	out['stroke-dasharray'] =
		!dashes || dashes === 'none'
			? 'none'
			: dashes
					.split(/[\s,]+/)
					.map(length)
					.join(' ');
	out['stroke-dashoffset'] = length(get('stroke-dashoffset') || '0');
	out['stroke-linecap'] = get('stroke-linecap') || 'butt';
	out['stroke-linejoin'] = get('stroke-linejoin') || 'miter';
	out['stroke-miterlimit'] = get('stroke-miterlimit') || '4';
	for (const marker of ['marker-start', 'marker-mid', 'marker-end'])
		out[marker] = reference(get(marker) || 'none');
	out['font-family'] = normaliseFontFamily(get('font-family') || 'sans-serif');
	out['font-size'] = length(get('font-size') || '16px');
	out['font-weight'] = fontWeight(get('font-weight') || '400');
	out['font-style'] = (get('font-style') || 'normal').split(' ')[0]!;
	out['text-anchor'] = get('text-anchor') || 'start';
	for (const spacing of ['letter-spacing', 'word-spacing']) {
		const value = get(spacing);
		out[spacing] = !value || value === 'normal' ? '0' : length(value);
	}
	const decoration = (get('text-decoration-line') || 'none').split(' ')[0]!;
	out['text-decoration'] = decoration;
	out.opacity = formatOpacity(Number(get('opacity') || 1));
	for (const property of ['clip-path', 'mask']) {
		const value = get(property);
		out[property] = value && value !== 'none' ? reference(value) : 'none';
	}
	if (tag === 'stop') {
		const stop = toSvgPaint(get('stop-color') || 'black');
		out['stop-color'] = stop?.kind === 'colour' ? stop.hex : '#000000';
		const alpha = stop?.kind === 'colour' ? stop.alpha : stop?.kind === 'none' ? 0 : 1;
		out['stop-opacity'] = formatOpacity(Number(get('stop-opacity') || 1) * alpha);
	}
	const order = (get('paint-order') || 'normal').trim();
	if (order !== 'normal') out['paint-order'] = order;
	return out;
}

/** Every property name presentationAttributes() may write. */
export const PRESENTATION_NAMES = new Set([
	...INHERITED_PROPERTIES,
	...Object.keys(NON_INHERITED_INITIAL),
	'paint-order'
]);
