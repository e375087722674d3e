import { NS, parse, serialize } from '../../helpers/parseSvg';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markLayers, nameLayers } from '$lib/export/layers';
import { lintStandaloneSvg } from '../../helpers/lintStandaloneSvg';

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
