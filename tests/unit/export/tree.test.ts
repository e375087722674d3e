import { describe, expect, it } from 'vitest';
import {
	childElements,
	elementsIn,
	isInReferencedContent,
	localName,
	removeElement,
	unwrapElement
} from '$lib/export/tree';
import { NS, parse, serialize } from '../../helpers/parseSvg';

const svg = (body: string) => parse(`<svg ${NS}>${body}</svg>`);
const byId = (root: Element, id: string) =>
	elementsIn(root).find((e) => e.getAttribute('id') === id)!;

describe('tree', () => {
	it('childElements(element) lists element children only, not text or comments', () => {
		const root = svg('text<g id="a"/><!-- note --><rect id="b"/>');
		expect(childElements(root).map((e) => e.getAttribute('id'))).toEqual(['a', 'b']);
	});

	it('elementsIn(root) lists the root and everything under it, parents before children', () => {
		const root = svg('<g id="a"><rect id="b"/><g id="c"><circle id="d"/></g></g><text id="e"/>');
		expect(elementsIn(root).map((e) => localName(e))).toEqual([
			'svg',
			'g',
			'rect',
			'g',
			'circle',
			'text'
		]);
	});

	it('removeElement(element) drops it with its children; unwrapElement keeps its children in place', () => {
		const root = svg(
			'<g id="a"><rect id="b"/></g><g id="c"><circle id="d"/><line id="e"/></g><text id="f"/>'
		);
		removeElement(byId(root, 'a'));
		unwrapElement(byId(root, 'c'));
		expect(childElements(root).map((e) => e.getAttribute('id'))).toEqual(['d', 'e', 'f']);
		expect(serialize(root)).not.toContain('id="c"');
	});

	it('removeElement and unwrapElement of a detached element do nothing', () => {
		const root = svg('<g id="a"/>');
		const g = byId(root, 'a');
		removeElement(g);
		expect(() => removeElement(g)).not.toThrow();
		expect(() => unwrapElement(g)).not.toThrow();
	});

	it.each([
		['m', false],
		['p', true],
		['s', true],
		['u', true],
		['g1', true]
	])('isInReferencedContent(#%s) is %s', (id, inside) => {
		const root = svg(
			'<g id="g0"><rect id="m"/></g><defs><g id="g1"><path id="p"/></g></defs>' +
				'<marker id="mk"><path id="s"/></marker><clipPath id="cp"><use id="u"/></clipPath>'
		);
		expect(isInReferencedContent(byId(root, id))).toBe(inside);
	});
});
