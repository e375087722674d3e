/**
 * Focus not obscured (WCAG 2.4.11): with the event's detail panel open, Tab walks the whole
 * page and every control it lands on can be seen — none sits underneath the panel, on a wide
 * screen (panel at the right) or a phone (sheet at the bottom).
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app';

test.describe.configure({ timeout: 90_000 });

/** Where the focused element is, and whether the panel covers any of it. */
function focusState(page: Page) {
	return page.evaluate(() => {
		const panel = document.querySelector('[data-event-detail]');
		const active = document.activeElement;
		if (!panel || !active || active === document.body) return null;
		const describe = (el: Element) =>
			`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
		if (panel.contains(active)) return { inPanel: true, what: describe(active), covered: false };
		const box = active.getBoundingClientRect();
		const p = panel.getBoundingClientRect();
		// Edges that meet (to a pixel, after rounding) do not count as covering.
		const overlaps =
			box.width > 0 &&
			box.height > 0 &&
			box.left < p.right - 1 &&
			box.right > p.left + 1 &&
			box.top < p.bottom - 1 &&
			box.bottom > p.top + 1;
		// What is drawn at the centre of the focused element (when it is on screen).
		const cx = box.left + box.width / 2;
		const cy = box.top + box.height / 2;
		const onScreen = cx >= 0 && cy >= 0 && cx < innerWidth && cy < innerHeight;
		const top = onScreen ? document.elementFromPoint(cx, cy) : null;
		return {
			inPanel: false,
			what: describe(active),
			covered: overlaps || (top !== null && panel.contains(top))
		};
	});
}

for (const screen of [
	{ name: 'wide screen', width: 1280, height: 800 },
	{ name: 'medium screen', width: 900, height: 700 },
	{ name: 'phone', width: 360, height: 740 }
]) {
	test(`${screen.name}: with the detail panel open, Tab never lands under it`, async ({ page }) => {
		await page.setViewportSize({ width: screen.width, height: screen.height });
		await gotoApp(page, '/');
		await page.locator('table.events button.open').nth(2).click();
		const detail = page.locator('[data-event-detail]');
		await expect(detail).toBeVisible();
		await expect(detail.locator('h2')).toBeFocused();

		const seen: string[] = [];
		let outside = 0;
		let panelVisits = 0;
		for (let i = 0; i < 600 && panelVisits < 2; i++) {
			await page.keyboard.press('Tab');
			const state = await focusState(page);
			if (!state) continue;
			if (state.inPanel) {
				// Count each arrival at the panel's close button: the second means a full lap.
				if (state.what.startsWith('button.close')) panelVisits++;
				continue;
			}
			outside++;
			if (state.covered) seen.push(state.what);
		}
		expect(seen, 'focused controls covered by the detail panel').toEqual([]);
		// The walk really went round the page, not just the panel.
		expect(outside).toBeGreaterThan(20);
		expect(panelVisits).toBe(2);
	});
}
