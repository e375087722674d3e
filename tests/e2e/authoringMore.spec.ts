/**
 * What the authoring page does beyond coding one article: a passage chosen sentence by sentence
 * with the keyboard alone; "Add a source" and "Edit this event" from the viewer, which take the
 * open dataset into a draft; a state picked from the built-in country list, seat and
 * coordinates included; and the draft's charts, docked beside the form on a wide screen and a
 * full-screen sheet on a phone.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { foldWhitespace } from '../../src/lib/data/text/foldWhitespace';
import type { Dataset } from '../../src/lib/data/schema';
import { gotoApp } from './app';
import { ARTICLE, ARTICLE_TEXT, gotoAuthoring, sentence, startDraft, eventForm } from './authoring';
import { tabTo } from './keyboard';
import { watchForErrors } from './pageErrors';

test.describe.configure({ timeout: 120_000 });

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const bundled: Dataset = JSON.parse(readFileSync('data/events.json', 'utf8'));
const lines = ARTICLE_TEXT.split('\n').filter((line) => line.trim() !== '');

/** How many events a timeline draws (a mark may be drawn in more than one layer). */
const drawnEvents = (scope: Locator) =>
	scope
		.locator('svg[data-chart="timeline"] .mark[data-event-id]')
		.evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute('data-event-id'))).size);

const MOVES: Record<string, string> = {
	'Previous sentence': '[data-move="previous"]',
	'Next sentence': '[data-move="next"]',
	'Add next sentence': '[data-move="add-next"]',
	'Drop first sentence': '[data-move="drop-first"]',
	'New event from selection': '[data-new-event]'
};

/** Tabs to a control of the passage selector and presses Enter. */
async function pressMove(page: Page, label: keyof typeof MOVES) {
	await tabTo(page, MOVES[label]!);
	await expect(page.locator(MOVES[label]!)).toHaveText(label);
	await page.keyboard.press('Enter');
}

test('a keyboard user selects a passage sentence by sentence and codes an event from it', async ({
	page
}) => {
	const errors = watchForErrors(page);
	await page.setViewportSize(WIDE);
	await gotoAuthoring(page);
	await startDraft(page);
	const status = page.locator('[data-passage]');
	await expect(status).toContainText('No passage selected yet');
	await expect(page.getByRole('button', { name: 'New event from selection' })).toBeDisabled();

	await pressMove(page, 'Next sentence');
	await expect(status).toContainText(`Sentence 1 selected (${lines[0]!.length} characters)`);
	await page.keyboard.press('Enter');
	await expect(status).toContainText('Sentence 2 selected');
	await pressMove(page, 'Add next sentence');
	await page.keyboard.press('Enter');
	await expect(status).toContainText('Sentences 2–4 selected');
	await pressMove(page, 'Drop first sentence');
	await expect(status).toContainText('Sentences 3–4 selected');
	// The selected sentences are marked in the article, and only those.
	await expect(page.locator('button[data-sentence].in-passage')).toHaveCount(2);
	await expect(page.locator('button[data-sentence="2"]')).toHaveClass(/in-passage/);

	await pressMove(page, 'New event from selection');
	await expect(page.locator('#event-summary')).toBeFocused();
	// Two lines of the article: the quote is both, the line break folded to one space.
	const quote = foldWhitespace(`${lines[2]}\n${lines[3]}`);
	await expect(eventForm(page).getByLabel('Quote')).toHaveValue(quote);
	// "on Monday" in an article of Tuesday 10 March 2026.
	await expect(eventForm(page).getByLabel('Earliest')).toHaveValue('2026-03-09');

	await page.keyboard.type('Calvia offers to host talks between Norland and Estmark.');
	await tabTo(page, '#add-actor-name');
	await page.keyboard.type('Calvia');
	await page.keyboard.press('Enter');
	await tabTo(page, '[data-role-picker="event-sourceActors"] input[type="checkbox"]');
	await page.keyboard.press('Space');
	await tabTo(page, '#event-category');
	await page.keyboard.press('End');
	await eventForm(page).getByLabel('Kind of event').selectOption('036');
	await eventForm(page).getByLabel('Confidence', { exact: true }).selectOption('high');
	await tabTo(page, 'button[type="submit"]');
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-coded-event]')).toHaveCount(1);
	await expect(page.locator('[data-coverage]')).toHaveText('2 of 8 sentences quoted');
	// A passage too long for a quote says so and cannot be used.
	// From sentences 3–4 to the end of the article: the last move is then disabled.
	for (let i = 0; i < 4; i++) await page.locator('[data-move="add-next"]').click();
	await expect(page.locator('[data-move="add-next"]')).toBeDisabled();
	await expect(status).toContainText('a quote may be at most 400: select less');
	await expect(page.getByRole('button', { name: 'New event from selection' })).toBeDisabled();
	expect(errors).toEqual([]);
});

