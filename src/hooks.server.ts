/**
 * At prerender time, the full page gets the bundled dataset's events as schema.org JSON-LD in
 * its head. Written into the HTML here, it costs the browser's JavaScript nothing.
 */
import type { Handle } from '@sveltejs/kit';
import { buildEventsJsonLd, jsonLdScriptTag } from '$lib/export/eventsJsonLd';
import { BUNDLED_DATASET_FILE, loadBundledDataset } from '$lib/server/bundledDataset';

let tag: string | null | undefined;

function bundledJsonLd(): string | null {
	if (tag !== undefined) return tag;
	const dataset = loadBundledDataset().result.dataset;
	tag = dataset
		? jsonLdScriptTag(buildEventsJsonLd(dataset, { datasetFile: BUNDLED_DATASET_FILE }))
		: null;
	return tag;
}

export const handle: Handle = ({ event, resolve }) => {
	if (event.route.id !== '/') return resolve(event);
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const jsonLd = bundledJsonLd();
			return jsonLd ? html.replace('</head>', `\t${jsonLd}\n\t</head>`) : html;
		}
	});
};
