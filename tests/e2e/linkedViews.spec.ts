import { expect, test, type Page } from '@playwright/test';
import { rollUpActor } from '../../src/lib/data/actorHierarchy';
import { dataset, expectedEventIds, hierarchy } from './loadDataset';
import { gotoApp } from './app';

const timelineIds = (page: Page) =>
	page
		.locator('svg[data-chart="timeline"] [data-layer="marks"] [data-event-id]')
		.evaluateAll((marks) =>
			[...new Set(marks.map((m) => m.getAttribute('data-event-id')!))].sort()
		);
const tableIds = (page: Page) =>
	page
		.locator('table.events tbody tr[data-event-id]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')!).sort());
const activeNodeIds = (page: Page) =>
	page
		.locator('svg[data-chart="network"] [data-layer="nodes"] [data-actor-id]:not(.inactive)')
		.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-actor-id')!));

test('filtering by an actor changes the timeline marks, the network and the count consistently', async ({
	page
}) => {
	await gotoApp(page, '/');
	const all = [...dataset.events.map((e) => e.id)].sort();
	expect(await timelineIds(page)).toEqual(all);
	await expect.poll(() => tableIds(page)).toEqual(all);

	await page.getByRole('button', { name: 'Only Egypt', exact: true }).click();
	const expected = expectedEventIds({ actorIds: ['egy'] }).sort();
	await expect(page.locator('[data-filter-summary] [role="status"]')).toHaveText(
		`Showing ${expected.length} of ${dataset.events.length} events`
	);
	expect(await timelineIds(page)).toEqual(expected);
	await expect.poll(() => tableIds(page)).toEqual(expected);

	// The network draws only contacts from those events: every edge touches an actor of them.
	const involved = new Set(
		dataset.events
			.filter((e) => expected.includes(e.id))
			.flatMap((e) => [...e.sourceActors, ...e.targetActors, ...(e.mediators ?? [])])
			.map((id) => rollUpActor(hierarchy, id))
	);
	// The network follows in a task after the timeline's frame: polled.
	await expect(async () => {
		const edges = await page
			.locator('svg[data-chart="network"] [data-layer="edges"] [data-source]')
			.evaluateAll((list) =>
				list.map((e) => [e.getAttribute('data-source')!, e.getAttribute('data-target')!])
			);
		expect(edges.length).toBeGreaterThan(0);
		for (const [source, target] of edges) {
			expect(involved.has(source!) || involved.has(target!), `${source}–${target}`).toBe(true);
		}
		expect(await activeNodeIds(page)).toContain('egy');
	}).toPass();
});

test('hovering an event in the table highlights it on the timeline; selecting it marks it everywhere', async ({
	page
}) => {
	await gotoApp(page, '/');
	const row = page.locator('tr[data-event-id="istanbul-meeting"]');
	await row.hover();
	const marks = page.locator('svg[data-chart="timeline"] [data-event-id="istanbul-meeting"]');
	expect(await marks.count()).toBeGreaterThan(1);
	for (const mark of await marks.all()) await expect(mark).toHaveClass(/is-hovered/);
	await page.mouse.move(0, 0);
	await expect(marks.first()).not.toHaveClass(/is-hovered/);

	await row.locator('button.open').click();
	for (const mark of await marks.all()) await expect(mark).toHaveAttribute('aria-pressed', 'true');
	await expect(row).toHaveClass(/selected/);
});

test('the URL restores the grouping, the network layout and the time window', async ({ page }) => {
	await gotoApp(page, '/?lanes=category&layout=geo&window=2026-01-30T00:00Z..2026-02-09T00:00Z');
	const timeline = page.locator('svg[data-chart="timeline"]');
	await expect(timeline).toHaveAttribute('data-grouping', 'category');
	await expect(page.locator('svg[data-chart="network"]')).toHaveAttribute('data-layout', 'geo');
	await expect(timeline).toHaveAttribute('data-visible-start', /^2026-01-30T00:00/);
	await expect(timeline).toHaveAttribute('data-visible-end', /^2026-02-09T00:00/);
	await expect(page.locator('[data-notice]')).toHaveCount(0);

	// Changing the grouping writes it back.
	await page.getByRole('radio', { name: 'By state' }).check();
	await expect(page).not.toHaveURL(/lanes=/);
	await page.goBack();
	await expect(timeline).toHaveAttribute('data-grouping', 'category');
});

test('brushing the overview strip filters by time range, and the date fields agree', async ({
	page
}) => {
	await gotoApp(page, '/');
	const strip = page.locator('svg[data-overview]');
	await strip.scrollIntoViewIfNeeded();
	const box = (await strip.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.9, box.y + 10);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.99, box.y + 10, { steps: 5 });
	await page.mouse.up();
	await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
	const url = new URL(page.url());
	const range = { start: url.searchParams.get('from')!, end: url.searchParams.get('to')! };
	const expected = expectedEventIds({ timeRange: range }).sort();
	expect(expected.length).toBeLessThan(dataset.events.length);
	await expect.poll(() => tableIds(page)).toEqual(expected);
	await expect(page.getByLabel('From', { exact: true })).toHaveValue(range.start);
	await expect(page.getByLabel('To', { exact: true })).toHaveValue(range.end);
	await page.getByRole('button', { name: 'Clear dates' }).click();
	await expect.poll(() => tableIds(page)).toHaveLength(dataset.events.length);
});
