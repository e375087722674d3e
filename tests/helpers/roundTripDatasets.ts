/**
 * Valid datasets survive export and re-import: the JSON data export (`subsetDataset`) opens
 * again unchanged, and the spreadsheet pair (`datasetToCsvTables`) reads back as everything
 * the CSV layout can carry. Property-based, over arbitrary valid datasets, with the bundled
 * dataset and the synthetic fixture as fixed cases.
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/lib/data/schema';
import { syntheticStrait } from '../fixtures/syntheticStrait';

export const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
export const synthetic = syntheticStrait().dataset as Dataset;
// Each generated dataset is checked in full, a few tens of milliseconds each. A failure is
// reported as found (endOnFailure): shrinking a whole generated dataset takes minutes.
export const PROPERTY_TIMEOUT = 120_000;

export const SEEDS: [string, Dataset][] = [
	['the bundled dataset', bundled],
	['the synthetic fixture', synthetic]
];
