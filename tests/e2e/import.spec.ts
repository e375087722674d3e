/**
 * Opening your own dataset: the file picker, dropping files, `?data=<url>`, spreadsheets, bad
 * input that never replaces what is shown, restoring on the next visit, and hostile text.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app';
import { watchForErrors } from './pageErrors';
import { writeSyntheticStraitFiles } from '../fixtures/syntheticStraitFiles';

// Several tests render the 420-event fixture in every view; allow for a busy machine.
test.describe.configure({ timeout: 60_000 });

interface DatasetFile {
	meta: { title: string };
	events: { id: string; summary: string }[];
	actors: { id: string }[];
}

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetFile;
const synthetic = writeSyntheticStraitFiles();
const FIXTURE_PATH = synthetic.datasetPath;
const FIXTURE_TEXT_PATH = synthetic.textPath;
const fixtureText = synthetic.datasetText;
const fixture = JSON.parse(fixtureText) as DatasetFile;
const EVENTS_TEMPLATE = 'static/templates/events-template.csv';
const ACTORS_TEMPLATE = 'static/templates/actors-template.csv';

const rows = (page: Page) => page.locator('table.events tbody tr[data-event-id]');
const picker = (page: Page) => page.getByLabel(/Dataset files/);
const alert = (page: Page) => page.getByRole('alert');

/** Records script and console errors and any dialog (alert, confirm) the page opens. */
function watch(page: Page) {
	const seen = { errors: watchForErrors(page), dialogs: [] as string[] };
	page.on('dialog', async (dialog) => {
		seen.dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return seen;
}

async function expectBundledShown(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(bundled.meta.title);
	await expect(rows(page)).toHaveCount(bundled.events.length);
	await expect(page.locator('table.events caption')).toContainText(
		`All ${bundled.events.length} events`
	);
}

async function expectFixtureShown(page: Page) {
	// Fetching, checking in the worker and drawing 420 events can take a while on a busy machine.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixture.meta.title, {
		timeout: 20_000
	});
	await expect(rows(page)).toHaveCount(fixture.events.length);
	await expect(page.locator('table.events caption')).toContainText(
		`All ${fixture.events.length} events`
	);
}

async function openBundledPage(page: Page, query = '') {
	await gotoApp(page, `/${query}`);
	await expectBundledShown(page);
}

test('opening the fixture with the file picker shows its events, its count and where it came from', async ({
	page
}) => {
	const seen = watch(page);
	await openBundledPage(page);
	await picker(page).setInputFiles([FIXTURE_PATH, FIXTURE_TEXT_PATH]);
	await expectFixtureShown(page);
	await expect(page.locator('[data-dataset-origin="opened"]')).toContainText(
		'Showing synthetic-strait.json, opened from a file on'
	);
	// Its quotes were checked against the stored text, so there is nothing to warn about.
	await expect(page.locator('[data-problem-list]')).toHaveCount(0);
	for (const id of fixture.events.slice(0, 5).map((e) => e.id)) {
		await expect(page.locator(`tr[data-event-id="${id}"]`)).toHaveCount(1);
	}
	expect(seen.errors).toEqual([]);
});

test('a dataset whose stored text was not picked opens, with a warning that its quotes were not checked', async ({
	page
}) => {
	await openBundledPage(page);
	await picker(page).setInputFiles(FIXTURE_PATH);
	await expectFixtureShown(page);
	const warning = page.getByRole('status').filter({ hasText: 'opened with 1 warning' });
	await expect(warning).toContainText('sources[0].text');
	await expect(warning).toContainText('pick strait-bulletin.txt together with the dataset');
	await expect(alert(page)).toHaveCount(0);
});

test('a spreadsheet pair from the templates opens', async ({ page }) => {
	await openBundledPage(page);
	await picker(page).setInputFiles([ACTORS_TEMPLATE, EVENTS_TEMPLATE]);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'events-template.csv and actors-template.csv'
	);
	const eventRows = readFileSync(EVENTS_TEMPLATE, 'utf8').trim().split('\n').length - 1;
	await expect(rows(page)).toHaveCount(eventRows);
	await expect(alert(page)).toHaveCount(0);
});