test('"Add a source" takes the open dataset into a draft, and a new article is coded into it', async ({
	page
}) => {
	const errors = watchForErrors(page);
	await page.setViewportSize(WIDE);
	await gotoApp(page, '/');
	await page.getByRole('button', { name: 'Add a source…' }).click();
	await page.waitForURL(/\/author\/\?draft=.*&add=source/);
	await expect(page.getByRole('heading', { name: 'Add a source' })).toBeFocused();
	await expect(page.locator('form.add-source')).toContainText(
		`its ${bundled.events.length} events, ${bundled.actors.length} actors and 1 source stay as they are`
	);

	// A bad entry says what is wrong; nothing typed is lost.
	await page.getByLabel('Article text').fill(ARTICLE_TEXT);
	await page.getByLabel('Address (URL)').fill('not an address');
	await page.getByRole('button', { name: 'Add the source' }).click();
	await expect(page.getByLabel('Address (URL)')).toBeFocused();
	await expect(page.locator('#article-url-problems')).toContainText('Address (URL)');
	await page.getByLabel('Address (URL)').fill(ARTICLE.url);
	await page.getByLabel('Outlet').fill(ARTICLE.outlet);
	await page.getByLabel('Headline').fill(ARTICLE.title);
	await page.getByLabel('Publication date', { exact: true }).fill(ARTICLE.publishedAt);
	await expect(page.getByLabel('Article text')).toHaveValue(ARTICLE_TEXT);
	await page.getByRole('button', { name: 'Add the source' }).click();

	// The reader shows the new article; the dataset's events are all there, none faulted.
	await expect(page.getByRole('heading', { name: 'Article', exact: true })).toBeFocused();
	await expect(page.locator('.source-line')).toContainText(ARTICLE.outlet);
	await expect(page.locator('.source-choice select')).toHaveValue(/^norland-and-estmark/);
	await expect(page.locator('[data-coded-event]')).toHaveCount(bundled.events.length);
	await expect(page.locator('[data-coded-event] .problem')).toHaveCount(0);

	await sentence(page, 'Diplomats said the commission').click();
	await eventForm(page)
		.getByLabel('Summary')
		.fill('The joint technical commission has not met since 2023.');
	await page
		.locator('[data-role-picker="event-sourceActors"]')
		.getByLabel('Iran', { exact: true })
		.check();
	await eventForm(page).getByLabel('Kind of event').selectOption('036');
	await eventForm(page).getByLabel('Confidence', { exact: true }).selectOption('medium');
	await eventForm(page).getByLabel('Confidence note').fill('One unnamed source.');
	await page.getByRole('button', { name: 'Add event' }).click();
	await expect(page.locator('[data-coded-event]')).toHaveCount(bundled.events.length + 1);

	// The zip has both articles' texts, and the dataset keeps every record it had.
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download dataset (.zip)' }).click();
	const files = unzipSync(readFileSync(await (await download).path()));
	const dataset: Dataset = JSON.parse(strFromU8(files['events.json']!));
	expect(dataset.events.slice(0, -1)).toEqual(bundled.events);
	expect(dataset.actors).toEqual(bundled.actors);
	expect(dataset.sources.map((s) => s.text)).toEqual([
		'sources/article.txt',
		expect.stringMatching(/^sources\/norland-and-estmark.*\.txt$/)
	]);
	expect(strFromU8(files['sources/article.txt']!)).toBe(
		readFileSync('data/sources/article.txt', 'utf8')
	);
	expect(dataset.events.at(-1)!.evidence[0]).toEqual({
		sourceId: dataset.sources[1]!.id,
		quote: 'Diplomats said the commission had not met since 2023.'
	});
	expect(errors).toEqual([]);
});

