import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app';
import { openRealShaped, realShaped } from './realShaped';

/** A state of the fixture with members, found from the data: the one with the most. */
const state = (() => {
	const members = (id: string) =>
		realShaped.actors.filter((actor) => actor.memberOf?.includes(id)).map((actor) => actor.id);
	const named = new Set(
		realShaped.events.flatMap((e) => [...e.sourceActors, ...e.targetActors, ...(e.mediators ?? [])])
	);
	const [best] = realShaped.actors
		.filter((actor) => actor.kind === 'state')
		.map((actor) => ({ ...actor, members: members(actor.id).filter((id) => named.has(id)) }))
		.sort((a, b) => b.members.length - a.members.length);
	return best!;
})();
const memberKeys = state.members.map((id) => `actor:${id}`);
const headerKey = `actor:${state.id}`;

const chart = (page: Page) => page.locator('svg[data-chart="timeline"]');
const disclosure = (page: Page) =>
	page.getByRole('button', { name: `${state.name}: ${state.members.length} members` });
const laneLabel = (page: Page, key: string) => page.locator(`[data-lane-label="${key}"]`);

async function actorLanes(page: Page) {
	await openRealShaped(page);
	await page.getByLabel('People and bodies apart').check();
	await expect(chart(page)).toHaveAttribute('data-grouping', 'actor');
}

/** Lane keys of the marks drawn, once each. */
const drawnLanes = (page: Page) =>
	chart(page)
		.locator('[data-lane-key]')
		.evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-lane-key')!))]);

test.describe('people and bodies apart: nested, collapsible lanes', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('a state’s members fold into its lane and come back, by mouse', async ({ page }) => {
		await actorLanes(page);
		expect(state.members.length).toBeGreaterThan(1);
		const button = disclosure(page);
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		for (const key of memberKeys) await expect(laneLabel(page, key)).toHaveCount(1);
		expect(await drawnLanes(page)).toEqual(expect.arrayContaining(memberKeys));
		const lanesBefore = await chart(page).locator('.lane-band').count();

		await button.click();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		for (const key of memberKeys) await expect(laneLabel(page, key)).toHaveCount(0);
		await expect(laneLabel(page, headerKey)).toContainText(
			`${state.members.length} members folded in`
		);
		await expect(chart(page).locator('.lane-band')).toHaveCount(lanesBefore - state.members.length);
		const drawn = await drawnLanes(page);
		for (const key of memberKeys) expect(drawn).not.toContain(key);
		// Each of the group's events is drawn once in its lane.
		const ids = await chart(page)
			.locator(`[data-lane-key="${headerKey}"]`)
			.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')));
		expect(new Set(ids).size).toBe(ids.length);
		const groupEvents = realShaped.events.filter((event) =>
			[...event.sourceActors, ...event.targetActors, ...(event.mediators ?? [])].some(
				(id) => id === state.id || state.members.includes(id)
			)
		);
		expect(ids.length).toBeLessThanOrEqual(groupEvents.length);
		expect(ids.length).toBeGreaterThan(0);

		await button.click();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		for (const key of memberKeys) await expect(laneLabel(page, key)).toHaveCount(1);
		await expect(chart(page).locator('.lane-band')).toHaveCount(lanesBefore);
	});

	test('by keyboard: Tab from the marks to the groups’ buttons, arrows between them, Enter and Space toggle; the roving focus follows its event and never lands on a hidden mark', async ({
		page
	}) => {
		await actorLanes(page);
		// Focus a mark in one of the state's member lanes.
		const memberMark = chart(page).locator(`[data-lane-key="${memberKeys[0]}"]`).first();
		const eventId = await memberMark.getAttribute('data-event-id');
		await memberMark.focus();
		await page.keyboard.press('Tab');
		const focusedGroup = () =>
			page.evaluate(() => document.activeElement?.getAttribute('data-lane-group') ?? null);
		expect(await focusedGroup()).not.toBeNull();
		// One tab stop for all the buttons: the arrow keys reach this state's.
		for (let i = 0; i < 10 && (await focusedGroup()) !== headerKey; i++)
			await page.keyboard.press('ArrowDown');
		await expect(disclosure(page)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(disclosure(page)).toHaveAttribute('aria-expanded', 'false');
		await expect(disclosure(page)).toBeFocused();

		// Back to the chart: the roving mark is the same event, now in the state's lane.
		await page.keyboard.press('Shift+Tab');
		const focused = () =>
			page.evaluate(() => ({
				lane: document.activeElement?.getAttribute('data-lane-key') ?? null,
				event: document.activeElement?.getAttribute('data-event-id') ?? null
			}));
		expect(await focused()).toEqual({ lane: headerKey, event: eventId });
		// Moving through marks never reaches a folded member lane.
		for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'End']) {
			await page.keyboard.press(key);
			await expect.poll(async () => (await focused()).lane).not.toBeNull();
			expect(memberKeys).not.toContain((await focused()).lane);
		}

		await page.keyboard.press('Tab');
		await expect(disclosure(page)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(disclosure(page)).toHaveAttribute('aria-expanded', 'true');
		for (const key of memberKeys) await expect(laneLabel(page, key)).toHaveCount(1);
	});

	test('a folded group stays folded through a filter that hides it', async ({ page }) => {
		await actorLanes(page);
		await disclosure(page).click();
		const search = page.getByPlaceholder('Words in summaries, quotes, names');
		await search.fill('zzzz no event says this');
		await expect(disclosure(page)).toHaveCount(0);
		await search.fill('');
		await expect(disclosure(page)).toHaveAttribute('aria-expanded', 'false');
	});

	test('lane names stay in view while the chart’s box scrolls: a group’s header above its member’s', async ({
		page
	}) => {
		await actorLanes(page);
		const frame = page.locator('[data-timeline-frame]');
		const last = memberKeys.at(-1)!;
		// Scroll the box until the last member's lane starts just under the sticky axis.
		await frame.evaluate((element, key) => {
			element.scrollIntoView({ block: 'start' });
			const band = element.querySelector<SVGRectElement>(`[data-lane="${key}"]`)!;
			const axis = element.querySelector<HTMLElement>('.sticky-axis')!.offsetHeight;
			element.scrollTop = Number(band.getAttribute('y')) + 6 - axis;
		}, last);
		const box = (await frame.boundingBox())!;
		const axis = (await page.locator('.sticky-axis').boundingBox())!;
		const header = (await laneLabel(page, headerKey).boundingBox())!;
		const member = (await laneLabel(page, last).boundingBox())!;
		const band = (await chart(page).locator(`[data-lane="${last}"]`).boundingBox())!;
		// The header's own lane is scrolled away, yet its name sits under the axis.
		const headerBand = (await chart(page).locator(`[data-lane="${headerKey}"]`).boundingBox())!;
		expect(headerBand.y).toBeLessThan(axis.y + axis.height);
		expect(header.y).toBeGreaterThanOrEqual(axis.y + axis.height - 1);
		expect(header.y).toBeLessThan(axis.y + axis.height + 4);
		// The member's name sits under the header's, inside its own lane.
		expect(member.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
		expect(member.y).toBeGreaterThanOrEqual(band.y - 1);
		expect(member.y + member.height).toBeLessThanOrEqual(band.y + band.height + 1);
		for (const label of [header, member]) {
			expect(label.y).toBeGreaterThanOrEqual(box.y);
			expect(label.y + label.height).toBeLessThanOrEqual(box.y + box.height);
		}
		await expect(disclosure(page)).toBeInViewport();
		// A click on the stuck header's button still folds the group.
		await disclosure(page).click();
		await expect(disclosure(page)).toHaveAttribute('aria-expanded', 'false');
	});
});

