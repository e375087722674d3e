/**
 * The timeline's colours and "who knew when" on the real-shaped dataset, as a person sees them:
 * marks coloured by category with a key, switched to status or off (kept in the address);
 * announcement ticks and the thread of a postponed and rescheduled round; and a mark that stays
 * put when its details open.
 */
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app';
import { openRealShaped, realShaped } from './realShaped';

const chart = (page: Page) => page.locator('svg[data-chart="timeline"]');

/** The stroke colour a mark's glyph is drawn in. */
async function markColour(page: Page, eventId: string): Promise<string> {
	return chart(page)
		.locator(`.mark[data-event-id="${eventId}"] .glyph-outline`)
		.first()
		.evaluate((element) => getComputedStyle(element).stroke);
}

/** Distinct glyph colours over all the marks drawn. */
async function distinctColours(page: Page): Promise<number> {
	return chart(page)
		.locator('[data-layer="marks"] .mark .glyph-outline')
		.evaluateAll((elements) => new Set(elements.map((e) => getComputedStyle(e).stroke)).size);
}

const categoryOf = (id: string) => realShaped.events.find((e) => e.id === id)!.type.plover;

test.describe('timeline colour and who knew when (real-shaped dataset)', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('marks are coloured by category with a key; Status and Off switch it, and the address keeps it', async ({
		page
	}) => {
		await openRealShaped(page);
		const svg = chart(page);
		await expect(svg).toHaveAttribute('data-colouring', 'category');
		// An assault does not look like a round of talks.
		expect(categoryOf('meridia-shelling')).toBe('ASSAULT');
		expect(categoryOf('round-1-port-selim')).toBe('CONSULT');
		expect(await markColour(page, 'meridia-shelling')).not.toBe(
			await markColour(page, 'round-1-port-selim')
		);
		// Seven hues and the neutral one, each explained in the key.
		expect(await distinctColours(page)).toBe(8);
		const key = svg.locator('[data-layer="legend"] [data-legend-key^="colour-"]');
		await expect(key).toHaveCount(8);
		await expect(key.filter({ hasText: /^Consult$/ })).toHaveCount(1);
		await expect(key.filter({ hasText: 'No category' })).toHaveCount(1);
		// The key's swatch is the marks' colour.
		const consultSlot = await svg
			.locator('.mark[data-event-id="round-1-port-selim"]')
			.first()
			.evaluate((e) => [...e.classList].find((c) => c.startsWith('colour-')));
		const swatch = await svg
			.locator(`[data-legend-key="${consultSlot}"] .swatch`)
			.evaluate((e) => getComputedStyle(e).fill);
		expect(swatch).toBe(await markColour(page, 'round-1-port-selim'));

		await page.getByRole('radio', { name: 'Status', exact: true }).check();
		await expect(svg).toHaveAttribute('data-colouring', 'status');
		await expect(page).toHaveURL(/[?&]colour=status/);
		await expect(svg.locator('[data-legend-key^="colour-"]')).toHaveCount(0);
		// Occurred and postponed now differ, and two occurred events of different kinds do not.
		expect(await markColour(page, 'round-2-hollen-original')).not.toBe(
			await markColour(page, 'round-1-port-selim')
		);
		expect(await markColour(page, 'meridia-shelling')).toBe(
			await markColour(page, 'round-1-port-selim')
		);
		await expect(svg.locator('[data-legend-key="status-postponed"].colour-3')).toHaveCount(1);

		await page.getByRole('radio', { name: 'Off', exact: true }).check();
		await expect(page).toHaveURL(/[?&]colour=off/);
		expect(await distinctColours(page)).toBe(1);
	});

	test('a colouring in the address is applied on opening, and a wrong one is explained', async ({
		page
	}) => {
		await gotoApp(page, '/?colour=status');
		await expect(chart(page)).toHaveAttribute('data-colouring', 'status');
		await expect(page.getByRole('radio', { name: 'Status', exact: true })).toBeChecked();
		await gotoApp(page, '/?colour=rainbow');
		await expect(chart(page)).toHaveAttribute('data-colouring', 'category');
		await expect(page.getByText(/the timeline colouring “rainbow” is not one of/)).toBeVisible();
	});

	test('announcements are ticks joined to their events, and a postponed round is one thread', async ({
		page
	}) => {
		await openRealShaped(page);
		const svg = chart(page);
		// Each event in view announced before its day has a tick, left of its mark.
		const announced = svg.locator('[data-layer="threads"] .announcement[data-announced]');
		expect(await announced.count()).toBeGreaterThanOrEqual(3);
		const tick = svg.locator('.announcement[data-announced="round-2-rescheduled"]');
		await expect(tick).toHaveCount(1);
		const tickBox = (await tick.boundingBox())!;
		const markBox = (await svg
			.locator('.mark[data-event-id="round-2-rescheduled"] .glyph')
			.first()
			.boundingBox())!;
		expect(tickBox.x).toBeLessThan(markBox.x);
		expect(
			Math.abs(tickBox.y + tickBox.height / 2 - (markBox.y + markBox.height / 2))
		).toBeLessThan(3);

		// Announced → postponed → rescheduled → held: one thread, every step drawn.
		const steps = [
			['round-2-hollen-original', 'round-2-postponement'],
			['round-2-hollen-original', 'round-2-rescheduled'],
			['round-2-rescheduled', 'round-2-hollen-held']
		];
		const threads = new Set<string>();
		for (const [from, to] of steps) {
			const link = svg.locator(`.thread[data-from="${from}"][data-to="${to}"]`);
			await expect(link, `${from} → ${to}`).toHaveCount(1);
			threads.add((await link.getAttribute('data-thread'))!);
		}
		expect(threads.size).toBe(1);
		await expect(svg.locator('[data-legend-key="thread"]')).toHaveText('Follows or reschedules');
		await expect(svg.locator('[data-legend-key="announced"]')).toHaveCount(1);
	});

	test('opening the detail panel does not re-pack the lanes or move the clicked mark', async ({
		page
	}) => {
		await openRealShaped(page);
		const svg = chart(page);
		for (const id of ['hollen-summit', 'round-2-rescheduled']) {
			const glyph = svg.locator(`.mark[data-event-id="${id}"] .glyph`).first();
			const before = await glyph.boundingBox();
			const lanes = await svg
				.locator('[data-layer="lanes"] .lane-band')
				.evaluateAll((rects) =>
					rects.map((r) => `${r.getAttribute('y')}/${r.getAttribute('height')}`)
				);
			await glyph.click();
			await expect(page.locator(`[data-event-detail="${id}"]`)).toBeVisible();
			expect(await glyph.boundingBox()).toEqual(before);
			expect(
				await svg
					.locator('[data-layer="lanes"] .lane-band')
					.evaluateAll((rects) =>
						rects.map((r) => `${r.getAttribute('y')}/${r.getAttribute('height')}`)
					)
			).toEqual(lanes);
			await page.keyboard.press('Escape');
			await expect(page.locator('[data-event-detail]')).toHaveCount(0);
		}
	});
});
