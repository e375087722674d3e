import { describe, expect, it } from 'vitest';
import { checkFileSelection, fileRole } from '$lib/data/loading/checkFileSelection';

describe('checkFileSelection with a .zip', () => {
	it('fileRole("x.ZIP") is zip; a .zip alone is accepted', () => {
		expect(fileRole('dataset.ZIP')).toBe('zip');
		expect(checkFileSelection([{ name: 'dataset.zip', size: 10 }])).toEqual([]);
	});

	it('checkFileSelection(a .zip with other files) asks for the archive alone', () => {
		const problems = checkFileSelection([
			{ name: 'dataset.zip', size: 10 },
			{ name: 'article.txt', size: 10 }
		]);
		expect(problems.map((p) => p.message)).toEqual([
			'a .zip archive holds the dataset and its source texts: open it by itself'
		]);
	});
});
