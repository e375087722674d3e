/**
 * The filters and the table on the real-shaped fixture, as a new user meets them: facet counts
 * that follow the other filters, targets a thumb can hit on a phone, the drawer giving way to
 * the result, a table whose order survives a reload, whose Event column has room and whose
 * names and quotes read as written.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';
import {
	categoryOf,
	filterEvents,
	NO_FILTERS,
	type FilterCriteria
} from '../../src/lib/data/filters/filterEvents';
import { sortEvents, sortEventsByTime } from '../../src/lib/data/time/sortEvents';
import { openRealShaped, realShaped } from './realShaped';

test.describe.configure({ timeout: 90_000 });

const PHONE = { width: 390, height: 844 };
const hierarchy = createActorHierarchy(realShaped.actors);
const allEvents = sortEventsByTime(realShaped.events);
const actorName = (id: string) => realShaped.actors.find((a) => a.id === id)?.name ?? id;

/** Events the criteria let through, as the app filters them. */
const countUnder = (criteria: Partial<FilterCriteria>) =>
	filterEvents(allEvents, hierarchy, { ...NO_FILTERS, ...criteria }).length;

const actorCount = (page: Page, id: string) =>
	page.locator(`#filter-panel li[data-actor-id="${id}"] > label .count`);
const valueCount = (page: Page, value: string) =>
	page.locator(`#filter-panel label[data-facet-value="${value}"] .count`);

/** The actors at the top of the filter tree (states and organisations with events). */
const topActors = realShaped.actors
	.filter((a) => (a.kind === 'state' || a.kind === 'igo') && countUnder({ actorIds: [a.id] }) > 0)
	.map((a) => a.id);
const categories = [...new Set(allEvents.map(categoryOf))];

test('facet counts follow the search: each says how many events it would give with it', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openRealShaped(page);
	// Wide, the description is whole and needs no "More".
	await expect(page.locator('#dataset-description')).toBeVisible();
	await expect(page.getByRole('button', { name: 'More of the description' })).toHaveCount(0);
	for (const id of topActors) {
		await expect(actorCount(page, id)).toHaveAttribute(
			'data-count',
			String(countUnder({ actorIds: [id] }))
		);
	}

	// A word some events have: every count follows it, and some fall.
	const search = 'round';
	const before = topActors.map((id) => countUnder({ actorIds: [id] }));
	const after = topActors.map((id) => countUnder({ actorIds: [id], search }));
	expect(after).not.toEqual(before);
	await page.getByRole('searchbox', { name: 'Search' }).fill(search);
	for (const [i, id] of topActors.entries()) {
		await expect(actorCount(page, id)).toHaveAttribute('data-count', String(after[i]));
	}
	for (const category of categories) {
		await expect(valueCount(page, category)).toHaveAttribute(
			'data-count',
			String(countUnder({ categories: [category], search }))
		);
	}
	// The count says what it counts to a screen reader.
	const first = actorName(topActors[0]!);
	await expect(
		page.getByRole('checkbox', {
			name: new RegExp(`^${first} ${after[0]} events with the other filters$`)
		})
	).toBeVisible();

	// A category checked: its own facet does not narrow, the actors' counts do.
	const category = categories.find((c) => countUnder({ categories: [c], search }) > 0)!;
	await page.locator(`label[data-facet-value="${category}"] input`).check();
	await expect(valueCount(page, category)).toHaveAttribute(
		'data-count',
		String(countUnder({ categories: [category], search }))
	);
	for (const id of topActors) {
		await expect(actorCount(page, id)).toHaveAttribute(
			'data-count',
			String(countUnder({ actorIds: [id], categories: [category], search }))
		);
	}

	// A choice that would give nothing is dimmed, and can still be chosen.
	const empty = topActors.find(
		(id) => countUnder({ actorIds: [id], categories: [category], search }) === 0
	);
	expect(empty, 'an actor with no event under these filters').toBeDefined();
	const row = page.locator(`#filter-panel li[data-actor-id="${empty}"]`);
	await expect(row).toHaveClass(/\bempty\b/);
	await row.locator('> label input').check();
	await expect(page.locator('[data-filter-summary] .count')).toHaveText(
		`Showing 0 of ${allEvents.length} events`
	);
});

