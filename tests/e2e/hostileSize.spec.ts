/**
 * Hostile sizes and bytes, as a person meets them: a file of a million empty events (picked,
 * or linked with `?data=`), a link naming 100,000 unknown actors, a file with a byte-order mark
 * or a byte that is not UTF-8. Each must end with a bounded report and the bundled dataset
 * still shown; how long that takes is the benchmark's business, not these tests'.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { invalidUtf8Message } from '../../src/lib/data/loading/decodeUtf8';
import { gotoApp } from './app';
import { withByteOrderMark, withLatin1Byte } from '../fixtures/encodingCases';
import { emptyEventsJson, unknownActorsParam } from '../fixtures/hostileDatasets';
import { smallDataset } from '../fixtures/smallDataset';

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as { meta: { title: string } };
const picker = (page: Page) => page.getByLabel(/Dataset files/);
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const problems = (page: Page) => page.locator('[data-problem-list]');

const HOSTILE = emptyEventsJson(1_000_000);

// Reading and checking 3 MB in the worker takes a few seconds; a busy machine may need more.
test.describe.configure({ timeout: 180_000 });

async function expectHostileReport(page: Page) {
	const list = problems(page);
	await expect(list).toContainText('could not be opened', { timeout: 120_000 });
	await expect(list).toContainText(
		/checking stopped at events\[\d+\]\.id, after 100,000 errors: the rest of the file was not checked/
	);
	// 100,001 counted (the stop notice among them), 50 listed, the rest counted by kind.
	await expect(list.locator('.overview')).toContainText('100,001 problems');
	await expect(list.locator('li')).toHaveCount(50);
	await expect(list.locator('.more')).toHaveText(
		'and 99,951 more problems of this kind not listed'
	);
	// Nothing already loaded is lost.
	await expect(heading(page)).toHaveText(bundled.meta.title);
}

test('a picked file of 1,000,000 empty events is refused with a capped, counted report', async ({
	page
}) => {
	await gotoApp(page, '/');
	await picker(page).setInputFiles({
		name: 'empty-events.json',
		mimeType: 'application/json',
		buffer: Buffer.from(HOSTILE)
	});
	await expectHostileReport(page);
});

test('a ?data= link to 1,000,000 empty events is refused the same way', async ({ page }) => {
	await page.route('**/hostile/empty-events.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: HOSTILE })
	);
	await gotoApp(page, '/?data=hostile/empty-events.json');
	await expectHostileReport(page);
});

test('a link naming 100,000 unknown actors gives two notices and shows every event', async ({
	page
}) => {
	// The preview server refuses a 1 MB request line (a static host may not): the browser keeps
	// the long address while the page itself is fetched as "/".
	await page.route(
		(url) => url.pathname === '/' && url.searchParams.has('actors'),
		async (route) => route.fulfill({ response: await route.fetch({ url: '/' }) })
	);
	await gotoApp(page, `/?actors=${unknownActorsParam(100_000)}`);
	const notice = page.locator('[data-notice]');
	await expect(notice.locator('li')).toHaveText([
		'the link names 100,000 actors; only the first 10,000 were read',
		'the actors “nobody-0”, “nobody-1”, “nobody-2”, “nobody-3”, “nobody-4” and 9,995 more are not known and were left out'
	]);
	await expect(page.locator('[data-filter-summary] [role="status"]')).toHaveText(
		/^Showing all \d+ events$/
	);
});

test('a file starting with a byte-order mark opens, as in the validator', async ({ page }) => {
	await gotoApp(page, '/');
	await picker(page).setInputFiles({
		name: 'with-bom.json',
		mimeType: 'application/json',
		buffer: Buffer.from(withByteOrderMark())
	});
	await expect(heading(page)).toHaveText(smallDataset().meta.title);
});

test('a byte that is not UTF-8 is refused with its offset, as in the validator', async ({
	page
}) => {
	const { bytes, offset } = withLatin1Byte();
	await gotoApp(page, '/');
	await picker(page).setInputFiles({
		name: 'latin-1.json',
		mimeType: 'application/json',
		buffer: Buffer.from(bytes)
	});
	const list = problems(page);
	await expect(list).toContainText('latin-1.json could not be opened');
	await expect(list.locator('li')).toHaveText(`latin-1.json: ${invalidUtf8Message(bytes, offset)}`);
	await expect(heading(page)).toHaveText(bundled.meta.title);
});
