/**
 * The event table at 20,000 events: only the rows near the viewport are in the DOM, the
 * scroll height is the whole list's, scrolling to the end shows the last event, and the
 * keyboard moves between rows (scrolling them into view) and opens one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sortEventsByTime } from '../../src/lib/data/time/sortEvents';
import { randomDataset } from '../fixtures/randomDataset';
import { gotoApp } from './app';

const EVENT_COUNT = 20_000;
/** Rows drawn at most: a viewport's worth and the overscan, far below the event count. */
const MAX_ROWS_IN_DOM = 150;

// Opening 20,000 events draws every view; allow for a busy machine.
test.describe.configure({ timeout: 300_000 });

const dataset = randomDataset(20_000, {
	events: EVENT_COUNT,
	states: 12,
	peoplePerState: 3,
	spanDays: 900
});
const inTimeOrder = sortEventsByTime(dataset.events).map((event) => event.id);
const file = join(mkdtempSync(join(tmpdir(), 'parley-virtual-')), 'twenty-thousand.json');
writeFileSync(file, JSON.stringify(dataset));

const rows = (page: Page) => page.locator('table.events tbody tr[data-event-id]');
const focusedRowIndex = (page: Page) =>
	page.evaluate(() =>
		Number(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex') ?? NaN)
	);

async function openLargeDataset(page: Page) {
	await gotoApp(page, '/');
	await page.getByLabel(/Dataset files/).setInputFiles(file);
	await expect(page.locator('table.events caption')).toContainText(`All ${EVENT_COUNT} events`, {
		// Reading and checking 20,000 events in the worker takes a while on a busy machine.
		timeout: 90_000
	});
}

test('a 20,000-event table keeps few rows in the DOM and scrolls to the last event', async ({
	page
}) => {
	await openLargeDataset(page);
	const table = page.locator('table.events');
	await expect(table).toHaveAttribute('aria-rowcount', String(EVENT_COUNT + 1));
	await expect(page.locator('[data-filter-summary] .count')).toHaveText(
		`Showing all ${EVENT_COUNT.toLocaleString('en-GB')} events`
	);
	await expect(rows(page).first()).toHaveAttribute('data-event-id', inTimeOrder[0]!);
	expect(await rows(page).count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);

	// The page is as tall as every row would make it (at least 40 px a row).
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(height).toBeGreaterThan(EVENT_COUNT * 40);

	// A jump (a script, the scrollbar, the End key) lands where it was sent and stays there.
	// The rows drawn there for the first time are as tall as guessed until measured; the
	// browser's scroll anchoring chased each row's error and ran the page on to the list's end.
	const tableTop = await page.evaluate(
		() => document.querySelector('table.events')!.getBoundingClientRect().top + window.scrollY
	);
	for (const to of [tableTop + 5_000, tableTop + 60_000, tableTop + 300_000]) {
		await page.evaluate((y) => window.scrollTo(0, y), to);
		await page.waitForTimeout(600);
		expect(
			Math.abs((await page.evaluate(() => window.scrollY)) - to),
			`after a jump to ${to}`
		).toBeLessThan(2);
	}
	// Then the wheel scrolls steadily up through rows never drawn before: the row under the
	// pointer moves by the wheel's step, not by the rows' measuring.
	await page.mouse.move(640, 400);
	const rowUnderPointer = () =>
		page.evaluate(
			() =>
				document.elementFromPoint(640, 400)?.closest('tr')?.getAttribute('data-event-id') ?? null
		);
	const topOf = (id: string) =>
		page.evaluate(
			(id) => document.querySelector(`tr[data-event-id="${id}"]`)!.getBoundingClientRect().top,
			id
		);
	for (let step = 0; step < 8; step++) {
		const id = await rowUnderPointer();
		expect(id, 'a row under the pointer').not.toBeNull();
		const before = await topOf(id!);
		await page.mouse.wheel(0, -100);
		await expect
			.poll(() => page.evaluate(() => window.scrollY))
			.toBeLessThan(tableTop + 300_000 - 100 * step - 50);
		await page.waitForTimeout(100);
		expect(Math.abs((await topOf(id!)) - before - 100), `wheel step ${step}`).toBeLessThan(2);
	}

	// Scrolling to the end draws the last events; measured rows may move the end a little, so
	// scroll again until it holds.
	const last = page.locator(`tr[data-event-id="${inTimeOrder.at(-1)}"]`);
	await expect(async () => {
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await expect(last).toBeInViewport({ timeout: 1_000 });
	}).toPass({ timeout: 20_000 });
	await expect(last).toHaveAttribute('aria-rowindex', String(EVENT_COUNT + 1));
	expect(await rows(page).count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);

	// Sorting still covers every event: the first row by status descending is a cancelled one.
	await page.evaluate(() => window.scrollTo(0, 0));
	await page
		.getByRole('columnheader', { name: /Status/ })
		.getByRole('button')
		.click();
	await page
		.getByRole('columnheader', { name: /Status/ })
		.getByRole('button')
		.click();
	await expect(rows(page).first()).toHaveAttribute('data-status', 'cancelled');
	expect(await rows(page).count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
});

test('the keyboard moves between rows of the virtual table, scrolls them into view, and opens one', async ({
	page
}) => {
	await openLargeDataset(page);
	const first = rows(page).first();
	await first.locator('button.open').focus();
	expect(await focusedRowIndex(page)).toBe(2);

	await page.keyboard.press('ArrowDown');
	await expect.poll(() => focusedRowIndex(page)).toBe(3);
	await page.keyboard.press('ArrowUp');
	await expect.poll(() => focusedRowIndex(page)).toBe(2);

	await page.keyboard.press('PageDown');
	await expect.poll(() => focusedRowIndex(page)).toBeGreaterThan(4);

	await page.keyboard.press('End');
	await expect.poll(() => focusedRowIndex(page), { timeout: 10_000 }).toBe(EVENT_COUNT + 1);
	const last = page.locator(`tr[data-event-id="${inTimeOrder.at(-1)}"]`);
	await expect(last).toBeInViewport();
	await expect(last.locator('button.open')).toBeFocused();
	expect(await rows(page).count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);

	await page.keyboard.press('Home');
	await expect.poll(() => focusedRowIndex(page), { timeout: 10_000 }).toBe(2);
	await expect(page.locator(`tr[data-event-id="${inTimeOrder[0]}"]`)).toBeInViewport();

	// Enter opens the focused event.
	await page.keyboard.press('Enter');
	const detail = page.getByRole('dialog');
	await expect(detail).toBeVisible();
	await expect(detail).toContainText(dataset.events.find((e) => e.id === inTimeOrder[0])!.summary);
});