/** Every control a person can reach, visible now, outside the charts' drawings. */
async function controlBoxes(region: Locator) {
	return region.evaluateAll((roots) =>
		roots.flatMap((root) =>
			[
				...root.querySelectorAll(
					'button, input, select, textarea, summary, a[href], [role="button"], [role="radio"], [role="checkbox"]'
				)
			]
				.filter((el) => !el.closest('svg'))
				.map((el) => {
					const box = el.getBoundingClientRect();
					const style = getComputedStyle(el);
					const name =
						el.getAttribute('aria-label') ??
						(el.textContent?.trim() || (el as HTMLInputElement).type || el.tagName);
					return {
						control: `${el.tagName.toLowerCase()} “${name.slice(0, 40)}”`,
						width: Math.round(box.width * 10) / 10,
						height: Math.round(box.height * 10) / 10,
						visible: box.width > 0 && box.height > 0 && style.visibility !== 'hidden'
					};
				})
				.filter((box) => box.visible)
		)
	);
}

test('on a phone every control in the filter drawer, the chart toolbars and the table is at least 24×24 px', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await openRealShaped(page);
	await page.getByRole('button', { name: 'Show filters' }).click();
	await expect(page.locator('#filter-panel')).toBeVisible();
	const boxes = [
		...(await controlBoxes(page.locator('.filter-drawer'))),
		...(await controlBoxes(page.locator('section.view'))),
		...(await controlBoxes(page.locator('table.events')))
	];
	// Enough of each kind to mean something: checkboxes, "only", the sort buttons, the toolbars.
	expect(boxes.length).toBeGreaterThan(100);
	const small = boxes.filter((box) => box.width < 24 || box.height < 24);
	expect(small).toEqual([]);
	// The charts' export buttons do not cover their titles.
	for (const view of await page.locator('section.view').all()) {
		const title = (await view.locator('h2').first().boundingBox())!;
		const tools = (await view.locator('.view-header').boundingBox())!;
		const apart =
			title.x >= tools.x + tools.width ||
			tools.x >= title.x + title.width ||
			title.y >= tools.y + tools.height ||
			tools.y >= title.y + title.height;
		expect(apart, `${await view.getAttribute('aria-label')}: buttons over its title`).toBe(true);
	}
	// Where the layout allows, 44 px high: the filter rows' buttons and the sort buttons.
	for (const locator of [
		page.locator('#filter-panel button.only').first(),
		page.locator('table.events thead button.sort').first(),
		page.locator('.drawer-toggle')
	]) {
		expect((await locator.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	}
});

test('on a phone, "only" closes the drawer and shows the result', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await openRealShaped(page);
	// The header leaves room for the story: the description cut to three lines (all of it in
	// the page, for screen readers), "More" to read it whole, and one source listed.
	const description = page.locator('#dataset-description');
	await expect(description).toHaveText(realShaped.meta.description!);
	const lineHeight = await description.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
	const cutHeight = (await description.boundingBox())!.height;
	expect(cutHeight).toBeLessThanOrEqual(3 * lineHeight + 1);
	await expect(page.locator('.dataset > .source')).toHaveCount(1);
	const sources = realShaped.meta.primarySourceIds?.length ?? realShaped.sources.length;
	await expect(page.locator('.more-sources > summary')).toHaveText(
		`${sources - 1} more source${sources === 2 ? '' : 's'}`
	);
	const more = page.locator('button[aria-controls="dataset-description"]');
	await expect(more).toHaveAccessibleName('More of the description');
	await expect(more).toHaveAttribute('aria-expanded', 'false');
	await more.click();
	await expect(more).toHaveAttribute('aria-expanded', 'true');
	await expect(more).toHaveAccessibleName('Less of the description');
	expect((await description.boundingBox())!.height).toBeGreaterThan(cutHeight + 2 * lineHeight);

	const toggle = page.locator('.drawer-toggle');
	await toggle.click();
	const actor = topActors[1]!;
	const only = page.getByRole('button', { name: `Only ${actorName(actor)}`, exact: true });
	await only.scrollIntoViewIfNeeded();
	await only.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.locator('#filter-panel')).toBeHidden();
	await expect(toggle).toBeFocused();
	const count = page.locator('[data-filter-summary] .count');
	await expect(count).toHaveText(
		`Showing ${countUnder({ actorIds: [actor] })} of ${allEvents.length} events`
	);
	await expect(count).toBeInViewport();
	await expect(page.locator('svg[data-chart="timeline"]')).toBeInViewport();
});

