/**
 * The timeline at scale: thousands of generated events opened through the file picker. Only what is
 * in view is in the DOM, the marks drawn are exactly the events in the window (checked against
 * the app's pure layout functions), dense stretches are density bands whose counts add up,
 * and the keyboard reaches a band and zooms into it until the marks resolve.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createActorHierarchy } from '../../src/lib/data/actors/actorHierarchy';
import type { Dataset } from '../../src/lib/data/schema';
import { sortEventsByTime } from '../../src/lib/data/time/sortEvents';
import { compositeOver, contrastRatio } from '../helpers/contrast';
import {
	markKeyAt,
	type LaneMarks,
	type TimelineIndex
} from '../../src/lib/layout/timeline/laneIndex';
import { cullWindow } from '../../src/lib/layout/timeline/layoutTimeline';
import { gotoApp } from './app';
import { watchForErrors } from './pageErrors';
import { computeLanes } from '../helpers/oracles/computeLanes';
import { countInRange } from '../helpers/oracles/countInRange';
import { indexTimelineLanes } from '../helpers/oracles/indexTimelineLanes';
import { visibleMarks } from '../helpers/oracles/visibleMarks';

// Generating, checking and drawing 20,000 events takes a while on a busy machine.
test.describe.configure({ timeout: 600_000 });
// A trace snapshots the whole DOM at every step, thousands of table rows included: far too slow here.
test.use({ trace: 'off' });

/**
 * 20,000 events (about 40 s here). The window check once failed after End (192 of 206 events
 * of a lane): a band in the cull margin, clipped to the window, made a reversed range whose
 * `countInRange` was negative; ranges are now empty when reversed (see the unit test).
 */
const EVENTS = 20_000;
/** Far below one element per event: the timeline's DOM is bounded by what fits on screen. */
const MAX_ELEMENTS = 3_000;

let file = '';
let index: TimelineIndex;

test.beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-scale-'));
	file = join(dir, 'large-strait.json');
	execFileSync('npx', ['tsx', 'tests/fixtures/generateSyntheticDataset.ts', String(EVENTS), file], {
		stdio: 'ignore',
		timeout: 180_000
	});
	const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
	const events = sortEventsByTime(dataset.events);
	index = indexTimelineLanes(
		events,
		computeLanes(events, createActorHierarchy(dataset.actors), 'state')
	);
});

const keysOf = (lane: LaneMarks) => lane.events.map((_, i) => markKeyAt(lane, i));
const chart = (page: Page) => page.locator('svg[data-chart="timeline"]');

interface Drawn {
	window: [number, number];
	width: number;
	bins: [number, number];
	elements: number;
	marks: { key: string; lane: string }[];
	bands: { key: string; lane: string; count: number; start: number; end: number }[];
}

/** What the timeline draws now, read from the DOM. */
async function drawn(page: Page): Promise<Drawn> {
	return chart(page).evaluate((svg) => {
		const marksLayer = svg.querySelector('[data-layer="marks"]')!;
		const time = (element: Element, name: string) => Date.parse(element.getAttribute(name)!);
		return {
			window: [time(svg, 'data-visible-start'), time(svg, 'data-visible-end')],
			width: Number(svg.getAttribute('width')),
			bins: [time(marksLayer, 'data-bins-start'), time(marksLayer, 'data-bins-end')],
			elements: svg.querySelectorAll('*').length,
			marks: [...svg.querySelectorAll('[data-mark-key]')].map((mark) => ({
				key: mark.getAttribute('data-mark-key')!,
				lane: mark.getAttribute('data-lane-key')!
			})),
			bands: [...svg.querySelectorAll('[data-band-key]')].map((band) => ({
				key: band.getAttribute('data-band-key')!,
				lane: band.getAttribute('data-lane-key')!,
				count: Number(band.getAttribute('data-count')),
				start: time(band, 'data-start'),
				end: time(band, 'data-end')
			}))
		} as Drawn;
	});
}

/**
 * Per lane: each band counts exactly the lane's events plotted in its stretch; every event in
 * view that is not inside a band is drawn as a mark, and no other mark is drawn; so the bands'
 * counts and the marks add up to the events in the window.
 */
