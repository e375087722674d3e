import { readFileSync, readdirSync } from 'node:fs';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { paintSteps, splitHalos } from '../../src/lib/export/halos';
import { markLayers, nameLayers } from '../../src/lib/export/layers';
import { lintStandaloneSvg } from '../helpers/lintStandaloneSvg';

const NS = 'xmlns="http://www.w3.org/2000/svg"';

function parse(text: string): Element {
	return new DOMParser().parseFromString(text, 'image/svg+xml')
		.documentElement as unknown as Element;
}
const serialize = (root: Element) => new XMLSerializer().serializeToString(root as never);

describe('paintSteps(paintOrder)', () => {
	it.each([
		['normal', ['fill', 'stroke', 'markers']],
		['stroke', ['stroke', 'fill', 'markers']],
		['markers', ['markers', 'fill', 'stroke']],
		['stroke markers', ['stroke', 'markers', 'fill']]
	])('paintSteps(%j) is %j', (value, steps) => {
		expect(paintSteps(value)).toEqual(steps);
	});
});

describe('splitHalos(root)', () => {
	it('splitHalos(text painted stroke first) puts a stroke-only copy, without ids, beneath a fill-only text', () => {
		const root = parse(
			`<svg ${NS}><g><text id="t" x="1" fill="#1b1f24" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">Iran<tspan fill="#545b66" stroke="#ffffff" paint-order="stroke">20</tspan></text></g></svg>`
		);
		expect(splitHalos(root)).toBe(1);
		expect(serialize(root)).toBe(
			`<svg ${NS}><g>` +
				`<text x="1" fill="none" stroke="#ffffff" stroke-width="3" stroke-linejoin="round">Iran<tspan fill="none" stroke="#ffffff">20</tspan></text>` +
				`<text id="t" x="1" fill="#1b1f24" stroke="none" stroke-linejoin="round">Iran<tspan fill="#545b66" stroke="none">20</tspan></text>` +
				`</g></svg>`
		);
	});

	it.each([
		['normal order', `<text fill="#000000" stroke="#ffffff" paint-order="normal">a</text>`],
		['fill first', `<text fill="#000000" stroke="#ffffff" paint-order="fill stroke">a</text>`],
		['no stroke', `<text fill="#000000" stroke="none" paint-order="stroke">a</text>`],
		['no fill', `<path d="M0 0" fill="none" stroke="#ffffff" paint-order="stroke"/>`]
	])('splitHalos(%s) makes no copy and drops paint-order', (_case, element) => {
		const root = parse(`<svg ${NS}>${element}</svg>`);
		expect(splitHalos(root)).toBe(0);
		expect(serialize(root)).toBe(`<svg ${NS}>${element.replace(/ paint-order="[^"]*"/, '')}</svg>`);
	});

	it('splitHalos(shape with markers) keeps the markers on the original only', () => {
		const root = parse(
			`<svg ${NS}><path d="M0 0L9 9" fill="#ff0000" stroke="#ffffff" marker-end="url(#m)" paint-order="stroke"/></svg>`
		);
		splitHalos(root);
		expect(serialize(root)).toBe(
			`<svg ${NS}><path d="M0 0L9 9" fill="none" stroke="#ffffff" marker-end="none"/><path d="M0 0L9 9" fill="#ff0000" stroke="none" marker-end="url(#m)"/></svg>`
		);
	});
});

describe('nameLayers(root, reserved) and markLayers(root, ids)', () => {
	it('nameLayers(root, reserved) turns data-layer into unique ids', () => {
		const root = parse(
			`<svg ${NS}><g data-layer="labels"/><g data-layer="labels"/><g data-layer="chart"/><g data-layer="a b"/></svg>`
		);
		expect([...nameLayers(root, ['chart'])]).toEqual(['labels', 'labels-2', 'chart-2', 'a-b']);
		expect(serialize(root)).toBe(
			`<svg ${NS}><g id="labels"/><g id="labels-2"/><g id="chart-2"/><g id="a-b"/></svg>`
		);
	});

	it('markLayers(root, ids) makes layers of the named groups and of the groups holding them, with labels and the namespace', () => {
		const root = parse(
			`<svg ${NS} version="1.1" width="10" height="10" viewBox="0 0 10 10"><title>T</title><desc>D</desc><g id="chart"><g clip-path="url(#c)"><g id="edges"/><g id="nodes"/></g></g><defs><clipPath id="c"><rect width="1" height="1"/></clipPath></defs></svg>`
		);
		markLayers(root, new Set(['chart', 'edges', 'nodes']));
		const text = serialize(root);
		expect(text).toContain('xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"');
		expect(text).toContain('<g id="edges" inkscape:groupmode="layer" inkscape:label="edges"/>');
		expect(text).toContain(
			'<g clip-path="url(#c)" inkscape:groupmode="layer" inkscape:label="edges + nodes">'
		);
		expect(text).toContain('<g id="chart" inkscape:groupmode="layer" inkscape:label="chart">');
		expect(lintStandaloneSvg(text, { requiredGroups: ['chart', 'edges', 'nodes'] })).toEqual([]);
	});
});

describe('golden exports', () => {
	it.each(readdirSync('tests/snapshots').filter((name) => name.endsWith('.svg')))(
		'lintStandaloneSvg(tests/snapshots/%s) finds nothing',
		(name) => {
			const text = readFileSync(`tests/snapshots/${name}`, 'utf8');
			const groups = name.includes('network')
				? ['edges', 'nodes', 'labels', 'legend']
				: ['lanes', 'marks', 'labels', 'legend'];
			expect(
				lintStandaloneSvg(text, { requiredGroups: [...groups, 'header', 'chart', 'credit'] })
			).toEqual([]);
		}
	);
});
