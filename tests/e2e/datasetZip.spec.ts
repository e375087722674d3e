/**
 * A dataset and its source texts in one .zip (what "Download dataset" writes) opens like the
 * same files picked together: with the picker, by dropping it, and a broken one is refused
 * while the open dataset stays.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { zipDataset } from '../../src/lib/data/loading/datasetZip';
import type { Dataset } from '../../src/lib/data/schema';
import { gotoApp } from './app';
import { watchForErrors } from './pageErrors';

test.describe.configure({ timeout: 60_000 });

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
const texts = { 'sources/article.txt': readFileSync('data/sources/article.txt', 'utf8') };
// Told apart from the bundled dataset by its title.
const packed: Dataset = { ...bundled, meta: { ...bundled.meta, title: 'Packed in a zip' } };
const folder = mkdtempSync(join(tmpdir(), 'parley-zip-e2e-'));
const ZIP_PATH = join(folder, 'packed.zip');
writeFileSync(ZIP_PATH, zipDataset(packed, texts));

const rows = (page: Page) => page.locator('table.events tbody tr[data-event-id]');
const picker = (page: Page) => page.getByLabel(/Dataset files/);

async function expectPackedShown(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Packed in a zip', {
		timeout: 20_000
	});
	await expect(rows(page)).toHaveCount(packed.events.length);
	await expect(page.locator('[data-dataset-origin="opened"]')).toContainText('packed.zip');
	// The quotes were checked against the text packed beside the dataset: nothing to warn about.
	await expect(page.locator('[data-problem-list]')).toHaveCount(0);
}

test('a .zip of events.json and sources/*.txt opens from the picker, its quotes checked', async ({
	page
}) => {
	const errors = watchForErrors(page);
	await gotoApp(page, '/');
	await picker(page).setInputFiles(ZIP_PATH);
	await expectPackedShown(page);
	expect(errors).toEqual([]);
});

test('a .zip dropped on the page opens', async ({ page }) => {
	await gotoApp(page, '/');
	const bytes = [...readFileSync(ZIP_PATH)];
	const dataTransfer = await page.evaluateHandle((data) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([new Uint8Array(data)], 'packed.zip', { type: 'application/zip' }));
		return transfer;
	}, bytes);
	await page.dispatchEvent('table.events', 'dragenter', { dataTransfer });
	await page.dispatchEvent('table.events', 'dragover', { dataTransfer });
	await page.dispatchEvent('table.events', 'drop', { dataTransfer });
	await expectPackedShown(page);
});

test('a broken .zip is refused with its name and reason, and the bundled dataset stays', async ({
	page
}) => {
	const broken = join(folder, 'broken.zip');
	writeFileSync(broken, 'this is not a zip archive');
	await gotoApp(page, '/');
	await picker(page).setInputFiles(broken);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('broken.zip could not be opened');
	await expect(alert).toContainText('is not a readable .zip archive');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundled.meta.title);
	await expect(rows(page)).toHaveCount(bundled.events.length);
});
