// Types of networkDataset.mjs (the generator stays plain JavaScript, like dataset.mjs).
import type { Dataset } from '../../../src/lib/data/schema';

/** A valid Parley dataset of contact events among `actors` actors: same arguments, same bytes. */
export function generateNetworkDataset(options?: {
	actors?: number;
	events?: number;
	seed?: number;
}): Dataset;
