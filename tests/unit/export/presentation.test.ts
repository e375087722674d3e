import { describe, expect, it } from 'vitest';
import { normaliseFontFamily, presentationAttributes } from '../../../src/lib/export/presentation';

/** A computed style as Chromium gives it for an unstyled SVG element, with `overrides`. */
function computed(overrides: Record<string, string> = {}) {
	const style: Record<string, string> = {
		fill: 'rgb(0, 0, 0)',
		'fill-opacity': '1',
		stroke: 'none',
		'stroke-opacity': '1',
		'stroke-width': '1px',
		'stroke-dasharray': 'none',
		'stroke-dashoffset': '0px',
		'font-family': '-apple-system, "Segoe UI", Arial, "Liberation Sans", sans-serif',
		'font-size': '16px',
		'font-weight': '400',
		'letter-spacing': 'normal',
		'paint-order': 'normal',
		opacity: '1',
		color: 'rgb(27, 31, 36)',
		...overrides
	};
	return (name: string) => style[name] ?? '';
}

describe('presentationAttributes(tag, computed)', () => {
	it.each([
		[{ fill: 'rgba(0, 0, 0, 0)' }, { fill: 'none' }],
		[
			{ fill: 'rgba(31, 95, 139, 0.5)', 'fill-opacity': '0.5' },
			{ fill: '#1f5f8b', 'fill-opacity': '0.25' }
		],
		[{ fill: 'color(srgb 1 0 0 / 0.4)' }, { fill: '#ff0000', 'fill-opacity': '0.4' }],
		[{ fill: 'oklch(0.6 0.1 200)' }, { fill: '#0d9298', 'fill-opacity': '1' }],
		[{ fill: 'currentcolor' }, { fill: '#1b1f24' }],
		[
			{ stroke: 'rgb(255, 255, 255)', 'stroke-width': '3px' },
			{ stroke: '#ffffff', 'stroke-width': '3' }
		],
		[{ stroke: 'rgba(84, 91, 102, 0.55)' }, { stroke: '#545b66', 'stroke-opacity': '0.55' }],
		[{ 'stroke-dasharray': '4px, 2.5px' }, { 'stroke-dasharray': '4 2.5' }],
		[{ 'font-weight': '650' }, { 'font-weight': '700' }],
		[{ 'font-weight': '450' }, { 'font-weight': '500' }],
		[{ 'font-size': '11.5px' }, { 'font-size': '11.5' }],
		[{ 'letter-spacing': '0.5px' }, { 'letter-spacing': '0.5' }],
		[
			{ 'marker-end': 'url("http://127.0.0.1:4173/#parley-arrow")' },
			{ 'marker-end': 'url(#parley-arrow)' }
		],
		[{ 'clip-path': 'url("#clip")' }, { 'clip-path': 'url(#clip)' }],
		[{ 'paint-order': 'stroke' }, { 'paint-order': 'stroke' }],
		[{ opacity: '0.62' }, { opacity: '0.62' }]
	])('presentationAttributes("text", %j) writes %j', (overrides, expected) => {
		expect(presentationAttributes('text', computed(overrides))).toMatchObject(expected);
	});

	it('presentationAttributes(tag, computed) writes no paint-order when it is normal', () => {
		expect(presentationAttributes('text', computed())).not.toHaveProperty('paint-order');
	});

	it('presentationAttributes("stop", computed) writes stop-color as hex and its alpha as stop-opacity', () => {
		const attributes = presentationAttributes(
			'stop',
			computed({ 'stop-color': 'rgba(31, 95, 139, 0.5)', 'stop-opacity': '0.5' })
		);
		expect(attributes).toMatchObject({ 'stop-color': '#1f5f8b', 'stop-opacity': '0.25' });
	});

	it('presentationAttributes(tag, computed) asks resolveColour for what it cannot convert, else draws none', () => {
		const get = computed({ fill: 'context-stroke', stroke: 'device-cmyk(0 0 0 1)' });
		expect(presentationAttributes('path', get)).toMatchObject({ fill: 'none', stroke: 'none' });
		const resolved = presentationAttributes('path', get, {
			resolveColour: (value) => (value === 'device-cmyk(0 0 0 1)' ? 'rgb(0, 0, 0)' : null)
		});
		expect(resolved).toMatchObject({ fill: 'none', stroke: '#000000' });
	});

	it('presentationAttributes(tag, computed) writes no CSS colour function, var() or currentColor', () => {
		for (const fill of [
			'rgba(1, 2, 3, 0.5)',
			'hsl(1 2% 3%)',
			'color(display-p3 1 0 0)',
			'currentColor'
		]) {
			const text = Object.values(presentationAttributes('rect', computed({ fill }))).join(' ');
			expect(text).not.toMatch(/rgba|hsl|color\(|currentcolor|var\(/i);
		}
	});
});

describe('normaliseFontFamily(family)', () => {
	it.each([
		[
			'-apple-system, "Segoe UI", Arial, sans-serif',
			"-apple-system, 'Segoe UI', Arial, sans-serif"
		],
		[
			'Inter, sans-serif',
			"Inter, 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"
		],
		[
			'Georgia, serif',
			"Georgia, 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"
		]
	])('normaliseFontFamily(%j) is %j', (family, expected) => {
		expect(normaliseFontFamily(family)).toBe(expected);
	});
});
