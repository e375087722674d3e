import { describe, expect, it } from 'vitest';
import { formatOpacity, parseCssColour, toHex, toSvgPaint } from '../../../src/lib/export/paint';

/**
 * Expected channels for the wide-gamut and perceptual forms are what Chromium 156 draws for
 * the same text (a canvas filled with it, read back with getImageData); ±1 per channel allowed.
 */
const COLOURS: [string, [number, number, number, number]][] = [
	// What getComputedStyle() gives for fill and stroke.
	['rgb(27, 31, 36)', [27, 31, 36, 1]],
	['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
	['rgba(17, 34, 51, 0.5)', [17, 34, 51, 0.5]],
	['color(srgb 0.5 0.2 0.1)', [128, 51, 26, 1]],
	['color(srgb 0.5 0.2 0.1 / 0.4)', [128, 51, 26, 0.4]],
	['color(srgb 0.0392157 0.0784314 0.117647 / 0.5)', [10, 20, 30, 0.5]],
	['color(srgb-linear 0.5 0.5 0.5)', [188, 188, 188, 1]],
	['color(display-p3 0.2 0.4 0.6)', [26, 104, 157, 1]],
	['color(display-p3 1 0 0)', [255, 0, 0, 1]],
	['color(a98-rgb 0.2 0.4 0.6)', [0, 102, 156, 1]],
	['color(prophoto-rgb 0.2 0.4 0.6)', [0, 130, 176, 1]],
	['color(rec2020 0.2 0.4 0.6)', [0, 120, 168, 1]],
	['color(xyz-d65 0.3 0.3 0.3)', [162, 145, 143, 1]],
	['color(xyz-d50 0.3 0.3 0.3)', [151, 147, 165, 1]],
	['color(xyz 0.3 0.3 0.3)', [162, 145, 143, 1]],
	['oklch(0.6 0.1 200)', [13, 146, 152, 1]],
	['oklch(0.6 0.1 200 / 0.5)', [13, 146, 152, 0.5]],
	['oklch(0.539974 0.285457 326.643)', [186, 0, 194, 1]],
	// Out of sRGB: clipped channel by channel, as Chromium draws it.
	['oklch(0.7 0.3 30)', [255, 0, 0, 1]],
	['oklab(0.539974 0.0962086 -0.0928316)', [140, 83, 162, 1]],
	['lab(50 20 -30)', [133, 108, 170, 1]],
	['lch(50 30 200)', [29, 132, 135, 1]],
	// Forms written by hand in CSS (browsers compute them to rgb(), but the parser takes them).
	['rgb(1 2 3 / 0.5)', [1, 2, 3, 0.5]],
	['rgb(1 2 3 / 50%)', [1, 2, 3, 0.5]],
	['rgba(1,2,3,.25)', [1, 2, 3, 0.25]],
	['rgb(100%, 0%, 50%)', [255, 0, 128, 1]],
	['rgb(300 -2 3)', [255, 0, 3, 1]],
	['hsl(120 50% 50%)', [64, 191, 64, 1]],
	['hsl(120deg, 50%, 50%)', [64, 191, 64, 1]],
	['hsla(120, 50%, 50%, 0.3)', [64, 191, 64, 0.3]],
	['hsl(0.5turn 100% 25%)', [0, 128, 128, 1]],
	['hwb(120 10% 20%)', [26, 204, 26, 1]],
	['transparent', [0, 0, 0, 0]],
	['red', [255, 0, 0, 1]],
	['RebeccaPurple', [102, 51, 153, 1]],
	['#abc', [170, 187, 204, 1]],
	['#11223380', [17, 34, 51, 128 / 255]],
	['#1F5F8B', [31, 95, 139, 1]]
];

describe('parseCssColour(text)', () => {
	it.each(COLOURS)('parseCssColour(%j) gives its sRGB channels and alpha', (text, expected) => {
		const colour = parseCssColour(text);
		expect(colour, text).not.toBeNull();
		const [r, g, b, a] = expected;
		expect(Math.abs(colour!.r - r), 'red').toBeLessThanOrEqual(1);
		expect(Math.abs(colour!.g - g), 'green').toBeLessThanOrEqual(1);
		expect(Math.abs(colour!.b - b), 'blue').toBeLessThanOrEqual(1);
		expect(colour!.a).toBeCloseTo(a, 3);
		for (const channel of [colour!.r, colour!.g, colour!.b])
			expect(Number.isInteger(channel)).toBe(true);
	});

	it.each([
		'currentColor',
		'color-mix(in srgb, red 50%, blue)',
		'var(--accent)',
		'context-stroke',
		'rgb(1 2)',
		'rgb(a b c)',
		'color(unknown-space 1 2 3)',
		'#12345',
		'notacolour',
		''
	])('parseCssColour(%j) is null: not a colour it can resolve alone', (text) => {
		expect(parseCssColour(text)).toBeNull();
	});
});

describe('toSvgPaint(value, currentColour)', () => {
	it.each([
		['rgb(27, 31, 36)', { kind: 'colour', hex: '#1b1f24', alpha: 1 }],
		['rgba(31, 95, 139, 0.25)', { kind: 'colour', hex: '#1f5f8b', alpha: 0.25 }],
		['rgb(31 95 139 / 0.25)', { kind: 'colour', hex: '#1f5f8b', alpha: 0.25 }],
		['hsl(204 64% 33%)', { kind: 'colour', hex: '#1e5f8a', alpha: 1 }],
		['rgba(0, 0, 0, 0)', { kind: 'none' }],
		['transparent', { kind: 'none' }],
		['color(srgb 1 0 0 / 0)', { kind: 'none' }],
		['none', { kind: 'none' }],
		['', { kind: 'none' }],
		['white', { kind: 'colour', hex: '#ffffff', alpha: 1 }],
		['url("#parley-arrow")', { kind: 'url', href: '#parley-arrow' }],
		['url(#grad) rgb(255, 0, 0)', { kind: 'url', href: '#grad' }],
		['url("http://127.0.0.1:4173/#grad")', { kind: 'url', href: '#grad' }]
	] as const)('toSvgPaint(%j) is %j', (value, expected) => {
		expect(toSvgPaint(value)).toEqual(expected);
	});

	it('toSvgPaint("currentColor", color) takes the element’s colour', () => {
		expect(toSvgPaint('currentColor', 'rgb(10, 20, 30)')).toEqual({
			kind: 'colour',
			hex: '#0a141e',
			alpha: 1
		});
		expect(toSvgPaint('currentcolor', 'rgba(10, 20, 30, 0.5)')).toEqual({
			kind: 'colour',
			hex: '#0a141e',
			alpha: 0.5
		});
	});

	it.each(['currentColor', 'context-stroke', 'color-mix(in srgb, red, blue)', 'url(other.svg)'])(
		'toSvgPaint(%j) without a way to resolve it is null',
		(value) => {
			expect(toSvgPaint(value)).toBeNull();
		}
	);

	it('toSvgPaint(value) gives only #rrggbb colours', () => {
		for (const [text] of COLOURS) {
			const paint = toSvgPaint(text);
			if (paint?.kind === 'colour') expect(paint.hex).toMatch(/^#[0-9a-f]{6}$/);
		}
	});
});

describe('toHex(colour) and formatOpacity(value)', () => {
	it('toHex({r, g, b}) pads each channel to two lower-case digits', () => {
		expect(toHex({ r: 0, g: 10, b: 255, a: 1 })).toBe('#000aff');
	});
	it.each([
		[1, '1'],
		[0.5, '0.5'],
		[0.123456, '0.123'],
		[1.2, '1'],
		[-0.1, '0']
	])('formatOpacity(%s) is %s', (value, text) => {
		expect(formatOpacity(value)).toBe(text);
	});
});
