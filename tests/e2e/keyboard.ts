/** Driving the page by keyboard alone in a test: Tab until focus reaches what you want. */
import type { Page } from '@playwright/test';

/** Whether the focused element matches a CSS selector. */
export function focusMatches(page: Page, selector: string): Promise<boolean> {
	return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `max`
 * presses, naming where focus was.
 */
export async function tabTo(
	page: Page,
	selector: string,
	{ max = 400, backwards = false }: { max?: number; backwards?: boolean } = {}
): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await focusMatches(page, selector)) return;
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
	}
	const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
	throw new Error(`Tab did not reach ${selector} in ${max} presses; focus is on ${where}`);
}

/** A short description of the focused element, for assertions. */
export function describeFocus(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement;
		return {
			tag: el?.tagName.toLowerCase() ?? null,
			isBody: el === document.body || el === null,
			eventId:
				el?.getAttribute('data-event-id') ??
				el?.closest('[data-event-id]')?.getAttribute('data-event-id') ??
				null,
			markKey: el?.getAttribute('data-mark-key') ?? null,
			actorId: el?.getAttribute('data-actor-id') ?? null,
			text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 120),
			inTimeline: !!el?.closest('svg[data-chart="timeline"]'),
			inNetwork: !!el?.closest('svg[data-chart="network"]'),
			inTable: !!el?.closest('table.events'),
			inDetail: !!el?.closest('[data-event-detail]')
		};
	});
}

/**
 * Puts keyboard focus on the first match of `selector` quickly: focuses it, then Tab and
 * Shift+Tab, so the browser counts it as keyboard focus (:focus-visible) as a person's would.
 */
export async function focusByKeyboard(page: Page, selector: string): Promise<void> {
	await page.locator(selector).first().focus();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Shift+Tab');
	if (!(await focusMatches(page, selector))) {
		const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
		throw new Error(`Tab and Shift+Tab did not come back to ${selector}; focus is on ${where}`);
	}
}
