import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';
import { formatDayRange } from '../../src/lib/data/time/dates';
import { buildGraph } from '../../src/lib/layout/network/buildGraph';
import { eventsInTime } from '../../src/lib/layout/network/eventsInTime';
import { computeVisibleGraph } from '../helpers/oracles/computeVisibleGraph';
import { parseCsvDataset } from '../../src/lib/data/csv/parseCsvDataset';
import { validateDataset } from '../../src/lib/data/validation/validateDataset';
import { compareImages, decodePng } from '../helpers/chartPixels';
import { lintStandaloneSvg } from '../helpers/lintStandaloneSvg';
import { dataset, expectedEventIds } from './loadDataset';
import { gotoApp } from './app';
import { openRealShaped, realShaped } from './realShaped';

const CHARTS = [
	{ chart: 'timeline', label: 'timeline', groups: ['axis', 'lanes', 'marks', 'labels', 'legend'] },
	{ chart: 'network', label: 'mediation network', groups: ['edges', 'nodes', 'labels', 'legend'] }
];

async function download(page: Page, group: string, button: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('group', { name: group }).getByRole('button', { name: button }).click()
	]);
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: readFileSync(path), path };
}

/** Where two strings part, with some context; '' when they are equal. */
function firstDifference(a: string, b: string): string {
	if (a === b) return '';
	let i = 0;
	while (a[i] === b[i]) i++;
	return `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const { chart, label, groups } of CHARTS) {
	test(`Export SVG of the ${label}: a standalone file that passes every rule and renders outside the browser`, async ({
		page
	}) => {
		// Tall enough that the whole chart is on screen, so screenshots need no scrolling.
		await page.setViewportSize({ width: 1280, height: 3000 });
		await gotoApp(page, '/');
		const svg = page.locator(`svg[data-chart="${chart}"]`);
		await expect(svg).toBeVisible();
		// The pointer rests on the button before and after, so only the export could change the chart.
		await page
			.getByRole('group', { name: `Export the ${label}` })
			.getByRole('button', { name: 'Export SVG' })
			.hover();
		// Svelte's own comment markers may differ after a re-render; the markup may not.
		const markup = () => svg.evaluate((element) => element.outerHTML.replace(/<!--[^>]*-->/g, ''));
		const before = await markup();
		const screenBefore = await svg.screenshot();

		const file = await download(page, `Export the ${label}`, 'Export SVG');
		expect(file.name).toMatch(new RegExp(`^parley-${chart}-\\d{4}-\\d{2}-\\d{2}\\.svg$`));
		const text = file.bytes.toString('utf8');
		expect(
			lintStandaloneSvg(text, { requiredGroups: [...groups, 'header', 'chart', 'credit'] })
		).toEqual([]);
		expect(text).toContain(dataset.meta.title.replace(/&/g, '&amp;'));
		expect(text).toContain('Made with Parley');

		// Exporting changed nothing on screen.
		expect(firstDifference(await markup(), before)).toBe('');
		// Pixel for pixel, bar rasteriser noise: the status line appearing beside a chart that sits
		// at a fractional y can make Chromium redraw it with anti-aliasing a few levels off (seen:
		// up to 15 of 255 in one channel), which a strict colour threshold of 0.05 still forgives.
		const after = compareImages(decodePng(await svg.screenshot()), decodePng(screenBefore), {
			threshold: 0.05,
			shift: 0
		});
		expect(after.differing, 'pixels of the chart that the export changed').toBe(0);

		// rsvg-convert (librsvg) reads it on its own and draws it at the declared size.
		const png = execFileSync('rsvg-convert', ['--format', 'png', file.path]);
		const declared = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(text)!;
		expect(pngSize(png)).toEqual({ width: Number(declared[1]), height: Number(declared[2]) });
	});

	test(`Export PNG of the ${label} is drawn at twice the SVG's size`, async ({ page }) => {
		await gotoApp(page, '/');
		const svgFile = await download(page, `Export the ${label}`, 'Export SVG');
		const declared = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svgFile.bytes.toString('utf8'))!;
		const pngFile = await download(page, `Export the ${label}`, 'Export PNG');
		expect(pngFile.name).toMatch(new RegExp(`^parley-${chart}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
		expect(pngSize(pngFile.bytes)).toEqual({
			width: Number(declared[1]) * 2,
			height: Number(declared[2]) * 2
		});
	});
}

test('an export shows what is filtered: the filters in its subtitle, only the events shown', async ({
	page
}) => {
	await gotoApp(page, '/?actors=sau');
	const shown = expectedEventIds({ actorIds: ['sau'] });
	const file = await download(page, 'Export the timeline', 'Export SVG');
	const text = file.bytes.toString('utf8');
	expect(text).toContain(`${shown.length} of ${dataset.events.length} events`);
	// The subtitle's dates are the timeline's visible window, as drawn.
	const timeline = page.locator('svg[data-chart="timeline"]');
	const [start, end] = await Promise.all(
		['data-visible-start', 'data-visible-end'].map(async (name) =>
			(await timeline.getAttribute(name))!.slice(0, 10)
		)
	);
	expect(text).toContain(`${formatDayRange(start!, end!)} · ${shown.length} of`);
	expect(text).toContain('involving Saudi Arabia');
	expect(lintStandaloneSvg(text)).toEqual([]);
});

test('Export data gives the events shown as a valid dataset that opens again with the same content', async ({
	page
}) => {
	await gotoApp(page, '/?actors=tur');
	const file = await download(page, 'Export data', 'Export data (JSON)');
	expect(file.name).toMatch(/^parley-events-\d{4}-\d{2}-\d{2}\.json$/);
	const exported = JSON.parse(file.bytes.toString('utf8'));
	const result = validateDataset(exported, {
		sourceTexts: new Map([
			['sources/article.txt', readFileSync('data/sources/article.txt', 'utf8')]
		])
	});
	expect(result.errors).toEqual([]);
	expect(result.warnings).toEqual([]);
	const ids = exported.events.map((e: { id: string }) => e.id).sort();
	expect(ids).toEqual(expectedEventIds({ actorIds: ['tur'] }).sort());
	// Each event is as in the dataset; only links to events left out are dropped.
	for (const event of exported.events) {
		const original = structuredClone(dataset.events.find((e) => e.id === event.id)!);
		const related = original.related?.filter((link) => ids.includes(link.eventId));
		if (related?.length) original.related = related;
		else delete original.related;
		expect(event).toEqual(original);
	}
});

test('Events CSV and Actors CSV give the events shown in the spreadsheet layout Parley reads back', async ({
	page
}) => {
	await gotoApp(page, '/?actors=egy');
	const events = await download(page, 'Export data', 'Events CSV');
	expect(events.name).toMatch(/^parley-events-\d{4}-\d{2}-\d{2}\.csv$/);
	const actors = await download(page, 'Export data', 'Actors CSV');
	expect(actors.name).toMatch(/^parley-actors-\d{4}-\d{2}-\d{2}\.csv$/);
	const strip = (bytes: Buffer) => bytes.toString('utf8').replace(/^\ufeff/, '');
	const result = parseCsvDataset(
		{ name: events.name, text: strip(events.bytes) },
		{ name: actors.name, text: strip(actors.bytes) },
		{ today: '2026-11-26', missingSourceText: 'warning' }
	);
	expect(result.errors).toEqual([]);
	expect(result.dataset!.events.map((e) => e.id).sort()).toEqual(
		expectedEventIds({ actorIds: ['egy'] }).sort()
	);
});

test("the network's export counts the events in the time it shows and credits only their sources", async ({
	page
}) => {
	test.setTimeout(90_000);
	await openRealShaped(page);
	const network = page.locator('svg[data-chart="network"]');
	const days = realShaped.events.map((e) => e.date.value).sort();
	await page.getByRole('radio', { name: 'As of' }).check();
	const asOf = days[Math.floor(days.length / 3)]!;
	await page.getByLabel('Show contacts up to this day').fill(asOf);
	await expect
		.poll(async () => Number(await network.getAttribute('data-event-count')))
		.toBeLessThan(realShaped.events.length);
	const count = Number(await network.getAttribute('data-event-count'));
	// What the network draws as of that day, worked out apart: every line is drawn at this size.
	const graph = buildGraph(
		realShaped.events,
		createActorHierarchy(realShaped.actors),
		realShaped.relations ?? []
	);
	const inTime = eventsInTime(realShaped.events, { kind: 'asOf', day: asOf });
	const visible = computeVisibleGraph(graph, new Set(inTime.map((event) => event.id)));
	const drawn = new Set([...visible.edges.values()].flatMap((summary) => summary.eventIds));
	expect(count).toBe(inTime.length);
	expect(drawn.size).toBeGreaterThan(0);
	const file = await download(page, 'Export the mediation network', 'Export SVG');
	const text = file.bytes.toString('utf8');
	expect(text).toContain(` · ${count} of ${realShaped.events.length} events · `);
	// The whole credit, unwrapped, is in the description.
	const desc = /<desc>([^<]*)<\/desc>/
		.exec(text)![1]!
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
	const cited = new Set(
		realShaped.events
			.filter((e) => drawn.has(e.id))
			.flatMap((e) => e.evidence.map((item) => item.sourceId))
	);
	const titled = realShaped.sources.filter((s) => s.title);
	const left = titled.filter((s) => !cited.has(s.id));
	const credited = titled.filter((s) => cited.has(s.id));
	expect(left.length, 'sources of events not drawn').toBeGreaterThan(0);
	for (const source of left) expect(desc).not.toContain(`“${source.title}”`);
	expect(credited.some((s) => desc.includes(`“${s.title}”`))).toBe(true);
});

test('an export made while lines are still fading in holds the settled chart, not that frame', async ({
	page
}) => {
	await gotoApp(page, '/');
	const edges = page.locator('svg[data-chart="network"] [data-layer="edges"] .edge');
	await expect(edges.first()).toBeAttached();
	const settled = await download(page, 'Export the mediation network', 'Export SVG');
	// Every line caught a tenth of the way into a long fade, as a press during a filter change is.
	const running = await edges.evaluateAll((groups) =>
		groups.map((group) => {
			const fade = group.animate([{ opacity: 0 }, { opacity: 1 }], { duration: 60_000 });
			fade.pause();
			fade.currentTime = 6_000;
			return getComputedStyle(group).opacity;
		})
	);
	expect(running.every((opacity) => Number(opacity) < 0.2)).toBe(true);
	const pressed = await download(page, 'Export the mediation network', 'Export SVG');
	const text = pressed.bytes.toString('utf8');
	expect(text.match(/<g opacity="[^"]*"/g) ?? [], 'lines written half faded').toEqual([]);
	expect(firstDifference(text, settled.bytes.toString('utf8'))).toBe('');
});
