/**
 * Everything by keyboard alone: no mouse, no click, only key presses, from filtering to one
 * actor to exporting an SVG and reaching the table.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { gotoApp } from './app';
import { describeFocus, focusMatches, tabTo } from './keyboard';
import { actorNamed, dataset, expectedEventIds } from './loadDataset';

test.describe.configure({ timeout: 90_000 });

test('keyboard only: filter to one actor, walk the timeline, read a quote, reach an edge’s events, export an SVG, open the table', async ({
	page
}) => {
	await gotoApp(page, '/');
	const actor = 'tur';
	const shown = expectedEventIds({ actorIds: [actor] });

	// 1. Filter to one actor with its "only" button.
	await tabTo(page, `button[aria-label="Only ${actorNamed(actor)}"]`);
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-filter-summary] [role="status"]')).toHaveText(
		`Showing ${shown.length} of ${dataset.events.length} events`
	);

	// 2. Walk the timeline with the arrow keys: focus moves from mark to mark.
	await tabTo(page, 'svg[data-chart="timeline"] .mark');
	const visited = new Set<string>();
	visited.add((await describeFocus(page)).markKey!);
	for (let i = 0; i < shown.length + 2; i++) {
		await page.keyboard.press('ArrowRight');
		const focus = await describeFocus(page);
		expect(focus.inTimeline).toBe(true);
		visited.add(focus.markKey!);
	}
	expect(visited.size).toBeGreaterThan(1);
	await page.keyboard.press('Home');
	const first = await describeFocus(page);
	expect(first.inTimeline).toBe(true);
	expect(shown).toContain(first.eventId);

	// 3. Open the event and read its quote in the detail panel.
	await page.keyboard.press('Enter');
	const detail = page.locator(`[data-event-detail="${first.eventId}"]`);
	await expect(detail).toBeVisible();
	const event = dataset.events.find((e) => e.id === first.eventId)!;
	await expect(detail.locator('[data-evidence-quote] mark').first()).toHaveText(
		event.evidence[0]!.quote!
	);
	expect((await describeFocus(page)).inDetail).toBe(true);
	await page.keyboard.press('Escape');
	await expect(detail).toHaveCount(0);
	expect((await describeFocus(page)).markKey).toBe(first.markKey);

	// 4. On to the network: an actor, its contacts (Enter), a contact's events (Enter).
	await tabTo(page, 'svg[data-chart="network"] .node[tabindex="0"]');
	await page.keyboard.press('Enter');
	const panel = page.locator('[data-panel]');
	await expect(panel).toHaveAttribute('data-panel', 'node');
	await tabTo(page, '[data-panel="node"] .contacts button', { max: 10 });
	await page.keyboard.press('Enter');
	await expect(panel).toHaveAttribute('data-panel', 'edge');
	const edgeEvents = panel.locator('li[data-event-id]');
	expect(await edgeEvents.count()).toBeGreaterThan(0);
	await tabTo(page, '[data-panel="edge"] li[data-event-id] button', { max: 10 });
	const edgeEvent = (await describeFocus(page)).eventId!;
	expect(shown).toContain(edgeEvent);
	await expect(panel.locator(`li[data-event-id="${edgeEvent}"] blockquote`).first()).toContainText(
		dataset.events.find((e) => e.id === edgeEvent)!.evidence[0]!.quote!
	);

	// 5. Export the network as SVG.
	// Its export buttons come just before the chart: Shift+Tab back to them.
	await tabTo(page, '[aria-label="Export the mediation network"] button:first-of-type', {
		backwards: true
	});
	await expect(page.locator(':focus')).toHaveText('Export SVG');
	const downloading = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/\.svg$/);
	const svg = readFileSync((await download.path())!, 'utf8');
	expect(svg).toMatch(/^(<\?xml[^>]*>\s*)?<svg[\s>]/);
	expect(svg).toContain('</svg>');

	// 6. Open the table: reach its first event and open it from there.
	await tabTo(page, 'table.events tbody button.open');
	const row = await describeFocus(page);
	expect(row.inTable).toBe(true);
	expect(shown).toContain(row.eventId);
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-event-detail="${row.eventId}"]`)).toBeVisible();
	await page.keyboard.press('Escape');
	expect(await focusMatches(page, 'table.events tbody button.open')).toBe(true);
	expect((await describeFocus(page)).eventId).toBe(row.eventId);
});