test('"Edit this event" in the detail panel opens the event in the form, and the change is kept', async ({
	page
}) => {
	const errors = watchForErrors(page);
	await page.setViewportSize(WIDE);
	await gotoApp(page, '/');
	const event = bundled.events[1]!;
	await page.locator(`table.events tr[data-event-id="${event.id}"] button.open`).click();
	await page.getByRole('button', { name: 'Edit this event' }).click();
	await page.waitForURL(/\/author\/\?draft=.*&edit=/);
	await expect(page.getByRole('heading', { name: 'Edit event' })).toBeVisible();
	await expect(page.locator('#event-summary')).toBeFocused();
	await expect(eventForm(page).getByLabel('Summary')).toHaveValue(event.summary);
	await expect(eventForm(page).getByLabel('Quote')).toHaveValue(event.evidence[0]!.quote!);
	await eventForm(page).getByLabel('Summary').fill(`${event.summary} (checked)`);
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.locator(`[data-coded-event="${event.id}"]`)).toContainText('(checked)');
	// The draft comes back after a reload, with the edit, and without reopening the form.
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.locator(`[data-coded-event="${event.id}"]`)).toContainText('(checked)');
	await expect(page.locator('[data-event-form]')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a state picked from the built-in country list comes with its ISO code and its capital as a seat with coordinates', async ({
	page
}) => {
	await page.setViewportSize(WIDE);
	await gotoAuthoring(page);
	await startDraft(page);
	await sentence(page, 'Envoys from Norland').click();
	await eventForm(page).getByLabel('Kind', { exact: true }).selectOption({ label: 'State' });
	await eventForm(page).getByLabel('Actor name').fill('France');
	await expect(page.locator('[data-country]')).toHaveText(
		/From the built-in list: France, ISO code FRA, seat Paris, 48\.87° N 2\.33° E\./
	);
	await page.getByRole('button', { name: 'Add actor' }).click();
	await expect(
		page.locator('[data-role-picker="event-sourceActors"]').getByLabel('France')
	).toBeVisible();
	await expect(eventForm(page).getByLabel('Where')).toContainText('Paris');
	// Picking it again is refused: it is already an actor.
	await eventForm(page).getByLabel('Actor name').fill('FRA');
	await page.getByRole('button', { name: 'Add actor' }).click();
	await expect(page.locator('#add-actor-problem')).toContainText('"France" is already an actor');
	await page.getByRole('button', { name: 'Discard' }).click();

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download dataset (.zip)' }).click();
	const files = unzipSync(readFileSync(await (await download).path()));
	const dataset: Dataset = JSON.parse(strFromU8(files['events.json']!));
	expect(dataset.actors).toEqual([
		expect.objectContaining({
			id: 'paris',
			kind: 'venue',
			countryCode: 'FRA',
			lat: 48.8667,
			lon: 2.3333,
			coordPrecision: 'city'
		}),
		{ id: 'fra', name: 'France', kind: 'state', countryCode: 'FRA', seat: 'paris' }
	]);
});

test("the draft's charts grow beside the form on a wide screen and open as a full-screen sheet on a phone", async ({
	page
}) => {
	const errors = watchForErrors(page);
	await page.setViewportSize(WIDE);
	await gotoApp(page, '/');
	await page.getByRole('button', { name: 'Add a source…' }).click();
	await page.waitForURL(/add=source/);
	const form = await page.locator('form.add-source').boundingBox();
	await page.getByRole('button', { name: 'Cancel' }).click();
	const charts = page.locator('[data-draft-charts]');
	await expect(charts).toBeVisible();
	await expect(page.locator('[data-chart-counts]')).toContainText(
		`${bundled.events.length} events drawn`
	);
	await expect.poll(() => drawnEvents(charts)).toBe(bundled.events.length);
	// Beside the article and the form, not under them.
	const box = await charts.boundingBox();
	expect(box!.x).toBeGreaterThan(form!.x + 300);

	// An event saved shows in the charts at once; choosing it in the table opens it in the form.
	await sentence(page, 'U.S. special envoy').first().click();
	await eventForm(page).getByLabel('Summary').fill('Another meeting is expected.');
	await page
		.locator('[data-role-picker="event-sourceActors"]')
		.getByLabel('Iran', { exact: true })
		.check();
	await eventForm(page).getByLabel('Kind of event').selectOption('036');
	await eventForm(page).getByLabel('Confidence', { exact: true }).selectOption('medium');
	await eventForm(page).getByLabel('Confidence note').fill('A plan, not yet a meeting.');
	await page.getByRole('button', { name: 'Add event' }).click();
	await expect(page.locator('[data-chart-counts]')).toContainText(
		`${bundled.events.length + 1} events drawn`
	);
	await charts.getByRole('button', { name: 'Table', exact: true }).click();
	await charts
		.locator('table.events tr', { hasText: 'Another meeting is expected.' })
		.locator('button.open')
		.click();
	await expect(eventForm(page).getByLabel('Summary')).toHaveValue('Another meeting is expected.');

	await page.setViewportSize(PHONE);
	await expect(charts).toHaveCount(0);
	const open = page.getByRole('button', {
		name: `Show the charts (${bundled.events.length + 1} events)`
	});
	await open.click();
	const sheet = page.getByRole('dialog', { name: "The draft's charts" });
	await expect(sheet).toBeVisible();
	const sheetBox = await sheet.boundingBox();
	expect(sheetBox).toMatchObject({ x: 0, y: 0, width: PHONE.width, height: PHONE.height });
	await expect.poll(() => drawnEvents(sheet)).toBe(bundled.events.length + 1);
	await page.keyboard.press('Escape');
	await expect(sheet).toBeHidden();
	await expect(open).toBeFocused();
	expect(errors).toEqual([]);
});
