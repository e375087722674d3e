import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app';
import { watchForErrors } from './pageErrors';

interface DatasetFile {
	actors: { id: string; kind: string; memberOf?: string[] }[];
	events: {
		id: string;
		summary: string;
		status: string;
		date: { value: string; note?: string };
		sourceActors: string[];
		targetActors: string[];
		mediators?: string[];
		type: { plover: string | null };
	}[];
}

const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetFile;
const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));

/** The state (or igo) an actor belongs to, following memberOf; itself when it has none. */
function rollUp(id: string): string {
	const seen = new Set<string>();
	const queue = [id];
	let top = id;
	while (queue.length > 0) {
		const current = queue.shift()!;
		if (seen.has(current)) continue;
		seen.add(current);
		const actor = actors.get(current);
		if (!actor) continue;
		if (actor.kind === 'state' || actor.kind === 'igo') return current;
		top = current;
		queue.push(...(actor.memberOf ?? []));
	}
	return top;
}

function participants(event: DatasetFile['events'][number]): string[] {
	return [...event.sourceActors, ...event.targetActors, ...(event.mediators ?? [])];
}

const expectedLanes = {
	state: (event: DatasetFile['events'][number]) =>
		new Set(participants(event).map((id) => `actor:${rollUp(id)}`)),
	actor: (event: DatasetFile['events'][number]) =>
		new Set(participants(event).map((id) => `actor:${id}`)),
	category: (event: DatasetFile['events'][number]) =>
		new Set([`category:${event.type.plover ?? 'none'}`])
};

const chart = (page: Page) => page.locator('svg[data-chart="timeline"]');

async function laneKeysByEvent(page: Page): Promise<Record<string, string[]>> {
	return chart(page)
		.locator('[data-event-id]')
		.evaluateAll((marks) => {
			const result: Record<string, string[]> = {};
			for (const mark of marks) {
				const id = mark.getAttribute('data-event-id')!;
				(result[id] ??= []).push(mark.getAttribute('data-lane-key')!);
			}
			return result;
		});
}

async function visibleWindow(page: Page): Promise<[number, number]> {
	const svg = chart(page);
	return [
		Date.parse((await svg.getAttribute('data-visible-start'))!),
		Date.parse((await svg.getAttribute('data-visible-end'))!)
	];
}

async function tickLabels(page: Page): Promise<string[]> {
	return chart(page).locator('[data-layer="axis"] .tick-label').allTextContents();
}

