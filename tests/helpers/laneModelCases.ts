import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/lib/data/schema';
import { randomDataset } from '../fixtures/randomDataset';

export const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;

/** The bundled dataset and three random ones, for lane-model checks. */
export const cases = [
	{ name: 'the bundled dataset', dataset: bundled },
	...[1, 2, 3].map((seed) => ({
		name: `random dataset ${seed}`,
		dataset: randomDataset(seed, { events: 400 })
	}))
];
