/**
 * Coding an article into a dataset on the authoring page, as a reporter does it: three events
 * from the fixture article (one "as soon as Friday", one with a mediator, one planned), by mouse
 * and by keyboard alone; the draft survives a reload; a bad entry says what is wrong and loses
 * nothing; the downloaded .zip passes `npm run validate` and opens in Parley with its quotes
 * checked against the article.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { foldWhitespace } from '../../src/lib/data/text/foldWhitespace';
import type { Dataset } from '../../src/lib/data/schema';
import { gotoApp } from './app';
import { ARTICLE, ARTICLE_TEXT, gotoAuthoring, sentence, startDraft, eventForm } from './authoring';
import { tabTo } from './keyboard';
import { watchForErrors } from './pageErrors';

test.describe.configure({ timeout: 120_000 });

const run = promisify(execFile);
const coded = (page: Page) => page.locator('[data-coded-event]');
const picker = (page: Page, role: 'sourceActors' | 'targetActors' | 'mediators') =>
	page.locator(`[data-role-picker="event-${role}"]`);

async function addActor(page: Page, name: string, kind = 'State') {
	await eventForm(page).getByLabel('Actor name').fill(name);
	await eventForm(page).getByLabel('Kind', { exact: true }).selectOption({ label: kind });
	await page.getByRole('button', { name: 'Add actor' }).click();
	await expect(picker(page, 'sourceActors').getByLabel(name)).toBeVisible();
}

test('a reporter codes three events from an article, and Parley opens the downloaded .zip with their quotes checked', async ({
	page,
	browser
}) => {
	const errors = watchForErrors(page);
	await gotoAuthoring(page);
	await startDraft(page);
	await expect(page.locator('[data-coverage]')).toHaveText('0 of 8 sentences quoted');

	// 1. By mouse: "as soon as Friday" in an article of Tuesday 10 March 2026.
	await sentence(page, 'Envoys from Norland').click();
	await expect(page.locator('#event-summary')).toBeFocused();
	await expect(eventForm(page).getByLabel('Quote')).toHaveValue(
		/^Envoys from Norland .* could still slip\.$/
	);
	await expect(eventForm(page).getByLabel('Precision')).toHaveValue('range');
	await expect(eventForm(page).getByLabel('Earliest')).toHaveValue('2026-03-13');
	await expect(eventForm(page).getByLabel('Latest')).toHaveValue('2026-03-20');
	await expect(eventForm(page).getByLabel('Status')).toHaveValue('tentative');
	await expect(eventForm(page).getByLabel('Date wording')).toHaveValue(/as soon as Friday/);
	await page
		.getByLabel('Summary')
		.fill('Norland and Estmark envoys are expected to meet in Calvia.');
	for (const name of ['Norland', 'Estmark', 'Calvia']) await addActor(page, name);
	await picker(page, 'sourceActors').getByLabel('Norland').check();
	await picker(page, 'sourceActors').getByLabel('Estmark').check();
	await picker(page, 'mediators').getByLabel('Calvia').check();
	await eventForm(page).getByLabel('Where').selectOption({ label: 'Calvia' });
	await eventForm(page).getByLabel('Kind of event').selectOption('044');
	await expect(eventForm(page).getByLabel('CAMEO code')).toHaveValue('044');
	await expect(eventForm(page).getByLabel('PLOVER category')).toHaveValue('CONSULT');
	await eventForm(page).getByLabel('Confidence', { exact: true }).selectOption('medium');
	await eventForm(page).getByLabel('Confidence note').fill('Unnamed officials; the date may slip.');
	await page.getByRole('button', { name: 'Add event' }).click();
	await expect(coded(page)).toHaveCount(1);
	await expect(page.locator('[data-coverage]')).toHaveText('1 of 8 sentences quoted');
	await expect(sentence(page, 'Envoys from Norland')).toContainText('coded');

	// 2. By keyboard alone: focus came back to the sentence just coded; the next one is a Tab away.
	await expect(sentence(page, 'Envoys from Norland')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(sentence(page, 'The foreign minister of Calvia')).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#event-summary')).toBeFocused();
	await page.keyboard.type("Calvia's foreign minister phones both sides and offers to host talks.");
	// "on Monday", said of the past: the Monday before publication, an exact day that occurred.
	await expect(eventForm(page).getByLabel('Earliest')).toHaveValue('2026-03-09');
	await expect(eventForm(page).getByLabel('Precision')).toHaveValue('day');
	await expect(eventForm(page).getByLabel('Status')).toHaveValue('occurred');
	await tabTo(page, '#event-confidence');
	await page.keyboard.type('High');
	await tabTo(page, '#event-category');
	await page.keyboard.type('041');
	await expect(eventForm(page).getByLabel('CAMEO label')).toHaveValue('Discuss by telephone');
	for (const [role, actor] of [
		['sourceActors', 'calvia'],
		['targetActors', 'norland'],
		['targetActors', 'estmark']
	] as const) {
		await tabTo(page, `[data-role-picker="event-${role}"] input[data-actor="${actor}"]`);
		await page.keyboard.press('Space');
	}
	await tabTo(page, 'form[data-event-form] button[type="submit"]');
	await page.keyboard.press('Enter');
	await expect(coded(page)).toHaveCount(2);
	await expect(sentence(page, 'The foreign minister of Calvia')).toBeFocused();

	// The draft is kept in the browser: a reload brings it back as it was.
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(coded(page)).toHaveCount(2);
	await expect(page.locator('[data-coverage]')).toHaveText('2 of 8 sentences quoted');
	await expect(page.getByLabel('Draft', { exact: true })).toHaveValue('River talks');

	// 3. A planned event, with a bad entry on the way: its message names the field, and
	// nothing typed is lost.
	await sentence(page, 'A joint technical commission').click();
	await expect(eventForm(page).getByLabel('Earliest')).toHaveValue('2026-03-24');
	await expect(eventForm(page).getByLabel('Status')).toHaveValue('planned');
	await page.getByRole('button', { name: 'Add event' }).click();
	const summaryProblems = page.locator('#event-summary-problems');
	await expect(summaryProblems).toHaveText(/Summary: is required/);
	await expect(page.locator('[data-form-problems]')).toContainText('Acting: pick at least one');
	await expect(page.locator('#event-summary')).toBeFocused();
	await expect(eventForm(page).getByLabel('Earliest')).toHaveValue('2026-03-24');
	await expect(coded(page)).toHaveCount(2);
	await eventForm(page)
		.getByLabel('Summary')
		.fill('A joint commission is to inspect the disputed weir.');
	await picker(page, 'sourceActors').getByLabel('Norland').check();
	await picker(page, 'sourceActors').getByLabel('Estmark').check();
	await eventForm(page).getByLabel('Kind of event').selectOption('046');
	await eventForm(page).getByLabel('Confidence', { exact: true }).selectOption('medium');
	await eventForm(page).getByLabel('Latest').fill('2026-03-20');
	await expect(page.locator('#event-latest-problems')).toHaveText(
		'Latest: the window is inverted: latest 2026-03-20 comes before earliest 2026-03-24'
	);
	await page.getByRole('button', { name: 'Add event' }).click();
	await expect(coded(page)).toHaveCount(2);
	await expect(eventForm(page).getByLabel('Summary')).toHaveValue(
		'A joint commission is to inspect the disputed weir.'
	);
	await eventForm(page).getByLabel('Latest').fill('2026-03-24');
	await expect(page.locator('#event-latest-problems')).toHaveCount(0);
	await page.getByRole('button', { name: 'Add event' }).click();
	await expect(coded(page)).toHaveCount(3);
	await expect(page.locator('[data-coverage]')).toHaveText('3 of 8 sentences quoted');

	// Download: the archive passes the command-line validator with every quote verified.
	const folder = mkdtempSync(join(tmpdir(), 'parley-authoring-'));
	const zipPath = join(folder, 'river-talks.zip');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download dataset (.zip)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('river-talks.zip');
	await download.saveAs(zipPath);
	const entries = unzipSync(readFileSync(zipPath));
	const dataset = JSON.parse(strFromU8(entries['events.json']!)) as Dataset;
	const sourceText = strFromU8(entries[dataset.sources[0]!.text!]!);
	expect(sourceText).toBe(ARTICLE_TEXT);
	expect(dataset.sources[0]).toMatchObject({ url: ARTICLE.url, publishedAt: ARTICLE.publishedAt });
	expect(dataset.events.map((e) => [e.status, e.date.earliest, e.date.latest])).toEqual([
		['tentative', '2026-03-13', '2026-03-20'],
		['occurred', '2026-03-09', '2026-03-09'],
		['planned', '2026-03-24', '2026-03-24']
	]);
	expect(dataset.events[0]!.mediators).toEqual(['calvia']);
	for (const event of dataset.events) {
		expect(foldWhitespace(sourceText)).toContain(event.evidence[0]!.quote);
	}
	const { stdout } = await run(
		process.execPath,
		['--import', 'tsx', 'src/cli/validate.ts', zipPath],
		{ env: { ...process.env, TZ: 'UTC' } }
	);
	expect(stdout).toMatch(/^OK .*river-talks\.zip: .*\(0 errors, 0 warnings\)$/m);

	// Parley opens it, in a fresh page, with the three events and nothing to warn about.
	const viewer = await browser.newPage();
	await gotoApp(viewer, '/');
	await viewer.getByLabel(/Dataset files/).setInputFiles(zipPath);
	await expect(viewer.getByRole('heading', { level: 1 })).toHaveText('River talks', {
		timeout: 20_000
	});
	await expect(viewer.locator('table.events tbody tr[data-event-id]')).toHaveCount(3);
	await expect(viewer.locator('[data-problem-list]')).toHaveCount(0);
	await viewer.close();
	expect(errors).toEqual([]);
});

test('undo and redo step through every change, from the buttons and the keyboard', async ({
	page
}) => {
	await gotoAuthoring(page);
	await startDraft(page, 'Undo draft');
	await sentence(page, "Norland's foreign ministry rejected").click();
	await eventForm(page).getByLabel('Actor name').fill('Norland');
	await page.getByRole('button', { name: 'Add actor' }).click();
	await expect(picker(page, 'sourceActors').getByLabel('Norland')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(picker(page, 'sourceActors').getByLabel('Norland')).toHaveCount(0);
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(picker(page, 'sourceActors').getByLabel('Norland')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).focus();
	await page.keyboard.press('Control+z');
	await expect(picker(page, 'sourceActors').getByLabel('Norland')).toHaveCount(0);
	await page.keyboard.press('Control+Shift+z');
	await expect(picker(page, 'sourceActors').getByLabel('Norland')).toBeVisible();
});

test('"Open in Parley" shows the draft in the viewer', async ({ page }) => {
	await gotoAuthoring(page);
	await startDraft(page, 'Viewer draft');
	await sentence(page, 'Diplomats said').click();
	await eventForm(page).getByLabel('Summary').fill('The commission has not met since 2023.');
	await eventForm(page).getByLabel('Actor name').fill('Norland');
	await page.getByRole('button', { name: 'Add actor' }).click();
	await picker(page, 'sourceActors').getByLabel('Norland').check();
	await eventForm(page).getByLabel('Kind of event').selectOption('010');
	await eventForm(page).getByLabel('Status').selectOption('reported');
	await eventForm(page).getByLabel('Precision').selectOption('year');
	await eventForm(page).getByLabel('Earliest').fill('2023-01-01');
	await eventForm(page).getByLabel('Latest').fill('2023-12-31');
	await eventForm(page).getByLabel('Confidence', { exact: true }).selectOption('low');
	await page.getByRole('button', { name: 'Add event' }).click();
	await expect(coded(page)).toHaveCount(1);
	await page.getByRole('button', { name: 'Open in Parley' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viewer draft', {
		timeout: 20_000
	});
	await expect(page.locator('table.events tbody tr[data-event-id]')).toHaveCount(1);
	await expect(page.locator('[data-dataset-origin="opened"]')).toContainText(
		'Viewer draft (draft)'
	);
});
