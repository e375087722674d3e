/**
 * The TimelineJS Google-Sheet template, downloaded as CSV: each row a slide (a "title" row the
 * story's title, "era" rows eras), read into the same slides as the JSON and converted by
 * `parseTimelineJs`. Problems name the CSV row and column, row 1 being the header.
 */
import Papa from 'papaparse';
import type { ValidationResult } from '$lib/data/validation/validateDataset';
import { parseTimelineJs } from './parseTimelineJs';

/** Template columns, as Parley reads their headers (lowercase, single spaces). */
const COLUMN_OF_FIELD: Record<string, string> = {
	'start_date.year': 'Year',
	'start_date.month': 'Month',
	'start_date.day': 'Day',
	start_date: 'Year',
	'end_date.year': 'End Year',
	'end_date.month': 'End Month',
	'end_date.day': 'End Day',
	end_date: 'End Year',
	display_date: 'Display Date',
	'text.headline': 'Headline',
	'text.text': 'Text',
	'media.url': 'Media',
	group: 'Group'
};

const normalise = (cell: string) =>
	cell
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/\s+/g, ' ');

/** True when a CSV header row is the TimelineJS template's (Year … Headline). */
export function isTimelineJsSheetHeader(header: readonly string[]): boolean {
	const names = header.map(normalise);
	return names.includes('year') && names.includes('headline');
}

export function parseTimelineJsSheet(
	file: { name: string; text: string },
	options: { today: string; url?: string }
): ValidationResult {
	const parsed = Papa.parse<string[]>(file.text.replace(/^\uFEFF/, ''), {
		header: false,
		skipEmptyLines: false
	});
	const [header = [], ...records] = parsed.data;
	const names = header.map(normalise);
	const cell = (record: string[], column: string) => {
		const at = names.indexOf(column.toLowerCase());
		return at === -1 ? '' : (record[at] ?? '').trim();
	};
	const slides: Record<string, unknown>[] = [];
	const rowOf: number[] = [];
	const eras: unknown[] = [];
	let title: Record<string, unknown> | undefined;
	records.forEach((record, i) => {
		if (record.every((value) => value.trim() === '')) return;
		const type = cell(record, 'Type').toLowerCase();
		const slide = {
			start_date: {
				year: cell(record, 'Year'),
				month: cell(record, 'Month'),
				day: cell(record, 'Day')
			},
			end_date: cell(record, 'End Year')
				? {
						year: cell(record, 'End Year'),
						month: cell(record, 'End Month'),
						day: cell(record, 'End Day')
					}
				: undefined,
			display_date: cell(record, 'Display Date'),
			text: { headline: cell(record, 'Headline'), text: cell(record, 'Text') },
			media: {
				url: cell(record, 'Media'),
				caption: cell(record, 'Media Caption'),
				credit: cell(record, 'Media Credit')
			},
			group: cell(record, 'Group')
		};
		if (type === 'title') title = slide;
		else if (type === 'era') eras.push(slide);
		else {
			slides.push(slide);
			rowOf.push(i + 2);
		}
	});
	return parseTimelineJs(
		{ events: slides, ...(title ? { title } : {}), eras },
		{
			today: options.today,
			url: options.url,
			name: file.name,
			place: (slide, field) => {
				const row = rowOf[slide];
				const column = COLUMN_OF_FIELD[field];
				return `${file.name}${row === undefined ? '' : ` row ${row}`}${column ? `, column ${column}` : ''}`;
			}
		}
	);
}
