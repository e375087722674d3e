/**
 * The benchmark's `window.__bench` hook, end to end at a small size: outcomes (what the page
 * shows), never timings; `npm run bench` does the timing. The hook exists only in a build made
 * for the benchmark (build-bench/); the normal build must ignore `?bench=1`.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../bench/lib/dataset.mjs';
import { generateNetworkDataset } from '../bench/lib/networkDataset.mjs';
import { gotoApp } from './app';
import { ensureBenchBuild, serveBenchBuild } from './benchBuild';

const count = (page: Page) => page.locator('[data-filter-summary] [role="status"]');
const timeline = (page: Page) => page.locator('svg[data-chart="timeline"]');

async function openBenchPage(page: Page): Promise<void> {
	await gotoApp(page, '/?n=100&seed=42&bench=1');
	await page.waitForFunction(() => typeof window.__bench?.load === 'function');
}

/** The timeline's window, in ms, from the attributes it writes. */
async function timelineWindow(page: Page): Promise<[number, number]> {
	const svg = timeline(page);
	const start = await svg.getAttribute('data-visible-start');
	const end = await svg.getAttribute('data-visible-end');
	return [Date.parse(start!), Date.parse(end!)];
}

function expectWindow(actual: [number, number], startIso: string, endIso: string) {
	// Within a second: the zoom maths works in floating point.
	expect(Math.abs(actual[0] - Date.parse(startIso))).toBeLessThan(1000);
	expect(Math.abs(actual[1] - Date.parse(endIso))).toBeLessThan(1000);
}

test.describe('in the build made for the benchmark', () => {
	test.beforeAll(() => {
		test.setTimeout(300_000);
		ensureBenchBuild();
	});
	test.beforeEach(async ({ context, baseURL }) => {
		await serveBenchBuild(context, new URL(baseURL!).origin);
	});

	test('with ?bench=1 the page shows no events until load, then load, filter and zoom work', async ({
		page
	}) => {
		const data = generateDataset(100, 42);
		const usa = data.events.filter((e) => e.actor === 'usa').length;
		expect(usa).toBeGreaterThan(0);
		expect(usa).toBeLessThan(100);

		await openBenchPage(page);
		await expect(count(page)).toHaveText('Showing all 0 events');
		await expect(page.locator('table.events tbody tr[data-event-id]')).toHaveCount(0);
		// The protocol's own parameters (n, seed, bench) raise no notice.
		await expect(page.getByText('Parts of this link could not be used')).toHaveCount(0);
		// Motion is off for the run.
		expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
			true
		);
		expect(await page.evaluate(() => window.__bench!.info())).toMatchObject({ renderer: 'parley' });

		// Each call resolves once its result is on screen: no waiting needed after it.
		await page.evaluate((d) => window.__bench!.load(d), data);
		await expect(count(page)).toHaveText('Showing all 100 events', { timeout: 1 });
		expectWindow(await timelineWindow(page), data.range.start, data.range.end);
		// All eight actors shown: one lane each.
		await expect(timeline(page)).toHaveAttribute('aria-label', /\b100 events in 8 lanes\b/);

		await page.evaluate(() => window.__bench!.filter(['usa']));
		await expect(count(page)).toHaveText(`Showing ${usa} of 100 events`, { timeout: 1 });

		const all = data.actors.map((a) => a.id);
		await page.evaluate((ids) => window.__bench!.filter(ids), all);
		await expect(count(page)).toHaveText('Showing 100 of 100 events', { timeout: 1 });

		await page.evaluate(() =>
			window.__bench!.zoom('2024-01-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z')
		);
		expectWindow(
			await timelineWindow(page),
			'2024-01-01T00:00:00.000Z',
			'2024-02-01T00:00:00.000Z'
		);
		await page.evaluate((r) => window.__bench!.zoom(r.start, r.end), data.range);
		expectWindow(await timelineWindow(page), data.range.start, data.range.end);

		// A second load replaces the first from scratch: filters gone, the full range shown.
		await page.evaluate(() => window.__bench!.filter(['un']));
		await page.evaluate((d) => window.__bench!.load(d), generateDataset(30, 7));
		await expect(count(page)).toHaveText('Showing all 30 events', { timeout: 1 });
	});

	test('open(dataset) checks a dataset in Parley’s format and shows it; settled() waits for the network', async ({
		page
	}) => {
		const data = generateNetworkDataset({ actors: 30, events: 120, seed: 3 });
		await openBenchPage(page);

		const { checkMs } = await page.evaluate((d) => window.__bench!.open(d), data);
		expect(checkMs).toBeGreaterThanOrEqual(0);
		await expect(count(page)).toHaveText('Showing all 120 events', { timeout: 1 });
		await page.evaluate(() => window.__bench!.settled());
		// The network has caught up: its caption counts the dataset's events, and it draws lines.
		const network = page.locator('section.network');
		await expect(network.locator('.caption').first()).toContainText('from 120 events', {
			timeout: 1
		});
		expect(await network.locator('[data-layer="edges"] [data-source]').count()).toBeGreaterThan(0);

		// An invalid dataset is refused and the shown one stays.
		const invalid = { ...data, events: [{ ...data.events[0], sourceActors: ['nobody'] }] };
		const refused = await page.evaluate(
			(d) =>
				window.__bench!.open(d).then(
					() => null,
					(error: Error) => error.message
				),
			invalid
		);
		expect(refused).toMatch(/^invalid data set: /);
		await expect(count(page)).toHaveText('Showing all 120 events');
	});
});

test('without ?bench=1 there is no hook and its code is not loaded', async ({ page }) => {
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.text());
	});
	await gotoApp(page, '/');
	expect(await page.evaluate(() => typeof window.__bench)).toBe('undefined');
	const bodies = await Promise.all(scripts);
	expect(bodies.length).toBeGreaterThan(0);
	for (const body of bodies) expect(body).not.toContain('__bench');
});

test('a normal build ignores ?bench=1: no hook, no bench code, the bundled dataset, motion as the visitor set it', async ({
	page
}) => {
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.text());
	});
	await gotoApp(page, '/?n=100&seed=42&bench=1&validate=1');
	await page.waitForLoadState('networkidle');
	expect(await page.evaluate(() => typeof window.__bench)).toBe('undefined');
	await expect(count(page)).toHaveText(/^Showing all [1-9]\d* events$/);
	expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(
		false
	);
	const bodies = await Promise.all(scripts);
	expect(bodies.length).toBeGreaterThan(0);
	for (const body of bodies) expect(body).not.toContain('__bench');
});
