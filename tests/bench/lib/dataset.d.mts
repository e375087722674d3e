// Types of dataset.mjs (the generator stays the shared harness's plain JavaScript).
import type { BenchDataset } from '../../../src/lib/data/benchDataset';

export const RANGE_START: string;
export const RANGE_END: string;
export const ACTORS: { id: string; name: string }[];
export function mulberry32(seed: number): () => number;
/** The protocol's data set: same n and seed, same bytes. */
export function generateDataset(n: number, seed?: number): BenchDataset;
