import { describe, expect, it } from 'vitest';
import {
	compositeOver,
	contrastRatio,
	parseColor,
	relativeLuminance,
	type Rgba
} from '../../helpers/contrast';

describe('relativeLuminance(color)', () => {
	it.each([
		['#000000', 0],
		['#ffffff', 1],
		['rgb(255, 0, 0)', 0.2126],
		['rgb(0 255 0)', 0.7152],
		['rgb(0 0 255 / 0.5)', 0.0722],
		['#0000ff', 0.0722],
		// Mid grey: channel 0x77 = 119 -> ((119/255 + 0.055) / 1.055)^2.4
		['#777777', 0.1845]
	])('relativeLuminance(%j) is %f', (color, expected) => {
		expect(relativeLuminance(color)).toBeCloseTo(expected, 4);
	});
});

describe('contrastRatio(foreground, background)', () => {
	it.each([
		['#000000', '#ffffff', 21],
		['#ffffff', '#000000', 21],
		['#ffffff', '#ffffff', 1],
		// The classic pair at the AA edge, and values from the WebAIM checker.
		['#767676', '#ffffff', 4.54],
		['#777777', '#ffffff', 4.48],
		['#0b57d0', '#ffffff', 6.4],
		['rgb(27, 31, 36)', 'rgb(255, 255, 255)', 16.56],
		// A translucent foreground is seen over the background: black at 50% on white is #808080.
		['rgba(0, 0, 0, 0.5)', '#ffffff', 3.95],
		// A transparent background is taken over white.
		['#000000', 'rgba(0, 0, 0, 0)', 21]
	])('contrastRatio(%j, %j) is %f', (fg, bg, expected) => {
		expect(contrastRatio(fg, bg)).toBeCloseTo(expected, 1);
	});

	it('contrastRatio is symmetric and between 1 and 21', () => {
		const colors = ['#1b1f24', '#545b66', '#f5f6f8', '#7fb8e0', 'rgb(21 24 28)', 'red'];
		for (const a of colors) {
			for (const b of colors) {
				const ratio = contrastRatio(a, b);
				expect(ratio).toBeGreaterThanOrEqual(1);
				expect(ratio).toBeLessThanOrEqual(21);
				expect(ratio).toBeCloseTo(contrastRatio(b, a), 10);
			}
		}
	});
});

describe('compositeOver(top, bottom, opacity)', () => {
	it.each([
		['#000000', '#ffffff', 1, { r: 0, g: 0, b: 0, opacity: 1 }],
		['#000000', '#ffffff', 0, { r: 255, g: 255, b: 255, opacity: 1 }],
		['#000000', '#ffffff', 0.5, { r: 127.5, g: 127.5, b: 127.5, opacity: 1 }],
		['rgba(255, 0, 0, 0.5)', '#0000ff', 1, { r: 127.5, g: 0, b: 127.5, opacity: 1 }],
		// An element's opacity and the colour's alpha multiply.
		['rgba(255, 255, 255, 0.5)', '#000000', 0.5, { r: 63.75, g: 63.75, b: 63.75, opacity: 1 }]
	])('compositeOver(%j, %j, %f)', (top, bottom, opacity, expected) => {
		expect(compositeOver(top, bottom, opacity)).toEqual(expected);
	});

	it('compositeOver(rgba objects) does not change its inputs', () => {
		const top: Rgba = { r: 10, g: 20, b: 30, opacity: 0.4 };
		const bottom: Rgba = { r: 200, g: 200, b: 200, opacity: 1 };
		const before = structuredClone([top, bottom]);
		compositeOver(top, bottom, 0.5);
		expect([top, bottom]).toEqual(before);
	});
});

describe('parseColor(css)', () => {
	it.each([
		['#1f5f8b', { r: 31, g: 95, b: 139, opacity: 1 }],
		['rgb(21, 24, 28)', { r: 21, g: 24, b: 28, opacity: 1 }],
		['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, opacity: 0 }],
		['white', { r: 255, g: 255, b: 255, opacity: 1 }]
	])('parseColor(%j)', (css, expected) => {
		expect(parseColor(css)).toEqual(expected);
	});

	it.each(['not a colour', '', 'var(--text)'])('parseColor(%j) throws a RangeError', (css) => {
		expect(() => parseColor(css)).toThrow(RangeError);
	});
});
