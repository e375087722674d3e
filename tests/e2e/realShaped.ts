/**
 * The real-shaped fixture (a fictional ~40-event mediation dataset) and opening it in the app
 * as a person would: through the "Open dataset" file picker.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/schema';
import { gotoApp } from './app';

export const REAL_SHAPED_PATH = 'tests/fixtures/realShaped/dataset.json';

export const realShaped = JSON.parse(readFileSync(REAL_SHAPED_PATH, 'utf8')) as Dataset;

/**
 * Opens the app (unless `navigate` is false, when it is already open), picks the fixture with
 * the "Open dataset" file input, and waits until its title and every event are shown.
 */
export async function openRealShaped(page: Page, { navigate = true } = {}): Promise<void> {
	if (navigate) await gotoApp(page, '/');
	await page.getByLabel(/Dataset files/).setInputFiles(REAL_SHAPED_PATH);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(realShaped.meta.title, {
		timeout: 20_000
	});
	await expect(page.locator('table.events tbody tr[data-event-id]')).toHaveCount(
		realShaped.events.length
	);
}
