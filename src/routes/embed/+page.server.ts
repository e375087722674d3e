import { loadBundledDataset } from '$lib/server/bundledDataset';
import type { PageServerLoad } from './$types';

export const prerender = true;

/** The embed shows the same bundled dataset as the full page (or `?data=`, opened in the browser). */
export const load: PageServerLoad = () => loadBundledDataset();
