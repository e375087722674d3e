/**
 * The embed, as a newsroom uses it: the "Embed" dialog gives an `<iframe>` snippet for the chart
 * as shown; pasted into a host page on another origin (tests/fixtures/embedHost/host.html), it
 * shows that chart alone with the same filters, reports its height so the host sizes the frame,
 * links back to the full view, and passes axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { gotoApp } from './app';
import { findChromium } from './findChromium';
import { dataset, expectedEventIds } from './loadDataset';
import { REAL_SHAPED_PATH, realShaped } from './realShaped';

test.describe.configure({ timeout: 60_000 });

// The host page is served by the test on a name of its own; Chromium's local-network checks
// would block a frame from it to the app on 127.0.0.1 (a real host page is on the public web,
// like the app it embeds).
const chromium = findChromium();
test.use({
	launchOptions: {
		executablePath: typeof chromium === 'string' ? undefined : chromium.executablePath,
		args: ['--disable-features=LocalNetworkAccessChecks']
	}
});

const HOST_URL = 'http://host.localhost/article.html';
const HOST_PAGE = readFileSync('tests/fixtures/embedHost/host.html', 'utf8');

/** Opens the Embed dialog of a chart and returns the code it offers. */
async function copyEmbedCode(page: Page, chartLabel: 'Timeline' | 'Mediation network') {
	const view = page.getByRole('region', { name: chartLabel, exact: true });
	await view.getByRole('button', { name: 'Embed' }).click();
	const dialog = page.getByRole('dialog', { name: /^Embed the / });
	await expect(dialog).toBeVisible();
	const code = await dialog.getByLabel('Embed code').inputValue();
	return { dialog, code };
}

/** A host page on another origin with the snippet pasted in; returns the embed's frame. */
async function openHostPage(page: Page, snippet: string): Promise<Frame> {
	await page.route(HOST_URL, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: HOST_PAGE.replace('<!-- PARLEY-EMBED -->', snippet)
		})
	);
	await page.goto(HOST_URL);
	const frame = page.frameLocator('iframe');
	await frame.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	const handle = await page.locator('iframe').elementHandle();
	return (await handle!.contentFrame())!;
}

test('the Embed dialog gives a snippet of the network as filtered: the host page shows it alone, sized to fit, with a way back', async ({
	page
}) => {
	await gotoApp(page, '/?category=CONSULT&status=occurred,reported');
	const { dialog, code } = await copyEmbedCode(page, 'Mediation network');
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();

	const iframeHtml = /<iframe [^>]*><\/iframe>/.exec(code)![0];
	expect(iframeHtml).toMatch(/ title="Mediation network: [^"]+ \(Parley\)"/);
	expect(iframeHtml).toContain('loading="lazy"');
	const src = new URL(/ src="([^"]+)"/.exec(iframeHtml)![1]!.replaceAll('&amp;', '&'));
	expect(src.pathname).toBe('/embed/');
	expect(src.searchParams.get('chart')).toBe('network');
	expect(src.searchParams.get('category')).toBe('CONSULT');

	const frame = await openHostPage(page, code);
	const embed = page.frameLocator('iframe');
	// The chart, and nothing of the app around it: no filter panel, no table, no other chart.
	await expect(embed.locator('svg[data-chart="network"]')).toBeVisible();
	await expect(embed.locator('svg[data-chart="timeline"]')).toHaveCount(0);
	await expect(embed.locator('#filter-panel')).toHaveCount(0);
	await expect(embed.locator('table')).toHaveCount(0);
	// The link's filters apply, and are said in words.
	const shown = expectedEventIds({
		categories: ['CONSULT'],
		statuses: ['occurred', 'reported']
	}).length;
	expect(shown).toBeLessThan(dataset.events.length);
	const facts = embed.locator('[data-embed-facts]');
	await expect(facts).toContainText(`${shown} of ${dataset.events.length} events`);
	await expect(facts).toContainText('category CONSULT');
	await expect(facts).toContainText('status occurred or reported');
	await expect(embed.locator('footer')).toContainText('Made with Parley');

	// The host script sized the frame from the embed's message: the whole embed shows, no more.
	const iframe = page.locator('iframe');
	await expect
		.poll(async () => {
			const frameHeight = await iframe.evaluate((f) => f.getBoundingClientRect().height);
			const content = await frame.evaluate(() =>
				Math.ceil(document.querySelector('[data-embed]')!.getBoundingClientRect().bottom)
			);
			return Math.abs(frameHeight - content);
		})
		.toBeLessThanOrEqual(1);
	expect(await iframe.evaluate((f) => f.getBoundingClientRect().height)).not.toBe(
		Number(await iframe.getAttribute('height'))
	);
	await expect(page.locator('#after-embed')).toBeVisible();

	// "Open in Parley": the full app with the same view, in a new tab.
	const open = embed.getByRole('link', { name: /Open in Parley/ });
	await expect(open).toHaveAttribute('target', '_blank');
	const full = new URL((await open.getAttribute('href'))!);
	expect(full.pathname).toBe('/');
	expect(full.searchParams.get('category')).toBe('CONSULT');
	expect(full.searchParams.get('status')).toBe('occurred,reported');
	expect(full.searchParams.has('chart')).toBe(false);
	await gotoApp(page, full.href);
	await expect(page.locator('[data-filter-summary] .count')).toHaveText(
		`Showing ${shown} of ${dataset.events.length} events`
	);
});

