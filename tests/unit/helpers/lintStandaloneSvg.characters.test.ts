/**
 * Any text a dataset may hold can go into an exported SVG: what the loader accepts in a
 * summary or a name is made only of characters XML allows, so the file is well-formed; what
 * XML forbids is refused at load, with its path. Checked with xmllint where it is installed.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '$lib/data/validation/validateDataset';
import { smallDataset, smallSourceTexts } from '../../fixtures/smallDataset';
import { findNonXmlCharacter, lintStandaloneSvg } from '../../helpers/lintStandaloneSvg';

/** Text escaped as the browser's XMLSerializer escapes a text node and an attribute value. */
const escapeText = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');

/** An SVG as the export writes one, with the text as a label, a title and an attribute. */
function svgWith(summary: string, name: string): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" version="1.1" width="100" height="50" viewBox="0 0 100 50">
<title>${escapeText(name)}</title><desc>${escapeText(summary)}</desc>
<g id="marks" inkscape:groupmode="layer" inkscape:label="marks"><text x="1" y="9" fill="#000" aria-label="${escapeAttribute(name)}">${escapeText(summary)}</text></g>
</svg>`;
}

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

function xmllintAccepts(svg: string): boolean {
	return spawnSync('xmllint', ['--noout', '-'], { input: Buffer.from(svg, 'utf8') }).status === 0;
}

/** Any UTF-16 text, with the characters XML and Unicode set apart often. */
const anyText = fc.oneof(
	fc.string({ unit: 'binary', minLength: 1, maxLength: 10 }),
	fc
		.array(
			fc.constantFrom(
				'a',
				' ',
				'ü',
				'😀',
				'\uFFFE',
				'\uFFFF',
				'\uFDD0',
				'\uD83D',
				'\uDE00',
				'\u{1FFFE}',
				'\u0001',
				'\u0085',
				'&',
				'<',
				'"',
				']]>'
			),
			{ minLength: 1, maxLength: 6 }
		)
		.map((parts) => parts.join(''))
);

describe('SVG export of any text', () => {
	it('a summary and a name the loader accepts always give a well-formed SVG; one it refuses is named by path', () => {
		fc.assert(
			fc.property(anyText, anyText, (summary, name) => {
				const data = smallDataset();
				data.events[0]!.summary = summary;
				data.actors[1]!.name = name;
				const result = validateDataset(data, { sourceTexts: smallSourceTexts() });
				const svg = svgWith(summary, name);
				if (result.dataset) {
					expect(lintStandaloneSvg(svg, { requiredGroups: ['marks'] })).toEqual([]);
				} else {
					const paths = new Set(result.errors.map((e) => e.path));
					// Refused for a reason of its own (blank, control character) or for XML's sake.
					expect(paths.has('events[0].summary') || paths.has('actors[1].name')).toBe(true);
				}
				// Never accepted with a character XML forbids.
				if (findNonXmlCharacter(summary + name)) expect(result.dataset).toBeNull();
			}),
			{ numRuns: 400 }
		);
	}, 60_000);

	it.runIf(hasXmllint)(
		'findNonXmlCharacter agrees with xmllint on what XML forbids',
		() => {
			fc.assert(
				fc.property(anyText, (text) => {
					// As a file holds it: UTF-8, where a lone surrogate can only be written as U+FFFD.
					const svg = Buffer.from(svgWith(text, 'x'), 'utf8').toString('utf8');
					expect(xmllintAccepts(svg)).toBe(findNonXmlCharacter(svg) === null);
				}),
				{ numRuns: 60 }
			);
		},
		60_000
	);
});
