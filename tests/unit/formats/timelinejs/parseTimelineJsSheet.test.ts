import { describe, expect, it } from 'vitest';
import {
	isTimelineJsSheetHeader,
	parseTimelineJsSheet
} from '$lib/formats/timelinejs/parseTimelineJsSheet';
import { fixture, load, TODAY } from '../../../helpers/foreignFiles';

describe('parseTimelineJsSheet', () => {
	it.each([
		[['Year', 'Month', 'Day', 'Headline', 'Text'], true],
		[['\uFEFF year ', 'HEADLINE'], true],
		[['Year', 'Month', 'Day'], false],
		[['id', 'date', 'summary'], false]
	])('isTimelineJsSheetHeader(%j) is %s', (header, is) => {
		expect(isTimelineJsSheetHeader(header)).toBe(is);
	});

	it('parseTimelineJsSheet(sheet) skips blank rows and reads the title row as the title', () => {
		const file = fixture('timelinejs-sheet.csv');
		const withBlank = {
			...file,
			text: file.text.replace(/\n(2031,3,4)/, '\n,,,,,,,,,,,,,,,,,\n$1')
		};
		const result = parseTimelineJsSheet(withBlank, { today: TODAY });
		expect(result.errors).toEqual([]);
		expect(result.dataset!.meta.title).toBe('Talks on the Vell river (sheet)');
		expect(result.dataset!.events).toHaveLength(
			parseTimelineJsSheet(file, { today: TODAY }).dataset!.events.length
		);
	});

	it('loadDatasetFiles([sheet.csv]) reads the Google-Sheet template like the JSON', () => {
		const { result } = load([fixture('timelinejs-sheet.csv')]);
		expect(result.errors).toEqual([]);
		const dataset = result.dataset!;
		expect(dataset.meta.title).toBe('Talks on the Vell river (sheet)');
		expect(dataset.events.map((e) => e.date.precision)).toEqual(['day', 'month', 'year']);
		expect(dataset.events[0]!.date.end).toBe('2031-03-06');
		expect(result.warnings.map((w) => w.message).join()).toMatch(/era/);
	});

	it('loadDatasetFiles([broken sheet]) places problems by row and column', () => {
		const { result } = load([fixture('timelinejs-sheet-broken.csv')]);
		expect(result.errors.map((e) => e.path)).toEqual([
			'timelinejs-sheet-broken.csv row 2, column Day',
			'timelinejs-sheet-broken.csv row 3, column Text'
		]);
	});
});
