/**
 * A dataset opened from a file is laid out by the loader's worker while the page draws the
 * timeline; the network then draws that layout, which must be the one the page makes itself.
 * The bundled dataset is laid out by the page (it is not loaded by the worker): opening the same
 * file must put every actor at the same place, now laid out by the loader.
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app';
import { dataset } from './loadDataset';
import { watchForErrors } from './pageErrors';

const network = (page: Page) => page.locator('svg[data-chart="network"]');

/** Each drawn actor's place, by id. */
async function placesOf(page: Page): Promise<Record<string, string>> {
	return network(page)
		.locator('[data-layer="nodes"] [data-actor-id]')
		.evaluateAll((nodes) =>
			Object.fromEntries(
				nodes.map((n) => [n.getAttribute('data-actor-id'), n.getAttribute('transform')])
			)
		);
}

test('a dataset opened from a file is drawn with the layout the loader made, the one the page makes', async ({
	page
}) => {
	const errors = watchForErrors(page);
	await gotoApp(page, '/');
	await expect(network(page)).toHaveAttribute('data-laid-out-by', 'page');
	const byPage = await placesOf(page);
	expect(Object.keys(byPage).length).toBeGreaterThan(4);

	await page.getByLabel(/Dataset files/).setInputFiles('data/events.json');
	await expect(page.locator('table.events tbody tr[data-event-id]')).toHaveCount(
		dataset.events.length,
		{ timeout: 20_000 }
	);
	await expect(network(page)).toHaveAttribute('data-laid-out-by', 'loader');
	expect(await placesOf(page)).toEqual(byPage);
	expect(errors).toEqual([]);
});

test('a network drawn on a map is laid out by the page, as before', async ({ page }) => {
	await gotoApp(page, '/?layout=geo');
	await expect(network(page)).toHaveAttribute('data-layout', 'geo');
	await page.getByLabel(/Dataset files/).setInputFiles('data/events.json');
	await expect(page.locator('table.events tbody tr[data-event-id]')).toHaveCount(
		dataset.events.length,
		{ timeout: 20_000 }
	);
	await expect(network(page)).toHaveAttribute('data-layout', 'geo');
	await expect(network(page)).toHaveAttribute('data-laid-out-by', 'page');
});
