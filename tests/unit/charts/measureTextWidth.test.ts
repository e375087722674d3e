import { describe, expect, it } from 'vitest';
import { createTextWidthMeasure, rememberWidths } from '$lib/charts/measureTextWidth';
import { estimateTextWidth } from '$lib/layout/text/estimateTextWidth';

describe('measureTextWidth', () => {
	it.each([
		[['Baku'], 1],
		[['Baku', 'Baku', 'Baku'], 1],
		[['Baku', 'Yerevan', 'Baku', 'Yerevan'], 2],
		[['', 'a', ''], 2]
	])('rememberWidths(measure) over %j measures each text once (%i calls)', (texts, calls) => {
		let measured = 0;
		const measure = rememberWidths((text) => {
			measured++;
			return estimateTextWidth(text, 12, 'glyphs');
		});
		for (const text of texts) expect(measure(text)).toBe(estimateTextWidth(text, 12, 'glyphs'));
		expect(measured).toBe(calls);
	});

	it('createTextWidthMeasure(font) is null where there is no DOM to draw on', () => {
		expect(typeof document).toBe('undefined');
		expect(createTextWidthMeasure('12px sans-serif')).toBeNull();
	});
});
