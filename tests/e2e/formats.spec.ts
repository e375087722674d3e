/**
 * Other tools' formats: a TimelineJS story (JSON or its Google-Sheet CSV) and an ACLED export
 * open through the file picker and through `?data=`, bad ones say where they are wrong, and the
 * network leaves as GEXF that validates against the published schema.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app';
import { watchForErrors } from './pageErrors';
import { validateGexf } from '../helpers/validateGexf';

test.describe.configure({ timeout: 60_000 });

const DIR = 'tests/fixtures/formats';
const rows = (page: Page) => page.locator('table.events tbody tr[data-event-id]');
const picker = (page: Page) => page.getByLabel(/Dataset files/);
const alert = (page: Page) => page.getByRole('alert');
const bundledTitle = (
	JSON.parse(readFileSync('data/events.json', 'utf8')) as { meta: { title: string } }
).meta.title;

const FORMATS = [
	{
		file: 'timelinejs-story.json',
		title: 'Talks on the Vell river',
		events: 4,
		type: 'application/json'
	},
	{
		file: 'timelinejs-sheet.csv',
		title: 'Talks on the Vell river (sheet)',
		events: 3,
		type: 'text/csv'
	},
	{ file: 'acled-export.csv', title: 'ACLED export acled-export.csv', events: 4, type: 'text/csv' }
];

async function openBundled(page: Page) {
	await gotoApp(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundledTitle);
}

for (const format of FORMATS) {
	test(`${format.file} opens through the file picker`, async ({ page }) => {
		await openBundled(page);
		await picker(page).setInputFiles(`${DIR}/${format.file}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(format.title, {
			timeout: 20_000
		});
		await expect(rows(page)).toHaveCount(format.events);
		await expect(alert(page)).toHaveCount(0);
		// No event has a quote: the table says so for each.
		await expect(page.locator('table.events [data-unquoted]').first()).toBeVisible();
	});

	test(`${format.file} opens through ?data=`, async ({ page }) => {
		await page.route(`**/newsroom/${format.file}`, (route) =>
			route.fulfill({
				status: 200,
				contentType: format.type,
				body: readFileSync(`${DIR}/${format.file}`)
			})
		);
		await gotoApp(page, `/?data=newsroom/${format.file}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(format.title, {
			timeout: 20_000
		});
		await expect(rows(page)).toHaveCount(format.events);
	});
}

test('an unquoted event says so in its details, and a filter keeps only such events', async ({
	page
}) => {
	await openBundled(page);
	await picker(page).setInputFiles(`${DIR}/acled-export.csv`);
	await expect(rows(page)).toHaveCount(4, { timeout: 20_000 });
	await rows(page).first().getByRole('button').first().click();
	const detail = page.locator('[data-event-detail]');
	await expect(detail.locator('[data-unquoted]')).toHaveText('Unquoted');
	await expect(detail.locator('[data-evidence-unquoted]').first()).toContainText(
		'No verbatim quote'
	);
	await detail.getByRole('button', { name: 'Close details' }).click();
	const only = page.getByRole('checkbox', { name: /Only unquoted/ });
	await only.check();
	await expect(rows(page)).toHaveCount(4);
});

test('the "only unquoted" filter is part of the link: it is written, shared and kept on reload', async ({
	page
}) => {
	await page.route('**/newsroom/acled-export.csv', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'text/csv',
			body: readFileSync(`${DIR}/acled-export.csv`)
		})
	);
	await gotoApp(page, '/?data=newsroom/acled-export.csv');
	await expect(rows(page)).toHaveCount(4, { timeout: 20_000 });
	const only = page.getByRole('checkbox', { name: /Only unquoted/ });
	await only.check();
	await expect.poll(() => new URL(page.url()).searchParams.get('quoting')).toBe('unquoted');
	const chips = page.getByRole('list', { name: 'Filters in force' });
	await expect(chips).toContainText('unquoted (coded summaries) only');
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(rows(page)).toHaveCount(4, { timeout: 20_000 });
	await expect(page.getByRole('checkbox', { name: /Only unquoted/ })).toBeChecked();
	await expect(chips).toContainText('unquoted (coded summaries) only');
});

test('hostile TimelineJS text is shown as words: no script runs, no dialog opens', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	const errors = watchForErrors(page);
	await openBundled(page);
	await picker(page).setInputFiles(`${DIR}/timelinejs-hostile.json`);
	await expect(rows(page)).toHaveCount(2, { timeout: 20_000 });
	await expect(page.locator('table.events')).toContainText('Met at the harbour <b>not bold</b>');
	await expect(page.locator('table.events img, table.events script')).toHaveCount(0);
	await expect(page.locator('a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
	expect(errors).toEqual([]);
});

for (const [file, place] of <[string, string][]>[
	['acled-broken.csv', 'acled-broken.csv row 2, column event_date'],
	['timelinejs-broken-dates.json', 'events[0].start_date.day'],
	['timelinejs-sheet-broken.csv', 'timelinejs-sheet-broken.csv row 2, column Day']
]) {
	test(`${file} says where it is wrong, and the dataset shown stays`, async ({ page }) => {
		await openBundled(page);
		await picker(page).setInputFiles(`${DIR}/${file}`);
		await expect(alert(page)).toContainText(place, { timeout: 20_000 });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundledTitle);
	});
}

test('the network exports as GEXF 1.3 that validates and holds the nodes drawn', async ({
	page
}) => {
	await openBundled(page);
	const nodes = page.locator('svg[data-chart="network"] [data-layer="nodes"] [data-actor-id]');
	await expect(nodes.first()).toBeAttached({ timeout: 20_000 });
	const drawn = await nodes.count();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Network (GEXF)' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^parley-network-\d{4}-\d{2}-\d{2}\.gexf$/);
	const text = readFileSync(await download.path(), 'utf8');
	expect(validateGexf(text)).toBe('');
	expect(text.match(/<node /g)).toHaveLength(drawn);
	expect(text).toContain('<viz:position');
});

test('the events shown export as a TimelineJS story that Parley opens again', async ({ page }) => {
	await openBundled(page);
	const count = await rows(page).count();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'TimelineJS (JSON)' }).click()
	]);
	const path = await download.path();
	await picker(page).setInputFiles({
		name: 'story.json',
		mimeType: 'application/json',
		buffer: readFileSync(path)
	});
	await expect(page.locator('[data-dataset-origin="opened"]')).toContainText('story.json', {
		timeout: 20_000
	});
	await expect(rows(page)).toHaveCount(count);
});