test.describe('exporting nested lanes', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('the SVG draws the groups as on screen (a folded group folded, names beside their lanes) and opens cleanly', async ({
		page
	}) => {
		await actorLanes(page);
		await disclosure(page).click();
		await expect(disclosure(page)).toHaveAttribute('aria-expanded', 'false');
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page
				.getByRole('group', { name: 'Export the timeline' })
				.getByRole('button', { name: 'Export SVG' })
				.click()
		]);
		const path = await file.path();
		const text = readFileSync(path, 'utf8');
		// Well-formed, and rendered by an SVG library other than the browser.
		execFileSync('xmllint', ['--noout', path]);
		expect(execFileSync('rsvg-convert', ['-f', 'png', path]).length).toBeGreaterThan(1000);
		const names = [...text.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
			m[1]!.replace(/<[^>]+>/g, '')
		);
		expect(names.some((name) => name.includes(`${state.name}`) && name.includes('folded in'))).toBe(
			true
		);
		for (const id of state.members) {
			const member = realShaped.actors.find((actor) => actor.id === id)!;
			expect(names.filter((name) => name.trim().startsWith(member.name))).toEqual([]);
		}
		// The on-screen names (HTML over the chart) are not part of the file; the svg's are shown.
		expect(text).not.toContain('data-lane-label');
		expect(text).not.toMatch(/visibility="hidden"/);
	});
});

test.describe('folded groups in the link', () => {
	test('a link with collapsed= opens with those groups folded, and folding writes it', async ({
		page
	}) => {
		await gotoApp(page, '/?lanes=actor&collapsed=irn');
		const iran = page.getByRole('button', { name: /^Iran: \d+ members?$/ });
		await expect(iran).toHaveAttribute('aria-expanded', 'false');
		await iran.click();
		await expect(iran).toHaveAttribute('aria-expanded', 'true');
		await expect.poll(() => new URL(page.url()).searchParams.get('collapsed')).toBeNull();
		const usa = page.getByRole('button', { name: /^United States: \d+ members?$/ });
		await usa.click();
		await iran.click();
		await expect.poll(() => new URL(page.url()).searchParams.get('collapsed')).toBe('irn,usa');
		await page.reload();
		await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
		await expect(page.getByRole('button', { name: /^Iran:/ })).toHaveAttribute(
			'aria-expanded',
			'false'
		);
		await expect(page.getByRole('button', { name: /^United States:/ })).toHaveAttribute(
			'aria-expanded',
			'false'
		);
		// Another dataset has none of these states: the link no longer names them.
		await openRealShaped(page, { navigate: false });
		await expect.poll(() => new URL(page.url()).searchParams.get('collapsed')).toBeNull();
		await expect(disclosure(page)).toHaveAttribute('aria-expanded', 'true');
	});
});
