import { expect, test, type Page } from '@playwright/test';
import { actorNamed, dataset, expectedEventIds } from './loadDataset';
import { gotoApp } from './app';
import { watchForErrors } from './pageErrors';

const total = dataset.events.length;

async function tableIds(page: Page): Promise<string[]> {
	return page
		.locator('table.events tbody tr[data-event-id]')
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id')!));
}

const count = (page: Page) => page.locator('[data-filter-summary] [role="status"]');

test('filtering by one actor narrows the table and the count, and reset restores all', async ({
	page
}) => {
	await gotoApp(page, '/');
	await expect(count(page)).toHaveText(`Showing all ${total} events`);

	await page.getByRole('button', { name: `Only ${actorNamed('tur')}`, exact: true }).click();
	const expected = expectedEventIds({ actorIds: ['tur'] });
	expect(expected.length).toBeGreaterThan(0);
	expect(expected.length).toBeLessThan(total);
	await expect(count(page)).toHaveText(`Showing ${expected.length} of ${total} events`);
	await expect.poll(() => tableIds(page)).toEqual(expected);

	await page.getByRole('button', { name: 'Reset filters' }).click();
	await expect(count(page)).toHaveText(`Showing all ${total} events`);
	await expect.poll(() => tableIds(page)).toHaveLength(total);
});

test('a state includes its people; a person shows only their own events', async ({ page }) => {
	await gotoApp(page, '/?actors=irn');
	await expect.poll(() => tableIds(page)).toEqual(expectedEventIds({ actorIds: ['irn'] }));
	await gotoApp(page, '/?actors=araghchi');
	const araghchi = expectedEventIds({ actorIds: ['araghchi'] });
	expect(araghchi.length).toBeLessThan(expectedEventIds({ actorIds: ['irn'] }).length);
	await expect.poll(() => tableIds(page)).toEqual(araghchi);
});

test('"all of them together" between Washington and Tehran shows only their shared events', async ({
	page
}) => {
	await gotoApp(page, '/');
	await page.getByRole('checkbox', { name: new RegExp(`^${actorNamed('usa')}`) }).check();
	await page.getByRole('checkbox', { name: new RegExp(`^${actorNamed('irn')}`) }).check();
	await expect.poll(() => tableIds(page)).toEqual(expectedEventIds({ actorIds: ['usa', 'irn'] }));

	await page.getByRole('radio', { name: 'All of them together' }).check();
	const shared = expectedEventIds({ actorIds: ['usa', 'irn'], actorMode: 'all' });
	expect(shared.length).toBeGreaterThan(0);
	await expect.poll(() => tableIds(page)).toEqual(shared);

	await page.getByRole('checkbox', { name: 'Mediators and hosts count as involved' }).uncheck();
	await expect
		.poll(() => tableIds(page))
		.toEqual(
			expectedEventIds({ actorIds: ['usa', 'irn'], actorMode: 'all', includeMediators: false })
		);
});

test('search, status and confidence filters combine, and an empty result is explained', async ({
	page
}) => {
	await gotoApp(page, '/');
	await page.getByRole('searchbox', { name: 'Search' }).fill('Istanbul');
	await expect.poll(() => tableIds(page)).toEqual(expectedEventIds({ search: 'Istanbul' }));

	await page
		.getByRole('checkbox', { name: /Cancelled|Claimed/ })
		.first()
		.check();
	await expect(count(page)).toHaveText(`Showing 0 of ${total} events`);
	const explanation = page.locator('[data-no-results]');
	await expect(explanation).toContainText('No event matches all of these filters together.');
	await expect(explanation).toContainText(
		`Only matching “Istanbul”: ${expectedEventIds({ search: 'Istanbul' }).length} events`
	);
	await explanation.getByRole('button', { name: 'reset all' }).click();
	await expect(count(page)).toHaveText(`Showing all ${total} events`);
});

test('the URL carries the filters: reload keeps the view, back restores the previous filter', async ({
	page
}) => {
	await gotoApp(page, '/');
	await page.getByRole('button', { name: `Only ${actorNamed('irn')}`, exact: true }).click();
	await expect(page).toHaveURL(/\?actors=irn(&|$)/);
	await page.getByRole('button', { name: `Only ${actorNamed('sau')}`, exact: true }).click();
	await expect(page).toHaveURL(/\?actors=sau(&|$)/);

	// The timeline's window is part of the view, so the link carries it too.
	await expect(page).toHaveURL(/&window=\d{4}-\d{2}-\d{2}T\d{2}(:|%3A)\d{2}Z\.\.\d{4}-/);
	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect.poll(() => tableIds(page)).toEqual(expectedEventIds({ actorIds: ['sau'] }));

	await page.goBack();
	await expect(page).toHaveURL(/\?actors=irn(&|$)/);
	await expect(count(page)).toHaveText(
		`Showing ${expectedEventIds({ actorIds: ['irn'] }).length} of ${total} events`
	);
	await expect.poll(() => tableIds(page)).toEqual(expectedEventIds({ actorIds: ['irn'] }));

	await page.goForward();
	await expect.poll(() => tableIds(page)).toEqual(expectedEventIds({ actorIds: ['sau'] }));
});

test('a junk URL falls back to defaults for the bad parts, with a visible notice', async ({
	page
}) => {
	const errors = watchForErrors(page);
	await gotoApp(page, '/?actors=irn,atlantis&status=rumoured&window=soon&event=nope&zzz=1');
	const notice = page.locator('[data-notice]');
	await expect(notice).toContainText('Parts of this link could not be used');
	await expect(notice).toContainText('the actor “atlantis” is not known');
	await expect(notice).toContainText('the status “rumoured” is not known');
	await expect(notice).toContainText('the event “nope” is not in this dataset');
	await expect(notice).toContainText('the unknown setting “zzz” was ignored');
	// The good part still applies.
	await expect.poll(() => tableIds(page)).toEqual(expectedEventIds({ actorIds: ['irn'] }));
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('the table sorts by each column, both ways', async ({ page }) => {
	await gotoApp(page, '/');
	const header = page.getByRole('columnheader', { name: /Status/ });
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	const statuses = await page
		.locator('table.events tbody tr')
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
	expect(statuses[0]).toBe('occurred');
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	await expect(page.getByRole('table')).toContainText('sorted by status, descending');
});

test('the detail panel shows the quote inside its source paragraph; Escape closes it and returns focus', async ({
	page
}) => {
	await gotoApp(page, '/');
	const event = dataset.events.find((e) => e.id === 'istanbul-meeting')!;
	const opener = page.locator('tr[data-event-id="istanbul-meeting"] button.open');
	await opener.click();
	const panel = page.getByRole('dialog', { name: event.summary });
	await expect(panel).toBeVisible();
	await expect(page).toHaveURL(/event=istanbul-meeting/);
	const quote = panel.locator('[data-evidence-quote] mark').first();
	await expect(quote).toHaveText(event.evidence[0]!.quote!);
	// The paragraph around the quote is shown too, not just the quote.
	const paragraph = await panel.locator('[data-evidence-quote] blockquote p').first().innerText();
	expect(paragraph.length).toBeGreaterThan(event.evidence[0]!.quote!.length + 40);
	await expect(panel).toContainText('Paragraph');
	await expect(panel).toContainText('as soon as Friday');

	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(opener).toBeFocused();
});
