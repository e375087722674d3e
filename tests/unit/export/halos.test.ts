import { NS, parse, serialize } from '../../helpers/parseSvg';
import { describe, expect, it } from 'vitest';
import { paintSteps, splitHalos } from '$lib/export/halos';

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