const json = (name: string, value: unknown) => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value))
});
const withBadReference = () => {
	const dataset = JSON.parse(fixtureText);
	dataset.events[2].sourceActors[0] = 'norvan';
	dataset.events[7].date.value = '2021-02-30';
	return dataset;
};
const eventsTemplate = readFileSync(EVENTS_TEMPLATE, 'utf8').split('\n');

const BAD_INPUTS = [
	{
		kind: 'not JSON or CSV at all',
		files: [{ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) }],
		place: 'photo.png',
		fault: 'this is not a JSON dataset, a CSV spreadsheet or a .txt source text'
	},
	{
		kind: 'a binary file named .json',
		files: [json('archive.json', 'PK\u0003\u0004\u0000\u0000\u0000')],
		place: 'archive.json',
		fault: 'it holds binary data'
	},
	{
		kind: 'an empty file',
		files: [json('empty.json', '')],
		place: 'empty.json',
		fault: 'the file is empty'
	},
	{
		kind: 'invalid JSON',
		files: [json('broken.json', '{\n  "schemaVersion": "1.0",\n  "meta": }')],
		place: 'broken.json',
		fault: 'not valid JSON at line 3, column 11: expected a value'
	},
	{
		kind: 'the wrong shape',
		files: [json('package.json', { name: 'x', version: '1.0.0' })],
		place: '$',
		fault: 'this JSON is not a Parley dataset'
	},
	{
		kind: 'loader checks',
		files: [json('strait-broken.json', withBadReference())],
		place: 'events[2].sourceActors[0]',
		fault: 'unknown actor "norvan"; did you mean "norvane"?'
	},
	{
		kind: 'a bad spreadsheet row',
		files: [
			{
				name: 'events.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(
					[
						...eventsTemplate.slice(0, 2),
						eventsTemplate[2]!.replace('2024-03-08', '2024-03-32')
					].join('\n')
				)
			},
			{ name: 'actors.csv', mimeType: 'text/csv', buffer: readFileSync(ACTORS_TEMPLATE) }
		],
		place: 'events.csv row 3, column date',
		fault: 'is not a date in the form YYYY-MM-DD'
	},
	{
		kind: 'one CSV alone',
		files: [{ name: 'events.csv', mimeType: 'text/csv', buffer: readFileSync(EVENTS_TEMPLATE) }],
		place: 'events.csv',
		fault: 'a spreadsheet needs two CSV files picked together'
	}
];

// One page takes every kind of bad input in turn: each is listed with its place, and after
// all of them the dataset first shown is still there and usable (nothing already loaded lost).
test('bad input of every kind is listed with its place while the open dataset stays', async ({
	page
}) => {
	// A hang bound for eight loads in a row, not a timing.
	test.setTimeout(120_000);
	await openBundledPage(page);
	for (const bad of BAD_INPUTS) {
		await test.step(bad.kind, async () => {
			await picker(page).setInputFiles(bad.files);
			const problems = alert(page);
			await expect(problems.locator('li').filter({ hasText: bad.fault }).first()).toContainText(
				bad.place
			);
			// The report names what was picked this time (a pair as "events.csv + actors.csv").
			await expect(problems).toContainText(`${bad.files[0]!.name}`);
			await expect(problems).toContainText('could not be opened');
			await expect(problems).toContainText('events.json is still shown');
			await expectBundledShown(page);
		});
	}
	// Still usable: the table sorts.
	await page.getByRole('button', { name: /Status/ }).click();
	await expect(page.locator('table.events caption')).toContainText('sorted by status');
});