test.describe('timeline', () => {
	test('is one labelled chart with its layers', async ({ page }) => {
		const errors = watchForErrors(page);
		await gotoApp(page, '/');
		const svg = chart(page);
		await expect(svg).toBeVisible();
		await expect(svg).toHaveAttribute('role', 'group');
		await expect(svg).toHaveAttribute('aria-label', new RegExp(`${dataset.events.length} events`));
		for (const layer of [
			'axis',
			'lanes',
			'connectors',
			'marks',
			'labels',
			'legend',
			'reported-on'
		]) {
			await expect(svg.locator(`g[data-layer="${layer}"]`)).toHaveCount(1);
		}
		await expect(svg.locator('foreignObject')).toHaveCount(0);
		await expect(svg.locator('.reported-on-line')).not.toHaveCount(0);
		expect(errors).toEqual([]);
	});

	for (const [grouping, label] of [
		['state', 'By state'],
		['actor', 'People and bodies apart'],
		['category', 'By category']
	] as const) {
		test(`every event has exactly one mark per lane it belongs to (${grouping})`, async ({
			page
		}) => {
			await gotoApp(page, '/');
			await page.getByRole('radio', { name: label }).check();
			await expect(chart(page)).toHaveAttribute('data-grouping', grouping);
			const lanes = await laneKeysByEvent(page);
			expect(Object.keys(lanes).sort()).toEqual(dataset.events.map((e) => e.id).sort());
			for (const event of dataset.events) {
				const got = lanes[event.id]!;
				expect(new Set(got).size, `${event.id} has a duplicate mark`).toBe(got.length);
				expect(new Set(got)).toEqual(expectedLanes[grouping](event));
			}
		});
	}

	test('mediators and hosts are marked as such', async ({ page }) => {
		await gotoApp(page, '/');
		const mediated = dataset.events.filter((e) => (e.mediators ?? []).length > 0);
		for (const event of mediated) {
			const marks = chart(page).locator(`[data-event-id="${event.id}"][data-role="mediator"]`);
			await expect(marks).not.toHaveCount(0);
			await expect(marks.first()).toHaveAttribute('aria-label', /as mediator or host/);
		}
	});

	test('the address keeps a zoom made just before leaving the page', async ({ page }) => {
		await gotoApp(page, '/');
		const fitted = await visibleWindow(page);
		// The window is written once zooming pauses; leaving at once still keeps it.
		await page.getByRole('button', { name: 'Zoom in on the timeline' }).click();
		await expect
			.poll(async () => {
				const [start, end] = await visibleWindow(page);
				return end - start;
			})
			.toBeLessThan((fitted[1] - fitted[0]) * 0.6);
		const zoomed = await visibleWindow(page);
		await page.evaluate(() => {
			location.href = '/?parley-left=1';
		});
		await page.waitForURL(/parley-left/);
		await page.goBack();
		await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
		// The address keeps the window to the minute.
		await expect
			.poll(async () => {
				const [start, end] = await visibleWindow(page);
				return Math.max(Math.abs(start - zoomed[0]), Math.abs(end - zoomed[1]));
			})
			.toBeLessThan(120_000);
	});

	test('zoom buttons change the visible window and the ticks', async ({ page }) => {
		await gotoApp(page, '/');
		const [start, end] = await visibleWindow(page);
		const ticksBefore = await tickLabels(page);
		await page.getByRole('button', { name: 'Zoom in on the timeline' }).click();
		await expect
			.poll(async () => (await visibleWindow(page))[1] - (await visibleWindow(page))[0])
			.toBeLessThan((end - start) * 0.6);
		await page.getByRole('button', { name: 'Zoom in on the timeline' }).click();
		await page.getByRole('button', { name: 'Zoom in on the timeline' }).click();
		await expect.poll(() => tickLabels(page)).not.toEqual(ticksBefore);
		await page.getByRole('button', { name: 'Fit all', exact: true }).click();
		await expect
			.poll(async () => {
				const [a, b] = await visibleWindow(page);
				return b - a;
			})
			.toBeGreaterThan((end - start) * 0.8);
		await page.getByRole('button', { name: 'Zoom out of the timeline' }).click();
		await expect
			.poll(async () => {
				const [a, b] = await visibleWindow(page);
				return b - a;
			})
			.toBeGreaterThan((end - start) * 1.5);
	});

	test('a plain wheel scrolls the page and hints; Ctrl+wheel zooms at the pointer, shift+wheel pans', async ({
		page
	}) => {
		await gotoApp(page, '/');
		const svg = chart(page);
		// Bring the chart's top into view, wherever the page's layout put it.
		await svg.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		let box = (await svg.boundingBox())!;
		const [start, end] = await visibleWindow(page);
		const level = await svg.locator('[data-layer="axis"]').getAttribute('data-level');
		await page.mouse.move(box.x + box.width * 0.8, box.y + 120);
		// A plain wheel scrolls (the chart's box, then the page), never zooms, and says how to.
		const scrolled = () =>
			page.evaluate(
				() => window.scrollY + document.querySelector('[data-timeline-frame]')!.scrollTop
			);
		const before = await scrolled();
		await page.mouse.wheel(0, 200);
		await expect.poll(scrolled).toBeGreaterThan(before);
		await expect(page.locator('[data-wheel-hint]')).toHaveText('Ctrl + scroll to zoom');
		expect(await visibleWindow(page)).toEqual([start, end]);
		await page.mouse.wheel(0, -200);
		await expect.poll(scrolled).toBe(before);
		box = (await svg.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.8, box.y + 120);
		await page.keyboard.down('Control');
		for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
		await page.keyboard.up('Control');
		await expect
			.poll(async () => {
				const [a, b] = await visibleWindow(page);
				return b - a;
			})
			.toBeLessThan((end - start) / 2);
		// Days stay the finest ticks (the data has no times of day).
		await expect(svg.locator('[data-layer="axis"]')).toHaveAttribute(
			'data-level',
			level === '1 day' ? level : /day/
		);
		// The time under the pointer stays put: the window shrank towards it.
		const [zoomedStart, zoomedEnd] = await visibleWindow(page);
		const pointerTime = start + (end - start) * 0.8;
		const pointerShare = (pointerTime - zoomedStart) / (zoomedEnd - zoomedStart);
		expect(pointerShare).toBeGreaterThan(0.7);
		expect(pointerShare).toBeLessThan(0.9);

		await page.keyboard.down('Shift');
		await page.mouse.wheel(0, 300);
		await page.keyboard.up('Shift');
		await expect.poll(async () => (await visibleWindow(page))[0]).not.toBeCloseTo(zoomedStart, -3);
		const [pannedStart, pannedEnd] = await visibleWindow(page);
		expect(pannedEnd - pannedStart).toBeCloseTo(zoomedEnd - zoomedStart, -4);
	});

	test('keyboard: one tab stop, arrows visit every event in time order, Enter and Escape', async ({
		page
	}) => {
		await gotoApp(page, '/');
		const svg = chart(page);
		await expect(svg.locator('[data-event-id][tabindex="0"]')).toHaveCount(1);
		await svg.locator('[data-event-id][tabindex="0"]').focus();
		await page.keyboard.press('Home');
		const active = () =>
			page.evaluate(() => {
				const element = document.activeElement;
				return {
					id: element?.getAttribute('data-event-id') ?? null,
					lane: element?.getAttribute('data-lane-key') ?? null
				};
			});
		const visited: string[] = [];
		for (let i = 0; i < dataset.events.length + 2; i++) {
			const { id } = await active();
			expect(id).not.toBeNull();
			if (visited.at(-1) !== id) visited.push(id!);
			await page.keyboard.press('ArrowRight');
		}
		expect([...visited].sort()).toEqual(dataset.events.map((e) => e.id).sort());
		const day = (id: string) => dataset.events.find((e) => e.id === id)!.date.value;
		for (let i = 1; i < visited.length; i++) {
			expect(
				day(visited[i]!) >= day(visited[i - 1]!),
				`${visited[i]} after ${visited[i - 1]}`
			).toBe(true);
		}
		// Still one tab stop, and it is the focused mark, which has a visible focus ring.
		await expect(svg.locator('[data-event-id][tabindex="0"]')).toHaveCount(1);
		const last = await active();
		expect(last.id).toBe(visited.at(-1));
		await expect(svg.locator('.focus-ring')).toHaveCount(1);

		await page.keyboard.press('Home');
		expect((await active()).id).toBe(visited[0]);
		await page.keyboard.press('End');
		expect((await active()).id).toBe(visited.at(-1));

		// Down moves to another lane.
		await page.keyboard.press('Home');
		const before = await active();
		await page.keyboard.press('ArrowDown');
		const after = await active();
		expect(after.lane).not.toBe(before.lane);

		await page.keyboard.press('Enter');
		await expect(svg.locator(`[data-event-id="${after.id}"]`).first()).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.keyboard.press('Escape');
		await expect(svg.locator('[aria-pressed="true"]')).toHaveCount(0);
	});

	test('the focused mark stays in sight when zoomed in', async ({ page }) => {
		await gotoApp(page, '/');
		// As far as the data's precision allows, at most five steps.
		const zoomIn = page.getByRole('button', { name: 'Zoom in on the timeline' });
		// The button turns disabled at the data's precision a moment after the click that got
		// there: a click waiting for it to be enabled again would wait forever, so the clicks do
		// not wait (a click on the disabled button does nothing).
		for (let i = 0; i < 5 && (await zoomIn.isEnabled()); i++) await zoomIn.click({ force: true });
		const svg = chart(page);
		await svg.locator('[data-event-id][tabindex="0"]').focus();
		await page.keyboard.press('Home');
		const first = dataset.events.reduce((a, b) => (b.date.value < a.date.value ? b : a));
		const [start, end] = await visibleWindow(page);
		const firstDay = Date.parse(`${first.date.value}T12:00:00Z`);
		expect(firstDay).toBeGreaterThan(start);
		expect(firstDay).toBeLessThan(end);
	});

	test('hover and focus show a tooltip with the date as written and as resolved', async ({
		page
	}) => {
		await gotoApp(page, '/');
		const event = dataset.events.find((e) => e.date.note)!;
		const mark = chart(page).locator(`[data-event-id="${event.id}"]`).first();
		await mark.hover();
		const tooltip = page.getByRole('tooltip');
		await expect(tooltip).toBeVisible();
		await expect(tooltip).toContainText(event.summary);
		await expect(tooltip).toContainText(event.date.note!);
		await expect(tooltip).toContainText(/Status/);
		await expect(mark).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id'))!);
		await expect(mark).toHaveClass(/is-hovered/);
		await page.mouse.move(0, 0);
		await expect(tooltip).toHaveCount(0);

		await mark.focus();
		await expect(page.getByRole('tooltip')).toContainText(event.summary);
	});

	test('each mark has an accessible name with title, date and status', async ({ page }) => {
		await gotoApp(page, '/');
		const names = await chart(page)
			.locator('[data-event-id]')
			.evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label') ?? ''));
		for (const name of names) {
			expect(name).toMatch(/\d{4}/);
			expect(name).toMatch(/Occurred|Planned|Tentative|Postponed|Cancelled|Reported|Claimed/);
		}
	});

	test('after the window narrows, the lanes are packed as if the page had opened that narrow', async ({
		page
	}) => {
		const svg = chart(page);
		/** Each drawn mark's row: its key and vertical place. */
		const rows = () =>
			svg
				.locator('[data-layer="marks"] .mark')
				.evaluateAll((marks) =>
					Object.fromEntries(
						marks.map((mark) => [
							mark.getAttribute('data-mark-key'),
							Math.round(mark.querySelector('.glyph')!.getBoundingClientRect().top)
						])
					)
				);
		await page.setViewportSize({ width: 400, height: 800 });
		await gotoApp(page, '/');
		const narrow = await rows();
		await page.setViewportSize({ width: 1280, height: 800 });
		await gotoApp(page, '/');
		const wide = await rows();
		expect(wide).not.toEqual(narrow);
		await page.setViewportSize({ width: 400, height: 800 });
		await expect.poll(rows).toEqual(narrow);
	});

	test('works on a phone-sized screen', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await gotoApp(page, '/');
		const svg = chart(page);
		const box = (await svg.boundingBox())!;
		expect(box.width).toBeLessThanOrEqual(360);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(overflow).toBeLessThanOrEqual(360);
		await expect(svg.locator('[data-event-id]')).not.toHaveCount(0);
	});
});
