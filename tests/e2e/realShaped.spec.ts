/**
 * Smoke test on the real-shaped fixture (what real reporting has: announcements before events,
 * postponed and rescheduled rounds, two relations to the same event, actors without
 * coordinates, dozens of sources): every event opens from its table row and from its timeline
 * mark, every network edge lists its events, every column sorts, and nothing errs.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../../src/lib/data/schema';
import { describeReportedAt } from '../../src/lib/data/time/describeReportedAt';
import { relatedLinks } from '../../src/lib/data/eventDetailLists';
import { gotoApp } from './app';
import { watchForErrors } from './pageErrors';
import { openRealShaped, realShaped as fixture } from './realShaped';

/**
 * The fixture; or, run by hand, another file (`PARLEY_SMOKE_DATASET=path/to/dataset.json`),
 * e.g. a real dataset that is not ours to commit.
 */
const OTHER = process.env.PARLEY_SMOKE_DATASET;
const realShaped: Dataset = OTHER ? (JSON.parse(readFileSync(OTHER, 'utf8')) as Dataset) : fixture;

async function openDataset(page: Page) {
	if (!OTHER) return openRealShaped(page);
	await gotoApp(page, '/');
	await page.getByLabel(/Dataset files/).setInputFiles(OTHER);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(realShaped.meta.title, {
		timeout: 20_000
	});
	await expect(page.locator('table.events tbody tr[data-event-id]')).toHaveCount(
		realShaped.events.length
	);
}

test.describe.configure({ timeout: 480_000 });

const detail = (page: Page) => page.locator('[data-event-detail]');

/** The panel shows the event, its "who knew when", and each of its relations once. */
async function expectDetailOf(page: Page, id: string) {
	const event = realShaped.events.find((e) => e.id === id)!;
	await expect(detail(page)).toHaveAttribute('data-event-detail', id);
	const reported = describeReportedAt(event);
	if (reported) await expect(detail(page).locator('[data-reported-at]')).toHaveText(reported);
	else await expect(detail(page).locator('[data-reported-at]')).toHaveCount(0);
	await expect(detail(page).locator('ul.related li')).toHaveCount(relatedLinks(event).length);
}

test('every event opens from its table row, with no page error', async ({ page }) => {
	const errors = watchForErrors(page);
	await openDataset(page);
	for (const event of realShaped.events) {
		await page.locator(`table.events tr[data-event-id="${event.id}"] button.open`).click();
		await expectDetailOf(page, event.id);
		await page.keyboard.press('Escape');
		await expect(detail(page)).toHaveCount(0);
	}
	expect(errors).toEqual([]);
});

test('every event opens from its timeline mark, with no page error', async ({ page }) => {
	const errors = watchForErrors(page);
	await openDataset(page);
	const timeline = page.locator('svg[data-chart="timeline"]');
	// At the default zoom a dense stretch is drawn as a density band, not as marks.
	let opened = 0;
	for (const event of realShaped.events) {
		const mark = timeline.locator(`.mark[data-event-id="${event.id}"]`).first();
		const search = page.getByRole('searchbox', { name: 'Search' });
		if ((await mark.count()) === 0) {
			// As a person would: search for it, then "Fit all" zooms onto what is shown.
			await search.fill(event.summary.slice(0, 60));
			await page.getByRole('button', { name: 'Fit all' }).click();
			await expect(mark).toBeAttached();
		}
		await mark.focus();
		await page.keyboard.press('Enter');
		await expectDetailOf(page, event.id);
		await page.keyboard.press('Escape');
		await expect(detail(page)).toHaveCount(0);
		opened++;
		if (await search.inputValue()) await search.fill('');
	}
	expect(opened).toBe(realShaped.events.length);
	expect(errors).toEqual([]);
});

test('every network edge lists its events, and each listed event opens, with no page error', async ({
	page
}) => {
	const errors = watchForErrors(page);
	await openDataset(page);
	const network = page.locator('svg[data-chart="network"]');
	await network.scrollIntoViewIfNeeded();
	const edges = network.locator('[data-layer="edges"] [data-edge-key][role="button"]');
	const keys = await edges.evaluateAll((groups) =>
		groups.map((g) => g.getAttribute('data-edge-key')!)
	);
	expect(keys.length).toBeGreaterThan(0);
	for (const key of keys) {
		const edge = network.locator(`[data-edge-key="${key}"][role="button"]`);
		await edge.focus();
		await page.keyboard.press('Enter');
		const panel = page.locator('section.panel[data-panel="edge"]');
		const listed = panel.locator('li[data-event-id]');
		await expect(panel, `edge ${key} opens its list`).toBeVisible();
		const ids = await listed.evaluateAll((items) =>
			items.map((li) => li.getAttribute('data-event-id')!)
		);
		expect(new Set(ids).size, `edge ${key} lists each event once`).toBe(ids.length);
		// An edge of a standing relation only (no events of its own) lists none.
		if (ids.length === 0) {
			await expect(panel.locator('li.empty')).toBeVisible();
			continue;
		}
		await panel.locator(`li[data-event-id="${ids[0]}"] button`).click();
		await expectDetailOf(page, ids[0]!);
		await page.keyboard.press('Escape');
	}
	expect(errors).toEqual([]);
});

test('every table column sorts both ways, with no page error', async ({ page }) => {
	const errors = watchForErrors(page);
	await openDataset(page);
	const sortButtons = page.locator('table.events thead th button.sort');
	const count = await sortButtons.count();
	expect(count).toBeGreaterThan(3);
	for (let i = 0; i < count; i++) {
		const header = page.locator('table.events thead th[aria-sort]').nth(i);
		const seen = new Set<string | null>();
		for (let click = 0; click < 2; click++) {
			await sortButtons.nth(i).click();
			await expect(header).toHaveAttribute('aria-sort', /^(ascending|descending)$/);
			seen.add(await header.getAttribute('aria-sort'));
			await expect(page.locator('table.events tbody tr[data-event-id]')).toHaveCount(
				realShaped.events.length
			);
		}
		expect(seen, `column ${i + 1} sorts both ways`).toEqual(new Set(['ascending', 'descending']));
	}
	expect(errors).toEqual([]);
});
