import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

export const NS = 'xmlns="http://www.w3.org/2000/svg"';

export function parse(text: string): Element {
	return new DOMParser().parseFromString(text, 'image/svg+xml')
		.documentElement as unknown as Element;
}
export const serialize = (root: Element) => new XMLSerializer().serializeToString(root as never);
