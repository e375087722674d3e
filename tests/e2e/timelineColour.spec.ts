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
	// Opening the fixture through the file picker takes a while on a busy machine.
	test.describe.configure({ timeout: 90_000 });

	test('marks are coloured by category with a key; Status and Off switch it, and the address keeps it', async ({
		page
	}) => {
		await openRealShaped(page);
		const svg = chart(page);
		await expect(svg).toHaveAttribute('data-colouring', 'category');
		// A label left of its mark ends at the mark (the layout's text widths are estimates; the
		// label is drawn from its right edge), never a stretch of other events away from it.
		const gaps = await svg.locator('.mark-label[text-anchor="end"]').evaluateAll((labels) =>
			labels.map((label) => {
				const box = label.getBoundingClientRect();
				const middle = box.y + box.height / 2;
				const marks = [
					...document.querySelectorAll(
						`svg[data-chart="timeline"] .mark[data-event-id="${label.getAttribute('data-label-for')}"]`
					)
				].map((mark) => mark.getBoundingClientRect());
				// Its mark: the one in the label's row.
				const own = marks.sort(
					(p, q) => Math.abs(p.y + p.height / 2 - middle) - Math.abs(q.y + q.height / 2 - middle)
				)[0]!;
				return own.x - box.right;
			})
		);
		expect(gaps.length).toBeGreaterThan(2);
		for (const gap of gaps) {
			expect(gap).toBeGreaterThanOrEqual(0);
			expect(gap).toBeLessThan(8);
		}
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
		const start = (await svg.getAttribute('data-visible-start'))!.slice(0, 10);
		const end = (await svg.getAttribute('data-visible-end'))!.slice(0, 10);
		const occurred = realShaped.events.filter(
			(e) => e.status === 'occurred' && e.date.value >= start && e.date.value <= end
		);
		const talks = occurred.find((e) => e.type.plover === 'CONSULT')!;
		const other = occurred.find((e) => e.type.plover && e.type.plover !== 'CONSULT')!;
		expect(await markColour(page, 'round-2-hollen-original')).not.toBe(
			await markColour(page, talks.id)
		);
		expect(await markColour(page, other.id)).toBe(await markColour(page, talks.id));
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
		// It sits on the row of one of the event's marks, left of that mark.
		const centres = await svg
			.locator('.mark[data-event-id="round-2-rescheduled"] .glyph')
			.evaluateAll((glyphs) =>
				glyphs.map((g) => {
					const box = g.getBoundingClientRect();
					return { x: box.x, y: box.y + box.height / 2 };
				})
			);
		const tickY = tickBox.y + tickBox.height / 2;
		const joined = centres.find((c) => Math.abs(c.y - tickY) < 3);
		expect(joined, `a mark at the tick's height (${tickY})`).toBeDefined();
		expect(tickBox.x).toBeLessThan(joined!.x);

		// Announced → postponed → rescheduled → held: one thread, every step drawn.
		const steps = [
			['round-2-postponement', 'round-2-hollen-original'],
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
		const laneBands = () =>
			svg
				.locator('[data-layer="lanes"] .lane-band')
				.evaluateAll((rects) =>
					rects.map((r) => `${r.getAttribute('y')}/${r.getAttribute('height')}`)
				);
		/** Each drawn mark's row (its glyph's centre, relative to the chart), by mark key. */
		const rows = () =>
			svg.evaluate((element) => {
				const top = element.getBoundingClientRect().top;
				return Object.fromEntries(
					[...element.querySelectorAll('[data-layer="marks"] .mark')].map((mark) => {
						const box = mark.querySelector('.glyph-outline')!.getBoundingClientRect();
						return [mark.getAttribute('data-mark-key'), Math.round(box.y + box.height / 2 - top)];
					})
				);
			});
		const lanes = await laneBands();
		const before = await rows();
		// A mark on the left of the chart does not move in it (the page above may reflow, as it
		// gives up the panel's width; the chart's own place is what is compared).
		const glyph = svg.locator('.mark[data-event-id="round-1-port-selim"] .glyph-outline').first();
		const centre = () =>
			glyph.evaluate((element) => {
				const chartBox = element.closest('svg')!.getBoundingClientRect();
				const box = element.getBoundingClientRect();
				return {
					x: Math.round(box.x + box.width / 2 - chartBox.x),
					y: Math.round(box.y + box.height / 2 - chartBox.y)
				};
			});
		const place = await centre();
		await glyph.click();
		await expect(page.locator('[data-event-detail="round-1-port-selim"]')).toBeVisible();
		await expect.poll(centre).toEqual(place);
		expect(await laneBands()).toEqual(lanes);
		// No mark changes row (the lanes are not re-packed).
		const after = await rows();
		for (const [key, y] of Object.entries(after))
			if (key in before) expect(y, key).toBe(before[key]);
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-event-detail]')).toHaveCount(0);

		// A mark near the right edge keeps its row, and stays beside the panel, not under it.
		const right = svg.locator('.mark[data-event-id="hollen-summit"] .glyph-outline').first();
		const rightRow = (await rows())[
			'hollen-summit@' +
				(await right.evaluate((e) => e.closest('.mark')!.getAttribute('data-lane-key')))
		];
		await right.click();
		const panel = page.locator('[data-event-detail="hollen-summit"]');
		await expect(panel).toBeVisible();
		const panelLeft = (await panel.boundingBox())!.x;
		await expect.poll(async () => (await right.boundingBox())!.x).toBeLessThan(panelLeft);
		expect(
			(await rows())[
				'hollen-summit@' +
					(await right.evaluate((e) => e.closest('.mark')!.getAttribute('data-lane-key')))
			]
		).toBe(rightRow);
		expect(await laneBands()).toEqual(lanes);
	});
});
