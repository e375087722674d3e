import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import {
	INHERITED_INITIAL,
	INHERITED_PROPERTIES,
	NON_INHERITED_INITIAL
} from '../../../src/lib/export/presentation';
import { pruneStyles } from '../../../src/lib/export/pruneStyles';
import { compareImages, decodePng } from '../../helpers/chartPixels';

const NS = 'xmlns="http://www.w3.org/2000/svg"';

function parse(text: string): Element {
	return new DOMParser().parseFromString(text, 'image/svg+xml')
		.documentElement as unknown as Element;
}
const serialize = (root: Element) => new XMLSerializer().serializeToString(root as never);

function prune(text: string, keep?: (element: Element) => boolean): string {
	const root = parse(text);
	pruneStyles(root, { keep });
	return serialize(root);
}

/**
 * The opposite of pruning: every element carries every inherited property as it would inherit
 * it, and every non-inherited one at its initial value, as the export writes them before pruning.
 */
function expand(text: string): string {
	const root = parse(text);
	const visit = (element: Element, inherited: Record<string, string>) => {
		const name = element.localName;
		if (name === 'title' || name === 'desc') return;
		const context = { ...inherited };
		for (const property of INHERITED_PROPERTIES) {
			const own = element.getAttribute(property);
			if (own !== null) context[property] = own;
			else if (context[property] !== undefined) element.setAttribute(property, context[property]);
		}
		for (const [property, initial] of Object.entries(NON_INHERITED_INITIAL)) {
			if (
				!element.hasAttribute(property) &&
				property !== 'stop-color' &&
				property !== 'stop-opacity'
			)
				element.setAttribute(property, initial);
		}
		for (const child of Array.from(element.childNodes))
			if (child.nodeType === 1) visit(child as Element, context);
	};
	const context: Record<string, string> = { ...INHERITED_INITIAL };
	for (const property of INHERITED_PROPERTIES) {
		const value = root.getAttribute(property);
		if (value !== null) context[property] = value;
	}
	for (const child of Array.from(root.childNodes))
		if (child.nodeType === 1) visit(child as Element, context);
	return serialize(root);
}

describe('pruneStyles(root, options)', () => {
	it.each([
		[
			'a value equal to the inherited one goes; a different one stays',
			`<svg ${NS} font-family="Arial, sans-serif" font-size="12"><g fill="#ff0000"><text font-family="Arial, sans-serif" font-size="12" fill="#ff0000" x="1">a</text><text font-size="10" fill="#0000ff">b</text></g></svg>`,
			`<svg ${NS} font-family="Arial, sans-serif" font-size="12"><g fill="#ff0000"><text x="1">a</text><text font-size="10" fill="#0000ff">b</text></g></svg>`
		],
		[
			'initial values go, on the root’s children too',
			`<svg ${NS}><rect width="1" height="1" fill="#000000" stroke="none" opacity="1" fill-opacity="1" clip-path="none"/></svg>`,
			`<svg ${NS}><rect width="1" height="1"/></svg>`
		],
		[
			'opacity does not inherit: a child keeps its own',
			`<svg ${NS}><g opacity="0.5"><rect width="1" height="1" opacity="0.5"/></g></svg>`,
			`<svg ${NS}><g opacity="0.5"><rect width="1" height="1" opacity="0.5"/></g></svg>`
		],
		[
			'text properties go from shapes, stroke details from what has no stroke',
			`<svg ${NS}><rect width="1" height="1" font-size="30" font-weight="700" stroke="none" stroke-width="3" stroke-linejoin="round"/></svg>`,
			`<svg ${NS}><rect width="1" height="1"/></svg>`
		],
		[
			'a shape with markers keeps its stroke width, which scales them',
			`<svg ${NS}><path d="M0 0L9 9" stroke="none" stroke-width="3" marker-end="url(#m)"/></svg>`,
			`<svg ${NS}><path d="M0 0L9 9" stroke-width="3" marker-end="url(#m)"/></svg>`
		],
		[
			'a shape that paints nothing goes, and the group it leaves empty',
			`<svg ${NS}><g transform="translate(1 1)"><rect width="9" height="9" fill="none"/></g><rect width="1" height="1" opacity="0"/></svg>`,
			`<svg ${NS}/>`
		],
		[
			'a group with no attributes gives its children to its parent',
			`<svg ${NS}><g><circle r="1"/><circle r="2"/></g></svg>`,
			`<svg ${NS}><circle r="1"/><circle r="2"/></svg>`
		],
		[
			'content of clip paths and markers is kept even when it paints nothing',
			`<svg ${NS}><defs><clipPath id="c"><rect width="1" height="1" fill="none"/></clipPath></defs></svg>`,
			`<svg ${NS}><defs><clipPath id="c"><rect width="1" height="1" fill="none"/></clipPath></defs></svg>`
		],
		[
			'a tspan is compared with its text',
			`<svg ${NS}><text fill="#ff0000" font-weight="700">a<tspan fill="#ff0000" font-weight="400">b</tspan></text></svg>`,
			`<svg ${NS}><text fill="#ff0000" font-weight="700">a<tspan font-weight="400">b</tspan></text></svg>`
		]
	])('pruneStyles: %s', (_case, input, expected) => {
		expect(prune(input)).toBe(expected);
	});

	it('pruneStyles(root, { keep }) keeps an empty layer and does not unwrap it', () => {
		const input = `<svg ${NS}><g id="legend"/><g id="marks"><circle r="1"/></g></svg>`;
		const keep = (element: Element) =>
			['legend', 'marks'].includes(element.getAttribute('id') ?? '');
		expect(prune(input, keep)).toBe(input);
	});

	it('pruneStyles(expanded golden snapshot) gives back the snapshot', () => {
		for (const name of readdirSync('tests/snapshots')) {
			const snapshot = serialize(parse(readFileSync(`tests/snapshots/${name}`, 'utf8')));
			const isLayer = (element: Element) => element.hasAttribute('inkscape:groupmode');
			expect(prune(expand(snapshot), isLayer), name).toBe(snapshot);
		}
	}, 30_000);

	it('pruneStyles(expanded export) draws exactly the same pixels (rsvg-convert before and after)', () => {
		const dir = mkdtempSync(join(tmpdir(), 'parley-prune-'));
		const names = readdirSync('tests/snapshots').filter((name) => name.endsWith('.svg'));
		expect(names.length).toBeGreaterThanOrEqual(5);
		for (const name of names) {
			const full = expand(readFileSync(`tests/snapshots/${name}`, 'utf8'));
			const pruned = prune(full);
			expect(pruned.length, `${name} is smaller pruned`).toBeLessThan(full.length * 0.6);
			const render = (text: string, file: string) => {
				writeFileSync(join(dir, file), text);
				return decodePng(execFileSync('rsvg-convert', ['--format=png', join(dir, file)]));
			};
			const before = render(full, `full-${name}`);
			const after = render(pruned, `pruned-${name}`);
			const comparison = compareImages(after, before, { threshold: 0, shift: 0 });
			expect(comparison.differing, `${name}: pixels that pruning changed`).toBe(0);
		}
	}, 60_000);
});
