import { expect, test, type Page } from '@playwright/test';
import { rollUpActor } from '../../src/lib/data/actors/actorHierarchy';
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

test('the overview strip is a navigator: dragging its window or an edge moves the timeline, never filters', async ({
	page
}) => {
	await gotoApp(page, '/');
	const timeline = page.locator('svg[data-chart="timeline"]');
	const visible = async (): Promise<[number, number]> => [
		Date.parse((await timeline.getAttribute('data-visible-start'))!),
		Date.parse((await timeline.getAttribute('data-visible-end'))!)
	];
	const strip = page.locator('svg[data-overview]');
	await strip.scrollIntoViewIfNeeded();
	const selection = strip.locator('[data-overview-brush] .selection');
	await expect(selection).toBeVisible();
	const [start, end] = await visible();
	// Zoom in first, so that the window is narrower than the strip and can move.
	await page.getByRole('button', { name: 'Zoom in on the timeline' }).click();
	await page.getByRole('button', { name: 'Zoom in on the timeline' }).click();
	// The zoom buttons animate: wait until the window is narrow and has stopped moving.
	let zoomed = await visible();
	await expect
		.poll(async () => {
			const before = zoomed;
			await page.evaluate(() => new Promise((r) => setTimeout(r, 150)));
			zoomed = await visible();
			return zoomed[1] - zoomed[0] < (end - start) / 3 && zoomed.join() === before.join();
		})
		.toBe(true);
	const [zoomedStart, zoomedEnd] = zoomed;
	await strip.scrollIntoViewIfNeeded();
	let box = (await selection.boundingBox())!;
	// Drag the window to the left.
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2, { steps: 6 });
	await page.mouse.up();
	await expect.poll(async () => (await visible())[0]).toBeLessThan(zoomedStart - 1000);
	const [movedStart, movedEnd] = await visible();
	expect(movedEnd - movedStart).toBeCloseTo(zoomedEnd - zoomedStart, -5);
	// Drag its right edge outwards: the window widens.
	box = (await selection.boundingBox())!;
	await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width + 80, box.y + box.height / 2, { steps: 6 });
	await page.mouse.up();
	await expect
		.poll(async () => (await visible())[1] - (await visible())[0])
		.toBeGreaterThan((movedEnd - movedStart) * 1.2);
	// No date filter came of it: every event is still in the table, and the address has none.
	await expect.poll(() => tableIds(page)).toHaveLength(dataset.events.length);
	expect(new URL(page.url()).searchParams.get('from')).toBeNull();
	await expect(page.getByLabel('From', { exact: true })).toHaveValue('');
});
