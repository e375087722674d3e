import bundledDataset from '../../data/events.json';
import { validateDataset } from '$lib/data/validateDataset';
import type { PageLoad } from './$types';

export const prerender = true;

const DATA_FOLDER = '../../data/';
const storedTexts = import.meta.glob('../../data/sources/**/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The bundled dataset, checked by the same loader as any other dataset. */
export const load: PageLoad = () => {
	const sourceTexts = new Map(
		Object.entries(storedTexts).map(([path, text]) => [path.slice(DATA_FOLDER.length), text])
	);
	const result = validateDataset(bundledDataset, { sourceTexts });
	return { result, datasetName: 'events.json', sourceTexts: Object.fromEntries(sourceTexts) };
};
