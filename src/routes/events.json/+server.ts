import { bundledDatasetJson } from '$lib/server/bundledDataset';
import type { RequestHandler } from './$types';

// The bundled dataset as a file beside the pages, so an embed's "data" link and the page's
// JSON-LD can point at it.
export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = () =>
	new Response(JSON.stringify(bundledDatasetJson, null, '\t'), {
		headers: { 'content-type': 'application/json' }
	});
