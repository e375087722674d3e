import { describe, expect, it } from 'vitest';
import { lintStandaloneSvg } from '../../helpers/lintStandaloneSvg';

const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="100" height="50" viewBox="0 0 100 50" font-family="Arial, sans-serif" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape">
<title>T</title><desc>D</desc>
<defs><marker id="p-arrow"><path d="M0,0L5,5"/></marker></defs>
<g id="chart" inkscape:groupmode="layer" inkscape:label="chart"><g id="marks" inkscape:groupmode="layer" inkscape:label="marks"><line x1="0" y1="0" x2="10" y2="10" stroke="#000" stroke-opacity="0.5" marker-end="url(#p-arrow)"/><text x="1" y="9" fill="#1f5f8b" fill-opacity=".25" font-weight="700">Tehran &amp; Ankara &lt;3</text><rect width="1" height="1" fill="rgb(1, 2, 3)" stroke="url(#p-arrow) none"/></g></g>
</svg>`;

describe('lintStandaloneSvg(text, options)', () => {
	it('lintStandaloneSvg(good file) finds nothing', () => {
		expect(lintStandaloneSvg(GOOD, { requiredGroups: ['marks'] })).toEqual([]);
	});

	it.each([
		['not well-formed', GOOD.replace('</g>', ''), /not well-formed XML/],
		['no namespace', GOOD.replace(' xmlns="http://www.w3.org/2000/svg"', ''), /lacks xmlns/],
		['no viewBox', GOOD.replace(' viewBox="0 0 100 50"', ''), /lacks viewBox/],
		['no version', GOOD.replace(' version="1.1"', ''), /lacks version/],
		['no title', GOOD.replace('<title>T</title>', ''), /no <title>/],
		['no desc', GOOD.replace('<desc>D</desc>', ''), /no <desc>/],
		[
			'a script',
			GOOD.replace('<g id="marks" ', '<script>alert(1)</script><g id="marks" '),
			/contains <script>/
		],
		[
			'a foreignObject',
			GOOD.replace('<g id="marks" ', '<foreignObject/><g id="marks" '),
			/contains <foreignObject>/
		],
		['an event handler', GOOD.replace('<line ', '<line onclick="x()" '), /event handler onclick/],
		['a class', GOOD.replace('<line ', '<line class="mark" '), /depends on page CSS/],
		['a style attribute', GOOD.replace('<line ', '<line style="fill:red" '), /style attribute/],
		[
			'dominant-baseline',
			GOOD.replace('<text ', '<text dominant-baseline="middle" '),
			/dominant-baseline/
		],
		['currentColor', GOOD.replace('stroke="#000"', 'stroke="currentColor"'), /currentColor/],
		['a CSS variable', GOOD.replace('stroke="#000"', 'stroke="var(--accent)"'), /CSS variable/],
		[
			'an external link',
			GOOD.replace('<g id="marks" ', '<use href="http://x.org/a.svg#b"/><g id="marks" '),
			/links outside the file/
		],
		[
			'a remote font',
			GOOD.replace('<defs>', '<style>@import url(http://fonts.x/y.css);</style><defs>'),
			/imports or references/
		],
		[
			'a <style> block',
			GOOD.replace('<defs>', '<style>line{stroke:red}</style><defs>'),
			/<style> block/
		],
		[
			'rgba()',
			GOOD.replace('stroke="#000"', 'stroke="rgba(0, 0, 0, 0)"'),
			/CSS colour syntax rgba\(\)/
		],
		[
			'rgb() with alpha',
			GOOD.replace('stroke="#000"', 'stroke="rgb(1 2 3 / 0.5)"'),
			/not SVG 1.1 paint/
		],
		[
			'hsl()',
			GOOD.replace('fill="#1f5f8b"', 'fill="hsl(120 50% 50%)"'),
			/CSS colour syntax hsl\(\)/
		],
		[
			'oklch()',
			GOOD.replace('fill="#1f5f8b"', 'fill="oklch(0.6 0.1 200)"'),
			/CSS colour syntax oklch\(\)/
		],
		[
			'color()',
			GOOD.replace('fill="#1f5f8b"', 'fill="color(srgb 1 0 0)"'),
			/CSS colour syntax color\(\)/
		],
		[
			'color-mix()',
			GOOD.replace('fill="#1f5f8b"', 'fill="color-mix(in srgb, red, blue)"'),
			/CSS colour syntax color-mix\(\)/
		],
		['transparent', GOOD.replace('fill="#1f5f8b"', 'fill="transparent"'), /not SVG 1.1 paint/],
		['paint-order', GOOD.replace('<text ', '<text paint-order="stroke" '), /paint-order/],
		[
			'a percentage opacity',
			GOOD.replace('stroke-opacity="0.5"', 'stroke-opacity="50%"'),
			/not a number from 0 to 1/
		],
		[
			'font-weight 650',
			GOOD.replace('font-weight="700"', 'font-weight="650"'),
			/font-weight="650"/
		],
		[
			'a named group that is no layer',
			GOOD.replace(' inkscape:groupmode="layer" inkscape:label="marks"', ''),
			/<g id="marks"> lacks inkscape:groupmode="layer"[^]*<g id="marks"> lacks inkscape:label/
		],
		[
			'a layer held by a plain group',
			GOOD.replace('<g id="chart" inkscape:groupmode="layer" inkscape:label="chart">', '<g>'),
			/a <g> holding a layer lacks inkscape:groupmode/
		],
		[
			'no inkscape namespace',
			GOOD.replace(' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"', '').replace(
				/ inkscape:\w+="[^"]*"/g,
				''
			),
			/lacks xmlns:inkscape/
		],
		[
			'a duplicate id',
			GOOD.replace('<g id="marks" ', '<g id="p-arrow"/><g id="marks" '),
			/id "p-arrow" is used 2 times/
		],
		[
			'a dangling reference',
			GOOD.replace('url(#p-arrow)', 'url(#arrow)'),
			/refers to a missing #arrow/
		],
		['a missing layer', GOOD.replace('<g id="marks" ', '<g id="points" '), /no <g id="marks">/],
		[
			'a font without fallback',
			GOOD.replace('font-family="Arial, sans-serif"', 'font-family="Inter"'),
			/does not end in a widely installed fallback/
		],
		[
			'a CSS transform',
			GOOD.replace('<line ', '<line transform="translate3d(1px, 2px, 0)" '),
			/CSS-style transform/
		]
	])('lintStandaloneSvg(file with %s) reports it', (_fault, text, message) => {
		const problems = lintStandaloneSvg(text, { requiredGroups: ['marks'] });
		expect(problems.join('\n')).toMatch(message);
	});
});
