import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatBytes, MAX_DATASET_BYTES } from '$lib/data/loading/checkFileSelection';
import { invalidUtf8Message } from '$lib/data/loading/decodeUtf8';
import { withByteOrderMark, withLatin1Byte } from '../../fixtures/encodingCases';
import { emptyEventsJson } from '../../fixtures/hostileDatasets';
import { SMALL_SOURCE_TEXT, smallDataset } from '../../fixtures/smallDataset';

const run = promisify(execFile);

async function validate(file: string): Promise<{ code: number; lines: string[] }> {
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

function writeDataset(content: unknown, withText = true): string {
	const folder = mkdtempSync(join(tmpdir(), 'parley-validate-'));
	if (withText) {
		mkdirSync(join(folder, 'sources'));
		writeFileSync(join(folder, 'sources', 'wire-1.txt'), SMALL_SOURCE_TEXT);
	}
	const file = join(folder, 'dataset.json');
	writeFileSync(
		file,
		typeof content === 'string' || content instanceof Uint8Array
			? content
			: JSON.stringify(content, null, 2)
	);
	return file;
}

// Each case starts a Node process; give them room on a busy two-core machine.
describe('npm run validate -- <file>', { timeout: 30_000 }, () => {
	it('passes the bundled dataset with no warnings and a one-line summary', async () => {
		const { code, lines } = await validate('data/events.json');
		expect(code).toBe(0);
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^OK data\/events\.json: \d+ events, \d+ actors, 1 source, .+ \(0 errors, 0 warnings\)$/
		);
	});

	it('prints every problem as one ERROR or WARN line, then a summary, and exits 1', async () => {
		const data = smallDataset() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
		data.events[1].mediators = ['nor', 'hvana'];
		data.events[0].evidence[0].quote = 'not in the text';
		data.actors[0].colour = 'red';
		const { code, lines } = await validate(writeDataset(data));
		expect(code).toBe(1);
		expect(lines).toEqual([
			'ERROR events[1].mediators[1]: unknown actor "hvana"; did you mean "havana"?',
			'ERROR events[0].evidence[0].quote: not found verbatim in the text of source "wire-1" (sources/wire-1.txt); quote its words exactly (white space, curly or straight quotes and dashes may differ, and "[…]" may leave words out)',
			'WARN actors[0].colour: unknown field; it is kept but not used',
			expect.stringMatching(/^FAILED .*dataset\.json: 2 errors, 1 warning$/)
		]);
	});

	it('reads stored source texts relative to the dataset and reports a missing one', async () => {
		const { code, lines } = await validate(writeDataset(smallDataset(), false));
		expect(code).toBe(1);
		expect(lines[0]).toBe(
			'ERROR sources[0].text: the stored text "sources/wire-1.txt" could not be read, so quotes from "wire-1" cannot be checked'
		);
	});

	it('warnings alone still pass', async () => {
		const data = smallDataset() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
		data.meta.reviewer = 'someone';
		const { code, lines } = await validate(writeDataset(data));
		expect(code).toBe(0);
		expect(lines[0]).toBe('WARN meta.reviewer: unknown field; it is kept but not used');
		expect(lines[1]).toMatch(
			/^OK .*: 2 events, 7 actors, 1 source, 20 Feb – 5 Mar 2023 \(0 errors, 1 warning\)$/
		);
	});

	it.each([
		[
			'{\n  "schemaVersion": "1.0",\n  "meta": }',
			'ERROR $: not valid JSON at line 3, column 11: expected a value'
		],
		['', 'ERROR $: the file is empty (0 bytes)']
	])('reports unreadable JSON with its place: %j', async (text, expected) => {
		const { code, lines } = await validate(writeDataset(text));
		expect(code).toBe(1);
		expect(lines[0]).toBe(expected);
		expect(lines[1]).toMatch(/^FAILED .*: 1 error$/);
	});

	it('reports a file that does not exist', async () => {
		const { code, lines } = await validate('no/such/file.json');
		expect(code).toBe(1);
		expect(lines[0]).toBe('ERROR $: cannot read no/such/file.json: ENOENT');
	});

	it('refuses a hostile file of 1,000,000 empty events with capped output and totals', async () => {
		const { code, lines } = await validate(writeDataset(emptyEventsJson(1_000_000)));
		expect(code).toBe(1);
		expect(lines[0]).toMatch(
			/^ERROR \$: checking stopped at events\[\d+\]\.id, after 100,000 errors: the rest of the file was not checked; fix these first$/
		);
		expect(lines[1]).toBe('ERROR events[0].id: is required');
		// The first 1,000 problems in full, one line counting the rest, the summary.
		expect(lines).toHaveLength(1 + 1000 + 2);
		expect(lines.at(-2)).toBe(
			'ERROR …: and 99,000 more errors of kind structure (missing or malformed values) not listed'
		);
		expect(lines.at(-1)).toMatch(/^FAILED .*dataset\.json: 100,001 errors, 0 warnings$/);
	});

	it('opens a file that starts with a byte-order mark, as the page does', async () => {
		const { code, lines } = await validate(writeDataset(withByteOrderMark()));
		expect(code).toBe(0);
		expect(lines.at(-1)).toMatch(/^OK .*dataset\.json: /);
	});

	it('refuses a byte that is not UTF-8, naming its offset, as the page does', async () => {
		const { bytes, offset } = withLatin1Byte();
		const { code, lines } = await validate(writeDataset(bytes));
		expect(code).toBe(1);
		expect(lines[0]).toBe(`ERROR $: ${invalidUtf8Message(bytes, offset)}`);
		expect(lines[0]).toContain(`byte ${offset.toLocaleString('en-GB')} (0xE1)`);
	});

	it('refuses a file over the page’s size limit before reading it', async () => {
		const file = writeDataset('');
		truncateSync(file, MAX_DATASET_BYTES + 1); // sparse: no disk is used
		const { code, lines } = await validate(file);
		expect(code).toBe(1);
		expect(lines[0]).toBe(
			`ERROR $: the file is ${formatBytes(MAX_DATASET_BYTES + 1)}; Parley opens files up to ${formatBytes(MAX_DATASET_BYTES)}. Split it, or remove what it does not need (e.g. long notes)`
		);
	});
});