test('a file over the size limit is refused with the limit stated', async ({ page }) => {
	const folder = mkdtempSync(join(tmpdir(), 'parley-'));
	const big = join(folder, 'huge.json');
	const handle = openSync(big, 'w');
	ftruncateSync(handle, 201 * 1024 * 1024); // sparse: takes no disk space
	closeSync(handle);
	await openBundledPage(page);
	await picker(page).setInputFiles(big);
	await expect(alert(page)).toContainText('huge.json');
	await expect(alert(page)).toContainText('Parley opens files up to 200 MB');
	await expectBundledShown(page);
});

test('a dataset with many errors lists the first 50 in full and counts the rest by kind', async ({
	page
}) => {
	const dataset = JSON.parse(fixtureText);
	for (const event of dataset.events) event.sourceActors = ['nobody'];
	await openBundledPage(page);
	await picker(page).setInputFiles([
		json('many.json', dataset),
		{ name: 'strait-bulletin.txt', mimeType: 'text/plain', buffer: readFileSync(FIXTURE_TEXT_PATH) }
	]);
	await expect(alert(page)).toContainText(
		`The first 50 are listed in full, the other ${dataset.events.length - 50} counted by kind`
	);
	await expect(alert(page).locator('li')).toHaveCount(50);
	await expect(alert(page).locator('[data-problem-kind="reference"] h3')).toContainText(
		`(${dataset.events.length})`
	);
	await expectBundledShown(page);
});

test('a dataset with unknown fields opens, with a warning', async ({ page }) => {
	const dataset = JSON.parse(fixtureText);
	dataset.events[0].colour = 'red';
	await openBundledPage(page);
	await picker(page).setInputFiles([
		json('coloured.json', dataset),
		{ name: 'strait-bulletin.txt', mimeType: 'text/plain', buffer: readFileSync(FIXTURE_TEXT_PATH) }
	]);
	await expectFixtureShown(page);
	await expect(page.getByRole('status').filter({ hasText: 'opened with 1 warning' })).toContainText(
		'events[0].colour'
	);
});

test('dropping a file anywhere on the page opens it, with a drop target shown while dragging', async ({
	page
}) => {
	await openBundledPage(page);
	const dataTransfer = await page.evaluateHandle((text) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
		return transfer;
	}, fixtureText);
	await page.dispatchEvent('table.events', 'dragenter', { dataTransfer });
	await expect(page.locator('[data-drop-target]')).toBeVisible();
	await expect(page.locator('[data-drop-target]')).toContainText('Drop a JSON dataset');
	await page.dispatchEvent('table.events', 'dragover', { dataTransfer });
	await page.dispatchEvent('table.events', 'drop', { dataTransfer });
	await expect(page.locator('[data-drop-target]')).toHaveCount(0);
	await expectFixtureShown(page);
	await expect(page.locator('[data-dataset-origin="opened"]')).toContainText('dropped.json');
});

test('?data= with a good same-origin address opens that dataset', async ({ page }) => {
	await page.route('**/newsroom/strait.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: fixtureText })
	);
	await gotoApp(page, '/?data=newsroom/strait.json');
	await expectFixtureShown(page);
	await expect(page.locator('[data-dataset-origin="opened"]')).toContainText(
		'opened from http://127.0.0.1'
	);
	expect(new URL(page.url()).searchParams.get('data')).toBe('newsroom/strait.json');
});

test('a ?data= link keeps its filters: they apply to the dataset it opens', async ({ page }) => {
	await page.route('**/newsroom/strait.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: fixtureText })
	);
	const fixture = JSON.parse(fixtureText) as { actors: { id: string; kind: string }[] };
	const state = fixture.actors.find((a) => a.kind === 'state')!.id;
	expect(bundled.actors.some((a) => a.id === state)).toBe(false);
	await gotoApp(page, `/?data=newsroom/strait.json&actors=${state}`);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(bundled.meta.title);
	await expect(page.locator('[data-notice]')).toHaveCount(0);
	await expect(page).toHaveURL(new RegExp(`actors=${state}`));
	await expect(page.locator('[data-filter-summary]')).toContainText('involving');
});