function expectMarksMatchWindow(view: Drawn) {
	const [start, end] = cullWindow(view.window, view.width);
	const [w0, w1] = view.window;
	for (const lane of index.lanes) {
		const key = lane.lane.key;
		const marks = view.marks.filter((m) => m.lane === key).map((m) => m.key);
		const bands = view.bands.filter((b) => b.lane === key);
		for (const band of bands) {
			expect(band.count, band.key).toBe(countInRange(lane, band.start, band.end));
		}
		const inBand = (time: number) => bands.some((b) => b.start <= time && time < b.end);
		const visible = visibleMarks(lane, start, end);
		// Marks plotted inside the bins: exactly the visible events outside the bands.
		const inBins = (i: number) => lane.times[i]! >= view.bins[0] && lane.times[i]! < view.bins[1];
		const expected = visible.filter((i) => inBins(i) && !inBand(lane.times[i]!));
		const laneKeys = keysOf(lane);
		const drawnInBins = marks.filter((m) => {
			const i = laneKeys.indexOf(m);
			return i >= 0 && inBins(i);
		});
		expect(drawnInBins.sort(), `marks of ${key}`).toEqual(
			expected.map((i) => markKeyAt(lane, i)).sort()
		);
		// Marks reaching in from beyond the bins (long windows) are events in view too.
		const visibleKeys = new Set(visible.map((i) => markKeyAt(lane, i)));
		for (const mark of marks) expect(visibleKeys.has(mark), `${mark} in view`).toBe(true);
		// Bands and marks account for every event plotted in the window.
		const inWindow = (i: number) => lane.times[i]! >= w0 && lane.times[i]! < w1;
		const banded = bands.reduce(
			(sum, b) => sum + countInRange(lane, Math.max(b.start, w0), Math.min(b.end, w1)),
			0
		);
		const markedInWindow = expected.filter(inWindow).length;
		expect(banded + markedInWindow, `events of ${key} in the window`).toBe(
			countInRange(lane, w0, w1)
		);
	}
}

test('thousands of events: bounded DOM, bands that add up, marks that match the window, keyboard into a band', async ({
	page
}) => {
	const errors = watchForErrors(page);
	await gotoApp(page, '/');
	await page.getByLabel(/Dataset files/).setInputFiles(file);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'The Strait talks (fictional test data)',
		{ timeout: 400_000 }
	);
	await expect(chart(page)).toHaveAttribute('aria-label', new RegExp(`${EVENTS} events`), {
		timeout: 60_000
	});

	// Zoomed out: the dense lanes are density bands, and the DOM stays small.
	const fitted = await drawn(page);
	expect(fitted.bands.length).toBeGreaterThan(0);
	expect(fitted.elements).toBeLessThan(MAX_ELEMENTS);
	expectMarksMatchWindow(fitted);

	// Even the palest bar (the band with the fewest events) stands out at 3:1 from its band's
	// background (WCAG 1.4.11): the count is in its height and shade, not only in its label.
	const palest = await page.evaluate(() => {
		const bars = [...document.querySelectorAll<SVGPathElement>('.density-band .band-bar')];
		const bar = bars.sort(
			(a, b) => Number(getComputedStyle(a).fillOpacity) - Number(getComputedStyle(b).fillOpacity)
		)[0]!;
		const area = bar.parentElement!.querySelector<SVGPathElement>('.band-area')!;
		const style = (element: Element) => getComputedStyle(element);
		return {
			bar: style(bar).fill,
			barOpacity: Number(style(bar).fillOpacity),
			area: style(area).fill,
			areaOpacity: Number(style(area).fillOpacity),
			page: getComputedStyle(document.documentElement).getPropertyValue('--bg').trim()
		};
	});
	const bandBackground = compositeOver(palest.area, palest.page, palest.areaOpacity);
	expect(
		contrastRatio(compositeOver(palest.bar, bandBackground, palest.barOpacity), bandBackground)
	).toBeGreaterThanOrEqual(3);

	// A band under the pointer shows its count in a tooltip that describes it, and hides it when
	// the pointer moves off the band (also when it moves within the band, across its parts).
	const firstBand = chart(page).locator('.density-band').first();
	const count = Number(await firstBand.getAttribute('data-count'));
	const tooltip = page.locator('.band-tooltip');
	await firstBand.locator('.band-area').hover();
	await expect(tooltip).toContainText(`${count.toLocaleString('en')} event`);
	const tooltipId = await tooltip.getAttribute('id');
	await expect(firstBand).toHaveAttribute('aria-describedby', tooltipId!);
	await firstBand.locator('.band-bar').hover();
	await expect(tooltip).toContainText(`${count.toLocaleString('en')} event`);
	await page.mouse.move(2, 2);
	await expect(tooltip).toHaveCount(0);
	await expect(firstBand).not.toHaveAttribute('aria-describedby', /./);

	// The keyboard reaches a band; Enter zooms into its stretch of time.
	const svg = chart(page);
	await svg.locator('[data-focus-item][tabindex="0"]').focus();
	let view = fitted;
	for (let step = 0; step < 8; step++) {
		const active = await page.evaluate(() => {
			const element = document.activeElement;
			const band = element?.getAttribute('data-band-key');
			return band
				? {
						start: Date.parse(element!.getAttribute('data-start')!),
						end: Date.parse(element!.getAttribute('data-end')!)
					}
				: null;
		});
		if (!active) break;
		// A focused band shows its tooltip and its focus ring.
		await expect(tooltip).toHaveCount(1);
		await expect(svg.locator('.focus-ring')).toHaveCount(1);
		const before = view.window[1] - view.window[0];
		await page.keyboard.press('Enter');
		await expect
			.poll(async () => {
				const [a, b] = (await drawn(page)).window;
				return b - a;
			})
			.toBeLessThan(before);
		view = await drawn(page);
		// The window is centred on the band's stretch of time.
		const centre = (view.window[0] + view.window[1]) / 2;
		expect(Math.abs(centre - (active.start + active.end) / 2)).toBeLessThan(
			(active.end - active.start) / 50
		);
		expect(view.elements).toBeLessThan(MAX_ELEMENTS);
		expectMarksMatchWindow(view);
		// Focus stays in the timeline, on its one tab stop.
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.getAttribute('tabindex')))
			.toBe('0');
	}
	// Zoomed in far enough, the bands have resolved into marks.
	expect(view.marks.length).toBeGreaterThan(0);
	expect(view.window[1] - view.window[0]).toBeLessThan(fitted.window[1] - fitted.window[0]);

	// Arrow keys move on through events beyond the window; the view pans to keep them in sight.
	await svg.locator('[data-focus-item][tabindex="0"]').focus();
	await page.keyboard.press('End');
	await expect
		.poll(async () => (await drawn(page)).window[1])
		.toBeGreaterThan(index.orderTimes.at(-1)!);
	const last = await drawn(page);
	expect(last.elements).toBeLessThan(MAX_ELEMENTS);
	expectMarksMatchWindow(last);
	expect(errors).toEqual([]);
});

