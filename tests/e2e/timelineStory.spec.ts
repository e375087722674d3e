import { expect, test } from '@playwright/test';
import { openRealShaped, realShaped } from './realShaped';

test.describe('the timeline tells a real-shaped dataset’s story', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('it opens on the body of the events, starts on the first screen, and its edges go to the outliers', async ({
		page
	}) => {
		await openRealShaped(page);
		const svg = page.locator('svg[data-chart="timeline"]');
		const top = await svg.evaluate((element) => element.getBoundingClientRect().top + scrollY);
		expect(top).toBeLessThan(900);
		const before = page.locator('[data-edge="before"]');
		await expect(before).toHaveText(/← \d+ earlier/);
		const start = Date.parse((await svg.getAttribute('data-visible-start'))!);
		const earlier = realShaped.events.filter((event) => Date.parse(event.date.value) < start);
		expect(earlier.length).toBeGreaterThan(0);
		expect(earlier.length).toBeLessThanOrEqual(0.15 * realShaped.events.length);
		await before.click();
		await expect
			.poll(async () => Date.parse((await svg.getAttribute('data-visible-start'))!))
			.toBeLessThan(start);
	});

	test('a skip link reaches the chart in a few key presses', async ({ page }) => {
		await openRealShaped(page);
		await page.evaluate(() => {
			(document.activeElement as HTMLElement | null)?.blur();
			window.scrollTo(0, 0);
		});
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to timeline' })).toBeFocused();
		await page.keyboard.press('Enter');
		let presses = 2;
		while (presses < 8) {
			await page.keyboard.press('Tab');
			presses++;
			const inChart = await page.evaluate(
				() => !!document.activeElement?.closest('svg[data-chart="timeline"]')
			);
			if (inChart) break;
		}
		await expect(page.locator('svg[data-chart="timeline"] [data-focus-item]:focus')).toHaveCount(1);
		expect(presses).toBeLessThanOrEqual(8);
	});

	test('the time axis stays in view with the chart scrolled to its middle', async ({ page }) => {
		await openRealShaped(page);
		const frame = page.locator('[data-timeline-frame]');
		await frame.evaluate((element) => {
			element.scrollIntoView({ block: 'start' });
			element.scrollTop = (element.scrollHeight - element.clientHeight) / 2;
		});
		const axis = page.locator('.sticky-axis [data-layer="axis"]');
		await expect(axis).toBeInViewport();
		const [frameBox, axisBox] = [(await frame.boundingBox())!, (await axis.boundingBox())!];
		expect(Math.abs(axisBox.y - frameBox.y)).toBeLessThan(50);
	});
});
