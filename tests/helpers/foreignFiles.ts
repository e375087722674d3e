import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { loadDatasetFiles, type TextFile } from '$lib/data/loading/loadDatasetFiles';

export const TODAY = '2031-12-31';
export const fixture = (name: string): TextFile => ({
	name,
	text: readFileSync(`tests/fixtures/formats/${name}`, 'utf8')
});

export function load(files: TextFile[]) {
	const before = structuredClone(files);
	const loaded = loadDatasetFiles(files, { today: TODAY });
	expect(files).toEqual(before);
	return loaded;
}
