import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadZipDataset, unzipDataset, zipDataset } from '$lib/data/loading/datasetZip';
import type { Dataset } from '$lib/data/schema';
import { smallDraft } from '../../../helpers/authoringDraft';

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
const bundledTexts = { 'sources/article.txt': readFileSync('data/sources/article.txt', 'utf8') };
const today = { today: '2026-12-01' };

describe('zipDataset and loadZipDataset', () => {
	it('zipDataset(dataset, texts) round-trips through loadZipDataset: same dataset, texts matched, quotes checked', () => {
		const before = structuredClone(bundled);
		const bytes = zipDataset(bundled, bundledTexts);
		expect(bundled).toEqual(before);
		const loaded = loadZipDataset('us-iran.zip', bytes, today);
		expect(loaded.name).toBe('us-iran.zip');
		expect(loaded.result.errors).toEqual([]);
		expect(loaded.result.warnings).toEqual([]);
		expect(loaded.result.dataset).toEqual(bundled);
		expect(loaded.sourceTexts).toEqual(bundledTexts);
	});

	it('zipDataset(a draft) holds events.json and sources/<id>.txt, and the same input gives the same bytes', () => {
		const draft = smallDraft();
		const bytes = zipDataset(draft.dataset, draft.sourceTexts);
		const unzipped = unzipDataset('draft.zip', bytes);
		expect(unzipped.ok && unzipped.files.map((f) => f.name).sort()).toEqual([
			'events.json',
			'sources/article.txt'
		]);
		expect(zipDataset(draft.dataset, draft.sourceTexts)).toEqual(bytes);
	});

	it('loadZipDataset(an archive whose quote is not in its text) reports the quote, as for picked files', () => {
		const dataset = structuredClone(bundled);
		dataset.events[0]!.evidence[0]!.quote = 'words the article never used';
		const loaded = loadZipDataset('bad.zip', zipDataset(dataset, bundledTexts), today);
		expect(loaded.result.dataset).toBeNull();
		expect(loaded.result.errors.map((p) => [p.path, p.code])).toEqual([
			['events[0].evidence[0].quote', 'quote-not-in-source']
		]);
	});

	it('loadZipDataset(an archive with a folder, macOS entries and an image) uses the dataset and names what it skipped', () => {
		const bytes = zipSync({
			'my-data/events.json': strToU8(JSON.stringify(bundled)),
			'my-data/sources/article.txt': strToU8(bundledTexts['sources/article.txt']),
			'my-data/photo.png': new Uint8Array([137, 80, 78, 71]),
			'__MACOSX/my-data/._events.json': new Uint8Array([0, 1]),
			'my-data/.DS_Store': new Uint8Array([0])
		});
		const loaded = loadZipDataset('folder.zip', bytes, today);
		expect(loaded.result.errors).toEqual([]);
		expect(loaded.result.warnings.map((p) => [p.path, p.message])).toEqual([
			['folder.zip: my-data/photo.png', 'not a JSON, CSV or .txt file; it was not used']
		]);
		expect(loaded.sourceTexts).toEqual(bundledTexts);
	});

	it.each<[string, Uint8Array, RegExp]>([
		[
			'broken.zip',
			strToU8('this is not a zip archive'),
			/broken\.zip.*is not a readable \.zip archive/
		],
		['empty.zip', zipSync({}), /holds no JSON dataset or CSV spreadsheet \(it is empty\)/],
		[
			'texts.zip',
			zipSync({ 'a.txt': strToU8('a'), 'b.png': new Uint8Array([1]) }),
			/holds no JSON dataset or CSV spreadsheet \(it holds a\.txt, b\.png\)/
		]
	])('loadZipDataset(%s) fails with one message naming the archive', (name, bytes, message) => {
		const loaded = loadZipDataset(name, bytes, today);
		expect(loaded.result.dataset).toBeNull();
		expect(loaded.result.errors).toHaveLength(1);
		expect(loaded.result.errors[0]).toMatchObject({ path: name, code: 'file' });
		expect(loaded.result.errors[0]!.message).toMatch(message);
	});

	it('unzipDataset(archive, maxBytes) refuses an archive that unpacks to more than the limit', () => {
		const bytes = zipSync({ 'events.json': strToU8(' '.repeat(5000)) }, { level: 9 });
		expect(bytes.length).toBeLessThan(1000);
		const result = unzipDataset('bomb.zip', bytes, 4096);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems[0]!.message).toMatch(/unpacks to more than 4 KB/);
	});
});

const run = promisify(execFile);
async function validate(file: string) {
	try {
		const { stdout } = await run(
			process.execPath,
			['--import', 'tsx', 'src/cli/validate.ts', file],
			{
				env: { ...process.env, TZ: 'UTC' }
			}
		);
		return { code: 0, lines: stdout.trim().split('\n') };
	} catch (error) {
		const failure = error as { code: number; stdout: string };
		return { code: failure.code, lines: failure.stdout.trim().split('\n') };
	}
}

describe('npm run validate -- <file>.zip', { timeout: 30_000 }, () => {
	const folder = mkdtempSync(join(tmpdir(), 'parley-zip-'));

	it('accepts the archive "Download dataset" writes, with its quotes checked against the packed text', async () => {
		const file = join(folder, 'dataset.zip');
		writeFileSync(file, zipDataset(bundled, bundledTexts));
		const { code, lines } = await run_(file);
		expect(code).toBe(0);
		expect(lines).toEqual([
			expect.stringMatching(/^OK .*dataset\.zip: 24 events.*\(0 errors, 0 warnings\)$/)
		]);
	});

	it('fails an archive whose quote is not in the packed text, and one that is not a zip', async () => {
		const dataset = structuredClone(bundled);
		dataset.events[2]!.evidence[0]!.quote = 'never said';
		const bad = join(folder, 'bad.zip');
		writeFileSync(bad, zipDataset(dataset, bundledTexts));
		const result = await run_(bad);
		expect(result.code).toBe(1);
		expect(result.lines[0]).toMatch(/^ERROR events\[2\]\.evidence\[0\]\.quote: not found verbatim/);
		expect(result.lines.at(-1)).toMatch(/^FAILED .*bad\.zip: 1 error, 0 warnings$/);

		const broken = join(folder, 'broken.zip');
		writeFileSync(broken, 'not a zip');
		const brokenResult = await run_(broken);
		expect(brokenResult.code).toBe(1);
		expect(brokenResult.lines[0]).toMatch(/^ERROR \$: .*is not a readable \.zip archive/);
	});

	const run_ = validate;
});
