import bundledDataset from '../../data/events.json';
import { validateDataset } from '$lib/data/validateDataset';
import type { PageServerLoad } from './$types';

export const prerender = true;

const DATA_FOLDER = '../../data/';
const storedTexts = import.meta.glob('../../data/sources/**/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/**
 * The bundled dataset, checked by the same loader as any other dataset. It runs when the page is
 * prerendered, so the validator stays out of the JavaScript the browser loads first; the checked
 * result travels inside the page.
 */
export const load: PageServerLoad = () => {
	const sourceTexts = new Map(
		Object.entries(storedTexts).map(([path, text]) => [path.slice(DATA_FOLDER.length), text])
	);
	const result = validateDataset(bundledDataset, { sourceTexts });
	return { result, datasetName: 'events.json', sourceTexts: Object.fromEntries(sourceTexts) };
};
