/**
 * The few DOM operations the export's tree passes use, written so that they work on a
 * browser document and on @xmldom/xmldom's (the unit tests), which lacks children,
 * querySelectorAll, remove() and replaceWith().
 */

export function childElements(element: Element): Element[] {
	return Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1);
}

/** The element and everything under it, parents before children. */
export function elementsIn(root: Element): Element[] {
	const out: Element[] = [];
	const visit = (element: Element) => {
		out.push(element);
		for (const child of childElements(element)) visit(child);
	};
	visit(root);
	return out;
}

export function localName(element: Element): string {
	return element.localName ?? element.nodeName;
}

export function removeElement(element: Element) {
	element.parentNode?.removeChild(element);
}

/** Puts the element's children where it was, and drops it. */
export function unwrapElement(element: Element) {
	const parent = element.parentNode;
	if (!parent) return;
	while (element.firstChild) parent.insertBefore(element.firstChild, element);
	parent.removeChild(element);
}

/** Elements whose content is not drawn where it stands but where it is referenced. */
export const REFERENCED_CONTAINERS = new Set([
	'defs',
	'marker',
	'clipPath',
	'mask',
	'pattern',
	'symbol',
	'linearGradient',
	'radialGradient'
]);

/** True when the element sits in <defs>, a marker, a clip path or the like. */
export function isInReferencedContent(element: Element): boolean {
	for (let node: Node | null = element; node && node.nodeType === 1; node = node.parentNode) {
		if (REFERENCED_CONTAINERS.has(localName(node as Element))) return true;
	}
	return false;
}
