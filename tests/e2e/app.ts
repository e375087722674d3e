/**
 * Opening the app in a test: navigate, then wait until it runs (hydrated, the URL applied), not
 * just its prerendered HTML.
 */
import type { Page } from '@playwright/test';

export async function gotoApp(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}
