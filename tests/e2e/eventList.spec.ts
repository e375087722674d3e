import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SUB_PATH_URL } from './subPath';
import { gotoApp } from './app';
import { watchForErrors } from './pageErrors';

interface DatasetFile {
	meta: { title: string };
	events: {
		id: string;
		summary: string;
		date: { value: string; earliest: string; latest: string };
		evidence: { quote: string }[];
	}[];
}

const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetFile;
const inTimeOrder = [...dataset.events]
	.sort(
		(a, b) =>
			a.date.value.localeCompare(b.date.value) ||
			a.date.earliest.localeCompare(b.date.earliest) ||
			a.date.latest.localeCompare(b.date.latest) ||
			a.id.localeCompare(b.id)
	)
	.map((e) => e.id);

test('the list shows every event of the bundled dataset, in time order', async ({ page }) => {
	const errors = watchForErrors(page);
	await gotoApp(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.meta.title);

	const table = page.getByRole('table', {
		name: new RegExp(`^All ${dataset.events.length} events sorted by date, ascending`)
	});
	await expect(table).toBeVisible();
	const rows = table.locator('tbody tr[data-event-id]');
	await expect(rows).toHaveCount(dataset.events.length);
	expect(
		await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')))
	).toEqual(inTimeOrder);
	expect(errors).toEqual([]);
});

test('each row shows its date, status, actors, summary and quote', async ({ page }) => {
	await gotoApp(page, '/');
	const meeting = dataset.events.find((e) => e.id === 'istanbul-meeting')!;
	const row = page.locator('tr[data-event-id="istanbul-meeting"]');
	await expect(row.getByRole('rowheader')).toContainText('6–13 Feb 2026');
	await expect(row.getByRole('rowheader')).toContainText('uncertain window');
	await expect(row).toContainText('Tentative');
	await expect(row.locator('td.confidence')).toContainText('Medium');
	await expect(row).toContainText(meeting.summary);
	await expect(row.locator('blockquote')).toHaveCount(meeting.evidence.length);
	await expect(row.locator('blockquote').first()).toContainText(meeting.evidence[0]!.quote);
	await expect(row.locator('figcaption').first()).toContainText('Prism News');
	await expect(row.getByRole('definition').first()).toBeVisible();

	// The wording behind a resolved date is one click away.
	await row.getByText('How dated').click();
	await expect(row).toContainText('as soon as Friday');
});

test('the page works with JavaScript and without: the list is in the prerendered HTML', async ({
	request
}) => {
	const html = await (await request.get('/')).text();
	for (const id of inTimeOrder) expect(html).toContain(`data-event-id="${id}"`);
});

test('the built app works from a sub-path of a static host', async ({ page }) => {
	const errors = watchForErrors(page);
	await gotoApp(page, SUB_PATH_URL);
	await expect(page.locator('tbody tr[data-event-id]')).toHaveCount(dataset.events.length);
	// Hydrated: the client-side app took over without a routing error.
	await expect(page.locator('html')).not.toHaveAttribute('data-error', /.*/);
	await page.getByText('How the publication date was worked out').click();
	await expect(page.getByText(/Muscat/).first()).toBeVisible();
	expect(errors).toEqual([]);
});

test('the list reads well at 360 px wide', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await gotoApp(page, '/');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await expect(
		page.locator('tr[data-event-id="istanbul-meeting"] blockquote').first()
	).toBeVisible();
});
