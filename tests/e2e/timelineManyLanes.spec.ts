/**
 * The timeline with hundreds of lanes (200 actors, 5,000 contact events: the network
 * benchmark's dataset, opened through the file picker): only the lanes near the screen draw
 * (their backgrounds, labels, marks and bands), so the page stays small; scrolling, the
 * keyboard and an export still reach every lane.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateNetworkDataset } from '../bench/lib/networkDataset.mjs';
import { gotoApp } from './app';

test.describe.configure({ timeout: 180_000 });
test.use({ trace: 'off' });

const dataset = generateNetworkDataset({ actors: 200, events: 5000, seed: 7 });
let file = '';

test.beforeAll(() => {
	file = join(mkdtempSync(join(tmpdir(), 'parley-lanes-')), 'many-actors.json');
	writeFileSync(file, JSON.stringify(dataset));
});

const chart = (page: Page) => page.locator('svg[data-chart="timeline"]');

/** Lanes in the chart, and those drawing marks or bands. */
function lanesDrawn(page: Page) {
	return chart(page).evaluate((svg) => {
		const lanes = [...svg.querySelectorAll('[data-layer="lanes"] .lane-band')].length;
		const drawn = new Set(
			[...svg.querySelectorAll('[data-lane-key]')].map((e) => e.getAttribute('data-lane-key'))
		);
		const count = (selector: string) =>
			document.querySelector(selector)?.getElementsByTagName('*').length ?? 0;
		return {
			lanes,
			drawn: drawn.size,
			elements: document.getElementsByTagName('*').length,
			timeline: svg.getElementsByTagName('*').length,
			network: count('svg[data-chart="network"]')
		};
	});
}

test('hundreds of lanes: only those near the screen draw, scrolling and the keyboard reach the rest, an export has them all', async ({
	page
}) => {
	await gotoApp(page, '/');
	await page.getByLabel(/Dataset files/).setInputFiles(file);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.meta.title, {
		timeout: 60_000
	});
	await expect(chart(page)).toHaveAttribute('aria-label', /5,?000 events/, { timeout: 60_000 });

	const first = await lanesDrawn(page);
	expect(first.drawn).toBeGreaterThan(0);
	// The timeline stays a few thousand elements (the network has its own caps).
	expect(first.timeline).toBeLessThan(4_000);

	// The export draws every lane: far more than the page holds now.
	const onPage = await chart(page).evaluate((svg) => svg.getElementsByTagName('*').length);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export SVG' }).first().click();
	const chunks = await (await (await download).createReadStream()).toArray();
	const text = Buffer.concat(chunks).toString('utf8');
	const exported = (text.match(/<[a-zA-Z]/g) ?? []).length;
	expect(exported).toBeGreaterThan(onPage * 3);
	// The chart names how many lanes it has; the page holds only those near the screen: their
	// backgrounds, marks and bands.
	const label = (await chart(page).getAttribute('aria-label')) ?? '';
	const allLanes = Number(/in ([\d,]+) lanes/.exec(label)?.[1]?.replace(/,/g, ''));
	expect(allLanes).toBeGreaterThan(100);
	expect(first.lanes).toBeGreaterThan(0);
	expect(first.lanes).toBeLessThan(allLanes / 2);
	expect(first.drawn).toBeLessThan(allLanes / 2);
	// And the page went back to drawing only what is near the screen.
	expect((await lanesDrawn(page)).lanes).toBeLessThan(allLanes / 2);

	// Scrolled to the chart's end, the last lanes draw (down to the legend), with their marks.
	await chart(page).evaluate((svg) => svg.scrollIntoView({ block: 'end' }));
	const lowest = () =>
		chart(page).evaluate((svg) => {
			const bands = [...svg.querySelectorAll('[data-layer="lanes"] .lane-band')];
			const last = bands.at(-1)!;
			return {
				key: last.getAttribute('data-lane'),
				bottom: Number(last.getAttribute('y')) + Number(last.getAttribute('height')),
				height: Number(svg.getAttribute('height'))
			};
		});
	await expect
		.poll(async () => {
			const { bottom, height } = await lowest();
			return height - bottom;
		})
		.toBeLessThan(300);
	const { key } = await lowest();
	await expect
		.poll(() => chart(page).locator(`[data-lane-key="${key}"]`).count())
		.toBeGreaterThan(0);

	// Back at the top, End moves focus to the last event, wherever its lane is, and it is drawn.
	await page.evaluate(() => window.scrollTo(0, 0));
	await chart(page).locator('[data-focus-item][tabindex="0"]').focus();
	await page.keyboard.press('End');
	await expect
		.poll(() =>
			page.evaluate(() => document.activeElement?.closest('svg')?.getAttribute('data-chart'))
		)
		.toBe('timeline');
	const focused = await page.evaluate(() => {
		const element = document.activeElement!;
		const box = element.getBoundingClientRect();
		return {
			key: element.getAttribute('data-lane-key'),
			onScreen: box.bottom > 0 && box.top < innerHeight
		};
	});
	expect(focused.key).toBeTruthy();
	expect(focused.onScreen).toBe(true);
});

test('after the window narrows, a crowded chart is packed as if it had opened that narrow', async ({
	page
}) => {
	/** Each drawn mark's place: its key and its glyph's top, relative to the chart. */
	const rows = () =>
		chart(page).evaluate((svg) => {
			const top = svg.getBoundingClientRect().top;
			return Object.fromEntries(
				[...svg.querySelectorAll('[data-layer="marks"] .mark')].map((mark) => [
					mark.getAttribute('data-mark-key'),
					Math.round(mark.querySelector('.glyph')!.getBoundingClientRect().top - top)
				])
			);
		});
	/**
	 * Scrolls to the middle of the chart, where the quieter lanes draw single marks: the chart
	 * scrolls inside its own box (under its sticky axis), brought into view on the page first.
	 */
	const toMiddle = () =>
		chart(page).evaluate((svg) => {
			const frame = svg.closest<HTMLElement>('.frame')!;
			frame.scrollIntoView({ block: 'start' });
			frame.scrollTop = (frame.scrollHeight - frame.clientHeight) / 2;
		});
	const open = async () => {
		await gotoApp(page, '/');
		await page.getByLabel(/Dataset files/).setInputFiles(file);
		await expect(chart(page)).toHaveAttribute('aria-label', /5,?000 events/, { timeout: 60_000 });
		await toMiddle();
	};
	await page.setViewportSize({ width: 700, height: 800 });
	await open();
	await expect.poll(async () => Object.keys(await rows()).length).toBeGreaterThan(20);
	const narrow = await rows();
	await page.setViewportSize({ width: 1280, height: 800 });
	await open();
	await expect.poll(async () => Object.keys(await rows()).length).toBeGreaterThan(20);
	const wide = await rows();
	expect(wide).not.toEqual(narrow);
	await page.setViewportSize({ width: 700, height: 800 });
	await toMiddle();
	await expect.poll(rows).toEqual(narrow);
});
