/**
 * Makes an export lean without changing what it draws: an attribute stays only where it differs
 * from what the element inherits (or, if not inherited, from its initial value); attributes that
 * cannot affect a leaf, shapes that paint nothing and empty or bare groups go. Works on a browser
 * document and on @xmldom/xmldom's alike.
 */
import {
	INHERITED_INITIAL,
	INHERITED_PROPERTIES,
	INHERITED_TEXT_PROPERTIES,
	NON_INHERITED_INITIAL
} from './presentation';
import {
	REFERENCED_CONTAINERS,
	childElements,
	isInReferencedContent,
	localName,
	removeElement,
	unwrapElement
} from './tree';

type Context = Record<string, string>;

const TEXT_PROPERTIES = [...INHERITED_TEXT_PROPERTIES, 'text-decoration'];
const STROKE_DETAILS = [
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-miterlimit'
];
const MARKERS = ['marker-start', 'marker-mid', 'marker-end'];
const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);
const CAN_HAVE_MARKERS = new Set(['path', 'line', 'polyline', 'polygon']);
const TEXT = new Set(['text', 'tspan', 'textPath']);

export interface PruneOptions {
	/** Elements that stay even when empty (named layers). */
	keep?: (element: Element) => boolean;
}

/**
 * Prunes `root` in place. The root's own attributes are kept; everything below is compared
 * with what it inherits from them.
 */
export function pruneStyles(root: Element, options: PruneOptions = {}): void {
	const context: Context = { ...INHERITED_INITIAL };
	for (const property of INHERITED_PROPERTIES) {
		const value = root.getAttribute(property);
		if (value !== null) context[property] = value;
	}
	for (const child of childElements(root)) visit(child, context, options);
}

/** Drops attributes that cannot change how this leaf element is drawn. */
function dropIrrelevant(element: Element, tag: string, effective: (name: string) => string) {
	if (SHAPES.has(tag)) {
		for (const name of TEXT_PROPERTIES) element.removeAttribute(name);
		if (!CAN_HAVE_MARKERS.has(tag)) for (const name of MARKERS) element.removeAttribute(name);
	}
	if (TEXT.has(tag)) for (const name of MARKERS) element.removeAttribute(name);
	const hasMarkers = MARKERS.some((name) => effective(name) !== 'none');
	if (effective('stroke') === 'none') {
		for (const name of STROKE_DETAILS) element.removeAttribute(name);
		// Markers are scaled by the stroke width, drawn or not.
		if (!hasMarkers) element.removeAttribute('stroke-width');
	}
	if (effective('fill') === 'none') {
		element.removeAttribute('fill-opacity');
		element.removeAttribute('fill-rule');
	}
}

function visit(element: Element, inherited: Context, options: PruneOptions) {
	const tag = localName(element);
	if (tag === 'title' || tag === 'desc') return;
	const referenced = isInReferencedContent(element);
	const own = (name: string) => element.getAttribute(name);
	const effective = (name: string) => own(name) ?? inherited[name] ?? 'none';
	const children = childElements(element);
	const isLeaf = children.length === 0 || TEXT.has(tag);

	if (!referenced && !REFERENCED_CONTAINERS.has(tag)) {
		// Drawn at opacity 0, or a shape with neither fill, stroke nor markers: nothing to see.
		const paintsNothing =
			SHAPES.has(tag) &&
			effective('fill') === 'none' &&
			effective('stroke') === 'none' &&
			MARKERS.every((name) => effective(name) === 'none');
		if (own('opacity') === '0' || paintsNothing) {
			removeElement(element);
			return;
		}
	}
	if (isLeaf) dropIrrelevant(element, tag, effective);

	const context: Context = { ...inherited };
	for (const property of INHERITED_PROPERTIES) {
		const value = own(property);
		if (value === null) continue;
		if (value === inherited[property]) element.removeAttribute(property);
		else context[property] = value;
	}
	for (const [property, initial] of Object.entries(NON_INHERITED_INITIAL)) {
		if (own(property) === initial) element.removeAttribute(property);
	}
	for (const child of children) visit(child, context, options);

	if (tag !== 'g' || options.keep?.(element)) return;
	if (childElements(element).length === 0) removeElement(element);
	else if (element.attributes.length === 0) unwrapElement(element);
}
