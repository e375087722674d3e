/**
 * The opener's way into the foreign formats: one CSV that is an ACLED export or a TimelineJS
 * sheet, or JSON that is a TimelineJS story. Runs in the import worker, with the readers, so none
 * of them weighs on the page's first load.
 */
import Papa from 'papaparse';
import type { LoadedDataset, TextFile } from '$lib/data/loading/loadDatasetFiles';
import { fileProblem } from '$lib/data/loading/checkFileSelection';
import { isAcledHeader, parseAcled } from './acled/parseAcled';
import { parseTimelineJs } from './timelinejs/parseTimelineJs';
import { isTimelineJsSheetHeader, parseTimelineJsSheet } from './timelinejs/parseTimelineJsSheet';

export interface ForeignOptions {
	/** Today, YYYY-MM-DD. */
	today: string;
	/** The file's address, when it was opened with `?data=`. */
	url?: string;
	onStage?: (stage: string) => void;
}

const loaded = (name: string, result: LoadedDataset['result']): LoadedDataset => ({
	name,
	result,
	sourceTexts: {}
});

/** The header row of a CSV text, read from its first lines only. */
export function csvHeader(text: string): string[] {
	const head = text.slice(0, 16_384).replace(/^\uFEFF/, '');
	const parsed = Papa.parse<string[]>(head, { preview: 1 });
	return parsed.data[0] ?? [];
}

/**
 * One CSV on its own: an ACLED export or a TimelineJS sheet. Anything else is the first half of
 * Parley's spreadsheet pair, and the message says what is missing.
 */
export function loadSingleCsv(file: TextFile, options: ForeignOptions): LoadedDataset {
	const header = csvHeader(file.text);
	if (isAcledHeader(header)) {
		options.onStage?.(`Reading the ACLED export ${file.name}`);
		return loaded(file.name, parseAcled(file, options));
	}
	if (isTimelineJsSheetHeader(header)) {
		options.onStage?.(`Reading the TimelineJS sheet ${file.name}`);
		return loaded(file.name, parseTimelineJsSheet(file, options));
	}
	return loaded(file.name, {
		dataset: null,
		errors: [
			fileProblem(
				file.name,
				'this CSV is neither an ACLED export (columns event_id_cnty, event_date …) nor a TimelineJS sheet (columns Year … Headline), and a spreadsheet needs two CSV files picked together: the events CSV and the actors CSV (hold Ctrl or ⌘ to pick both)'
			)
		],
		warnings: []
	});
}

/** A parsed TimelineJS JSON story, converted and checked; problems placed by slide. */
export function loadTimelineJsValue(
	name: string,
	value: Record<string, unknown>,
	options: ForeignOptions
): LoadedDataset {
	options.onStage?.(`Reading the TimelineJS story ${name}`);
	return loaded(
		name,
		parseTimelineJs(value, {
			today: options.today,
			url: options.url,
			name,
			place: (slide, field) => (slide < 0 ? field : `events[${slide}]${field ? `.${field}` : ''}`)
		})
	);
}

/** True when a fetched file is CSV: by its name, or by not starting like JSON. */
export function looksLikeCsv(file: TextFile): boolean {
	if (/\.(csv|tsv)$/i.test(file.name)) return true;
	if (/\.json$/i.test(file.name)) return false;
	const start = file.text
		.slice(0, 1024)
		.replace(/^\uFEFF/, '')
		.trimStart();
	return start !== '' && !start.startsWith('{') && !start.startsWith('[') && !start.startsWith('<');
}