test('?data= with an address that answers 404 says so, and the bundled dataset stays', async ({
	page
}) => {
	await page.route('**/missing.json', (route) => route.fulfill({ status: 404, body: 'nope' }));
	await gotoApp(page, '/?data=missing.json');
	await expect(alert(page)).toContainText('the server answered 404');
	await expect(alert(page)).toContainText('missing.json');
	await expectBundledShown(page);
});

test('?data= with a server that does not allow cross-origin reads says so', async ({ page }) => {
	// A refused CORS read fails like a network error, yet the server answers an opaque
	// (no-cors) request; Playwright's fulfil skips CORS checks, so the refusal is simulated.
	await page.route('https://news.example/**', (route) =>
		route.request().headers()['origin']
			? route.abort('failed')
			: route.fulfill({ status: 200, body: fixtureText })
	);
	await gotoApp(page, `/?data=${encodeURIComponent('https://news.example/strait.json')}`);
	await expect(alert(page)).toContainText('does not allow other sites to read this file');
	await expect(alert(page)).toContainText('https://news.example/strait.json');
	await expectBundledShown(page);
});

test('?data= with a server that cannot be reached says so', async ({ page }) => {
	await page.route('https://offline.example/**', (route) => route.abort('internetdisconnected'));
	await gotoApp(page, `/?data=${encodeURIComponent('https://offline.example/strait.json')}`);
	await expect(alert(page)).toContainText('offline.example could not be reached');
	await expectBundledShown(page);
});

test('?data= with an address that returns a web page says it is not a dataset', async ({
	page
}) => {
	await page.route('**/page.json', (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>hi</p>' })
	);
	await gotoApp(page, '/?data=page.json');
	await expect(alert(page)).toContainText('this looks like a web page');
	await expectBundledShown(page);
});

test('a reload brings back the opened dataset; "Back to the bundled dataset" returns to it for good', async ({
	page
}) => {
	await openBundledPage(page);
	await picker(page).setInputFiles([FIXTURE_PATH, FIXTURE_TEXT_PATH]);
	await expectFixtureShown(page);
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expectFixtureShown(page);
	await expect(page.locator('[data-dataset-origin="opened"]')).toContainText(
		'kept from your last visit'
	);
	await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
	await expectBundledShown(page);
	await expect(page.locator('[data-dataset-origin="bundled"]')).toBeVisible();
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expectBundledShown(page);
	await page.waitForTimeout(300);
	await expectBundledShown(page);
});

test('switching datasets drops a selection that no longer applies, with a notice', async ({
	page
}) => {
	const selected = bundled.events[0]!.id;
	await gotoApp(page, `/?event=${selected}`);
	await expect(page.locator(`tr[data-event-id="${selected}"]`)).toHaveClass(/selected/);
	await picker(page).setInputFiles([FIXTURE_PATH, FIXTURE_TEXT_PATH]);
	await expectFixtureShown(page);
	await expect(page.locator('[data-notice]')).toContainText(
		`the selected event ${selected}, not in synthetic-strait.json`
	);
});

test('markup in a dataset shows as text and never runs', async ({ page }) => {
	const seen = watch(page);
	await openBundledPage(page);
	await picker(page).setInputFiles([FIXTURE_PATH, FIXTURE_TEXT_PATH]);
	await expectFixtureShown(page);
	const hostile = fixture.events.filter((e) => /<script|onerror/.test(e.summary));
	expect(hostile.length).toBeGreaterThanOrEqual(2);
	for (const event of hostile) {
		await expect(page.locator(`tr[data-event-id="${event.id}"] .summary`)).toHaveText(
			event.summary
		);
	}
	await expect(page.locator('table.events img, table.events script')).toHaveCount(0);
	await page.waitForTimeout(200);
	expect(seen.dialogs).toEqual([]);
	expect(seen.errors).toEqual([]);
});
