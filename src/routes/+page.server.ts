import { loadBundledDataset } from '$lib/server/bundledDataset';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => loadBundledDataset();