test('on a phone, the drawer ends in "Show N events", in view while scrolled, which closes it', async ({
	page
}) => {
	await page.setViewportSize(PHONE);
	await openRealShaped(page);
	const toggle = page.locator('.drawer-toggle');
	await toggle.click();
	const show = page.locator('[data-show-results]');
	await expect(show).toHaveText(`Show ${allEvents.length} events`);
	// A checkbox far down the drawer: the button is in view, with the new count.
	const status = page.locator('label[data-facet-value="postponed"] input');
	await status.scrollIntoViewIfNeeded();
	await status.check();
	const shown = countUnder({ statuses: ['postponed'] });
	await expect(show).toHaveText(`Show ${shown} event${shown === 1 ? '' : 's'}`);
	await expect(show).toBeInViewport();
	// A checkbox near the top: still in view, at the bottom of the screen.
	await page.getByRole('searchbox', { name: 'Search' }).scrollIntoViewIfNeeded();
	await expect(show).toBeInViewport();
	expect((await show.boundingBox())!.y).toBeGreaterThan(PHONE.height - 80);
	await show.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.locator('[data-filter-summary] .count')).toBeInViewport();
	await expect(toggle).toBeFocused();
});

test('the table sort is part of the link and survives a reload', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openRealShaped(page);
	const table = page.locator('table.events');
	const status = table.getByRole('button', { name: /Status/ });
	await status.click();
	await status.click();
	await expect(page).toHaveURL(/[?&]sort=-status(&|$)/);
	const expected = sortEvents(allEvents, 'status', 'descending', actorName, {
		inTimeOrder: true
	}).map((e) => e.id);
	const ids = () =>
		table
			.locator('tbody tr[data-event-id]')
			.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-id')));
	expect(await ids()).toEqual(expected);

	await page.reload();
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(realShaped.meta.title);
	await expect(table.locator('th[aria-sort="descending"]')).toHaveText(/Status/);
	await expect(table.locator('caption')).toContainText('sorted by status, descending');
	await expect.poll(ids).toEqual(expected);

	// Back to date order: the parameter goes.
	await table.getByRole('button', { name: /Date/ }).click();
	await expect(page).not.toHaveURL(/sort=/);
});

test('the table reads at 1440 px: room for the event, names apart, quotes as written', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openRealShaped(page);
	const table = page.locator('table.events');
	const width = async (name: string) =>
		(await table.locator(`thead th.col-${name}`).boundingBox())!.width;
	const event = await width('what');
	expect(event).toBeGreaterThanOrEqual(240);
	for (const other of ['date', 'who', 'status', 'confidence']) {
		expect(event, `Event column wider than ${other}`).toBeGreaterThan(await width(other));
	}

	// Several actors in one role: separated by a comma and a space.
	const many = realShaped.events.find((e) => e.sourceActors.length > 1)!;
	await expect(table.locator(`tr[data-event-id="${many.id}"] td.who dd`).first()).toHaveText(
		many.sourceActors.map(actorName).join(', ')
	);

	// Each quote as written, even one that opens with its own quotation mark: none added.
	const quoted = realShaped.events.filter((e) =>
		e.evidence.some((v) => /^["“‘]/.test(v.quote ?? ''))
	);
	expect(quoted.length).toBeGreaterThan(0);
	for (const e of [...quoted, ...realShaped.events.slice(0, 3)]) {
		await expect(table.locator(`tr[data-event-id="${e.id}"] blockquote p`)).toHaveText(
			e.evidence.map((v) => v.quote ?? '')
		);
	}
});
