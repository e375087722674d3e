/** The real-shaped fixture opens through the file picker without a script error. */
import { expect, test } from '@playwright/test';
import { openRealShaped, realShaped } from './realShaped';

test.describe.configure({ timeout: 60_000 });

test('opening the real-shaped fixture at 1440x900 shows its title and counts its events', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.setViewportSize({ width: 1440, height: 900 });
	await openRealShaped(page);
	await expect(page.locator('.dataset .facts')).toContainText(
		`${realShaped.events.length} events, ${realShaped.actors.length} actors, ${realShaped.sources.length} sources`
	);
	await expect(page.locator('table.events caption')).toContainText(
		`All ${realShaped.events.length} events`
	);
	await expect(page.locator('[data-problem-list]')).toHaveCount(0);
	expect(errors).toEqual([]);
});
