/**
 * The bundled dataset, checked by the same loader as any other dataset. It is read when the
 * pages are prerendered, so the validator stays out of the JavaScript the browser loads first;
 * the checked result travels inside each page that shows it.
 */
import bundledJson from '../../../data/events.json';
import { validateDataset, type ValidationResult } from '$lib/data/validation/validateDataset';

const DATA_FOLDER = '../../../data/';
const storedTexts = import.meta.glob('../../../data/sources/**/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export interface BundledPageData {
	result: ValidationResult;
	datasetName: string;
	sourceTexts: Record<string, string>;
}

/** The file name the bundled dataset is published under, next to the pages. */
export const BUNDLED_DATASET_FILE = 'events.json';

let checked: BundledPageData | null = null;

/** The checked bundled dataset, for a page's `load` (checked once per build). */
export function loadBundledDataset(): BundledPageData {
	if (checked) return checked;
	const sourceTexts = new Map(
		Object.entries(storedTexts).map(([path, text]) => [path.slice(DATA_FOLDER.length), text])
	);
	const result = validateDataset(bundledJson, { sourceTexts });
	checked = {
		result,
		datasetName: BUNDLED_DATASET_FILE,
		sourceTexts: Object.fromEntries(sourceTexts)
	};
	return checked;
}

/** The bundled dataset as it is in the repository, for publishing it as a file. */
export const bundledDatasetJson: unknown = bundledJson;