test('the embed reports its height again when it changes, and never adds to the host page history', async ({
	page
}) => {
	await gotoApp(page, '/');
	const { code } = await copyEmbedCode(page, 'Timeline');
	const frame = await openHostPage(page, code);
	const historyBefore = await page.evaluate(() => history.length);
	const heights: number[] = [];
	await page.exposeFunction('recordHeight', (h: number) => heights.push(h));
	await page.evaluate(() =>
		addEventListener('message', (e) => {
			if (e.data?.type === 'parley:resize')
				(window as unknown as { recordHeight: (h: number) => void }).recordHeight(e.data.height);
		})
	);
	// The embed's content grows: the host hears of the new height and sizes the frame to it.
	const before = await frame.evaluate(
		() => document.querySelector('[data-embed]')!.getBoundingClientRect().height
	);
	await frame.evaluate(() => {
		const extra = document.createElement('p');
		extra.style.height = '200px';
		extra.textContent = 'grown';
		document.querySelector('[data-embed]')!.append(extra);
	});
	await expect.poll(() => heights.at(-1) ?? 0).toBeGreaterThanOrEqual(before + 199);
	await expect
		.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
		.toBeGreaterThanOrEqual(before + 199);
	// Zooming and panning inside the embed leave the host page's history alone.
	const embed = page.frameLocator('iframe');
	await embed.getByRole('button', { name: 'Zoom in on the timeline' }).first().click();
	await embed.getByRole('button', { name: 'Zoom in on the timeline' }).first().click();
	expect(await page.evaluate(() => history.length)).toBe(historyBefore);
});

test('an embed of another dataset (?data=) shows that dataset, its credit and a link to its file', async ({
	page
}) => {
	await page.route('**/fixture-data/real-shaped.json', (route) =>
		route.fulfill({ contentType: 'application/json', body: readFileSync(REAL_SHAPED_PATH) })
	);
	const dataUrl =
		'http://127.0.0.1:' + (process.env.PARLEY_E2E_PORT ?? 4173) + '/fixture-data/real-shaped.json';
	const src = `http://127.0.0.1:${process.env.PARLEY_E2E_PORT ?? 4173}/embed/?data=${encodeURIComponent(dataUrl)}&chart=timeline`;
	await openHostPage(
		page,
		`<iframe src="${src.replaceAll('&', '&amp;')}" title="Timeline"></iframe>`
	);
	const embed = page.frameLocator('iframe');
	await expect(embed.getByRole('heading', { level: 1 })).toHaveText(realShaped.meta.title);
	await expect(embed.locator('svg[data-chart="timeline"]')).toBeVisible();
	await expect(embed.locator('[data-embed-data]')).toHaveAttribute('href', dataUrl);
	const open = new URL(
		(await embed.getByRole('link', { name: /Open in Parley/ }).getAttribute('href'))!
	);
	expect(open.searchParams.get('data')).toBe(dataUrl);
});

test('the embed has no axe violations (WCAG 2.2 AA), for each chart', async ({ page }) => {
	for (const chart of ['timeline', 'network']) {
		await gotoApp(page, `/embed/?chart=${chart}&category=CONSULT`);
		await expect(page.locator(`svg[data-chart="${chart}"]`)).toBeVisible();
		const results = await new AxeBuilder({ page })
			.options({ rules: { 'target-size': { enabled: true } } })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		const violations = results.violations.flatMap((v) =>
			v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.html.slice(0, 120)}`)
		);
		expect(violations, chart).toEqual([]);
	}
});

test('the prerendered full page carries schema.org JSON-LD of the bundled events; the embed carries none and asks not to be indexed', async ({
	request
}) => {
	const html = await (await request.get('/')).text();
	const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
	expect(blocks).toHaveLength(1);
	const graph = JSON.parse(blocks[0]![1]!)['@graph'] as { '@type': string; identifier?: string }[];
	expect(graph.filter((n) => n['@type'] === 'Event').map((n) => n.identifier)).toEqual(
		dataset.events.map((e) => e.id)
	);
	const file = await request.get('/events.json');
	expect(file.ok()).toBe(true);
	expect((await file.json()).meta.title).toBe(dataset.meta.title);
	const embedHtml = await (await request.get('/embed/')).text();
	expect(embedHtml).not.toContain('application/ld+json');
	expect(embedHtml).toMatch(/<meta name="robots" content="noindex"/);
});