/**
 * More events on one day in one lane than its rows hold stay a band even at maximum zoom: Enter
 * (or a click) there opens the band, the arrow keys step through its events, and Escape returns.
 */
test('a same-day crowd at maximum zoom: the keyboard steps through its events', async ({
	page
}) => {
	const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as Dataset;
	const model = bundled.events.find((e) => e.id === 'pezeshkian-instructs-fm')!;
	const day = (offset: number) =>
		new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
	const clone = (id: string, value: string) => ({
		...structuredClone(model),
		id,
		related: undefined,
		sourceActors: ['ukr'],
		targetActors: [],
		date: { value, precision: 'day' as const, earliest: value, latest: value }
	});
	const CROWD = 12;
	const crowdDay = day(40);
	const crowd = Array.from({ length: CROWD }, (_, k) => clone(`crowd-${k}`, crowdDay));
	// Enough other events in the lane that it gets the usual row cap.
	const spread = Array.from({ length: 60 }, (_, k) => clone(`spread-${k}`, day(k)));
	const dataset = { ...bundled, events: [...bundled.events, ...crowd, ...spread] };
	const crowdFile = join(mkdtempSync(join(tmpdir(), 'parley-crowd-')), 'crowd.json');
	writeFileSync(crowdFile, JSON.stringify(dataset));

	await gotoApp(page, '/');
	await page.getByLabel(/Dataset files/).setInputFiles(crowdFile);
	await expect(chart(page)).toHaveAttribute(
		'aria-label',
		new RegExp(`${dataset.events.length} events`)
	);
	const crowdTime = Date.parse(`${crowdDay}T12:00:00Z`);
	const crowdBand = () =>
		chart(page)
			.locator('[data-band-key][data-lane-key="actor:ukr"]')
			.evaluateAll(
				(bands, time) =>
					bands.findIndex(
						(b) =>
							Date.parse(b.getAttribute('data-start')!) <= time &&
							time < Date.parse(b.getAttribute('data-end')!)
					),
				crowdTime
			);
	const activeMark = () =>
		page.evaluate(() => document.activeElement?.getAttribute('data-mark-key') ?? null);
	// Clicking the crowd's band zooms in on it until it cannot zoom further; then it opens.
	const zoomIn = page.getByRole('button', { name: 'Zoom in on the timeline' });
	const span = async () => {
		const [a, b] = (await drawn(page)).window;
		return b - a;
	};
	const clickCrowdBand = async () => {
		await expect.poll(crowdBand).toBeGreaterThanOrEqual(0);
		const at = await crowdBand();
		await chart(page).locator('[data-band-key][data-lane-key="actor:ukr"]').nth(at).click();
	};
	for (let step = 0; step < 20 && (await zoomIn.isEnabled()); step++) {
		const before = await span();
		await clickCrowdBand();
		await expect.poll(span).toBeLessThan(before);
	}
	await expect(zoomIn).toBeDisabled();
	await clickCrowdBand();
	await expect.poll(activeMark).toMatch(/^crowd-/);

	// The arrow keys visit each event of the crowd once, then leave the band.
	const seen = [(await activeMark())!];
	for (let k = 1; k < CROWD; k++) {
		await page.keyboard.press('ArrowRight');
		await expect.poll(activeMark).not.toBe(seen.at(-1));
		seen.push((await activeMark())!);
	}
	expect(seen.sort()).toEqual(crowd.map((e) => `${e.id}@actor:ukr`).sort());
	await page.keyboard.press('ArrowRight');
	await expect.poll(activeMark).not.toMatch(/^crowd-/);

	// Escape from an event of an opened band puts focus back on the band.
	await chart(page)
		.locator('[data-band-key][data-lane-key="actor:ukr"]')
		.nth(await crowdBand())
		.click();
	await expect.poll(activeMark).toMatch(/^crowd-/);
	await page.keyboard.press('Escape');
	await expect
		.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-band-key') ?? null))
		.toMatch(/^actor:ukr\|/);
});
