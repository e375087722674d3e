import { describe, expect, it } from 'vitest';
import { lintStandaloneSvg } from '../helpers/lintStandaloneSvg';

const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="100" height="50" viewBox="0 0 100 50" font-family="Arial, sans-serif">
<title>T</title><desc>D</desc>
<defs><marker id="p-arrow"><path d="M0,0L5,5"/></marker></defs>
<g id="marks"><line x1="0" y1="0" x2="10" y2="10" stroke="#000" marker-end="url(#p-arrow)"/><text x="1" y="9" fill="#000">Tehran &amp; Ankara &lt;3</text></g>
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
			GOOD.replace('<g id="marks">', '<script>alert(1)</script><g id="marks">'),
			/contains <script>/
		],
		[
			'a foreignObject',
			GOOD.replace('<g id="marks">', '<foreignObject/><g id="marks">'),
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
			GOOD.replace('<g id="marks">', '<use href="http://x.org/a.svg#b"/><g id="marks">'),
			/links outside the file/
		],
		[
			'a remote font',
			GOOD.replace('<defs>', '<style>@import url(http://fonts.x/y.css);</style><defs>'),
			/imports or references/
		],
		[
			'a duplicate id',
			GOOD.replace('<g id="marks">', '<g id="p-arrow"/><g id="marks">'),
			/id "p-arrow" is used 2 times/
		],
		[
			'a dangling reference',
			GOOD.replace('url(#p-arrow)', 'url(#arrow)'),
			/refers to a missing #arrow/
		],
		['a missing layer', GOOD.replace('<g id="marks">', '<g id="points">'), /no <g id="marks">/],
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
