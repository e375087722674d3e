/**
 * Accessibility guarantees, checked in the built app: axe-core finds no WCAG 2.2 AA violation in
 * any state of the page, in light and dark; charts have a role, a name and a description; focus
 * is never lost; the theme's colours meet WCAG contrast; reduced motion means no animation; the
 * layout holds at 200% zoom and 360 px wide. (Keyboard-only use: accessibilityKeyboard.spec.ts.)
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
	compositeOver,
	contrastRatio,
	MIN_GRAPHIC_CONTRAST,
	MIN_TEXT_CONTRAST
} from '../helpers/contrast';
import { gotoApp } from './app';
import { describeFocus, focusByKeyboard, tabTo } from './keyboard';
import { actorNamed, dataset, expectedEventIds } from './loadDataset';

test.describe.configure({ timeout: 60_000 });

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;

/**
 * axe-core's violations, one line per failing node, so a failure says what to fix. WCAG 2.2's
 * `target-size` (2.5.8: targets at least 24×24 px, or spaced as far apart), off in axe-core by
 * default, is named so that it runs whatever the tags (it matters most in the phone states).
 */
async function axeViolations(page: Page, only?: string[]): Promise<string[]> {
	// Options first: withTags adds to them, options() would replace its choice of rules.
	const builder = new AxeBuilder({ page }).options({
		rules: { 'target-size': { enabled: true } }
	});
	const results = await (only ? builder.withRules(only) : builder.withTags(WCAG_22_AA)).analyze();
	return results.violations.flatMap((violation) =>
		violation.nodes.map(
			(node) => `${violation.id} (${violation.help}): ${node.target.join(' ')} ${node.html}`
		)
	);
}

const chart = (page: Page, name: string) => page.locator(`svg[data-chart="${name}"]`);

/** Every state the page can be in, reached the way a person reaches it. */
const STATES: {
	name: string;
	narrow?: boolean;
	/** Many more marks to check (every lane of every actor): a longer time limit. */
	slow?: boolean;
	reach: (page: Page) => Promise<void>;
}[] = [
	{ name: 'default', reach: async () => {} },
	{
		name: 'filters open in the narrow-screen drawer',
		narrow: true,
		reach: async (page) => {
			await page.getByRole('button', { name: 'Show filters' }).click();
			await expect(page.locator('#filter-panel')).toBeVisible();
		}
	},
	{
		name: 'filters in use in the phone drawer, a choice giving no event dimmed',
		narrow: true,
		reach: async (page) => {
			await page.getByRole('button', { name: 'Show filters' }).click();
			await page.getByRole('searchbox', { name: 'Search' }).fill('talks');
			await page.locator('#filter-panel label[data-facet-value] input').first().check();
			await expect(page.locator('#filter-panel .empty').first()).toBeVisible();
			await expect(page.locator('[data-show-results]')).toBeInViewport();
		}
	},
	{
		name: 'the page on a phone: chart toolbars, and the table sorted with a date explained',
		narrow: true,
		reach: async (page) => {
			await page
				.locator('table.events')
				.getByRole('button', { name: /Status/ })
				.click();
			await page.locator('table.events summary').first().click();
		}
	},
	{
		name: 'filters in use in the wide layout',
		reach: async (page) => {
			await page.getByRole('button', { name: `Only ${actorNamed('irn')}`, exact: true }).click();
			await page.getByRole('searchbox').fill('talks');
			await expect(page.locator('[data-filter-summary] .chips li')).toHaveCount(2);
		}
	},
	{
		name: 'timeline, people and bodies apart, a group folded and the chart scrolled',
		slow: true,
		reach: async (page) => {
			await page.getByLabel('People and bodies apart').check();
			const fold = page.locator('[data-lane-group]').first();
			await fold.click();
			await expect(fold).toHaveAttribute('aria-expanded', 'false');
			await page.locator('[data-timeline-frame]').evaluate((frame) => {
				frame.scrollIntoView({ block: 'start' });
				frame.scrollTop = 120;
			});
		}
	},
	{
		name: 'detail panel open',
		reach: async (page) => {
			await page.locator('table.events button.open').first().click();
			await expect(page.locator('[data-event-detail]')).toBeVisible();
		}
	},
	{
		name: 'table view, sorted and a date explained',
		reach: async (page) => {
			await page
				.locator('table.events')
				.getByRole('button', { name: /Status/ })
				.click();
			await page.locator('table.events summary').first().click();
			await page.locator('table.events').scrollIntoViewIfNeeded();
		}
	},
	{
		name: 'network view, an edge’s events listed',
		reach: async (page) => {
			await chart(page, 'network').locator('.edge[role="button"]').first().dispatchEvent('click');
			await expect(page.locator('[data-panel="edge"]')).toBeVisible();
			await page.getByRole('radio', { name: 'Map' }).check();
		}
	},
	{
		name: 'import error shown',
		reach: async (page) => {
			await page.getByLabel(/Dataset files/).setInputFiles([
				{
					name: 'broken.json',
					mimeType: 'application/json',
					buffer: Buffer.from('{\n  "schemaVersion": "1.0",\n  "meta": }')
				}
			]);
			await expect(page.getByRole('alert')).toContainText('broken.json');
		}
	}
];

// Each state is reached once and checked in both themes: the theme follows the system's
// setting live, so switching it re-styles the same page. Only colours differ between the
// themes, so the dark theme is checked with the colour rules (a full axe run takes 15-25 s
// on this page).
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
for (const state of STATES) {
	test(`axe-core finds no WCAG 2.2 AA violation: ${state.name}, light and dark themes`, async ({
		page
	}) => {
		if (state.slow) test.slow();
		await page.emulateMedia({ colorScheme: 'light' });
		if (state.narrow) await page.setViewportSize({ width: 390, height: 844 });
		await gotoApp(page, '/');
		await state.reach(page);
		expect(await axeViolations(page), 'light theme').toEqual([]);
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect
			.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches))
			.toBe(true);
		expect(await axeViolations(page, COLOUR_RULES), 'dark theme').toEqual([]);
	});
}

test('the timeline, the overview strip and the network have a role, a name and a description', async ({
	page
}) => {
	await gotoApp(page, '/');
	const total = dataset.events.length;

	const timeline = chart(page, 'timeline');
	await expect(timeline).toHaveAttribute('role', 'group');
	await expect(timeline).toHaveAccessibleName(
		new RegExp(`^Timeline of ${total} events in \\d+ lanes, showing .+ to .+`)
	);
	await expect(timeline).toHaveAccessibleDescription(/arrow keys/);

	const overview = page.locator('svg[data-overview]');
	await expect(overview).toHaveAttribute('role', 'img');
	await expect(overview).toHaveAccessibleName(new RegExp(`^Events over time, ${total} in all`));
	await expect(overview).toHaveAccessibleDescription(/All dates\. Drag the shaded window/);

	const network = chart(page, 'network');
	await expect(network).toHaveAttribute('role', 'group');
	await expect(network).toHaveAttribute('aria-roledescription', 'network diagram');
	await expect(network).toHaveAccessibleName(/^Mediation network: \d+ actors, \d+ contacts/);
	await expect(network).toHaveAccessibleDescription(
		/\d+ actors and \d+ contacts from \d+ events.*Arrow keys move between actors/
	);

	// Names follow the filters.
	await page.getByRole('button', { name: `Only ${actorNamed('tur')}`, exact: true }).click();
	const shown = expectedEventIds({ actorIds: ['tur'] }).length;
	await expect(timeline).toHaveAccessibleName(new RegExp(`^Timeline of ${shown} events`));
	await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
		`Showing ${shown} of ${total} events`
	);
});

test('closing the detail panel returns focus to the mark or row that opened it', async ({
	page
}) => {
	await gotoApp(page, '/');
	// From a timeline mark.
	await focusByKeyboard(page, 'svg[data-chart="timeline"] .mark[tabindex="0"]');
	await page.keyboard.press('ArrowRight');
	const mark = await describeFocus(page);
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-event-detail="${mark.eventId}"]`)).toBeVisible();
	expect((await describeFocus(page)).inDetail).toBe(true);
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-event-detail]')).toHaveCount(0);
	expect(await describeFocus(page)).toMatchObject({ markKey: mark.markKey, inTimeline: true });

	// From a table row, closed with the close button.
	const row = page.locator('table.events tbody tr').nth(3);
	const rowEvent = await row.getAttribute('data-event-id');
	await row.locator('button.open').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-event-detail="${rowEvent}"]`)).toBeVisible();
	await tabTo(page, '[data-event-detail] button.close', { max: 5 });
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-event-detail]')).toHaveCount(0);
	expect(await describeFocus(page)).toMatchObject({ eventId: rowEvent, inTable: true });
});

test('closing the filter drawer returns focus to its button', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await gotoApp(page, '/');
	const toggle = page.locator('.drawer-toggle');
	await tabTo(page, '.drawer-toggle');
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(toggle).toHaveText('Hide filters');
	// Into the drawer, then Escape.
	await tabTo(page, '#filter-panel input[type="checkbox"]', { max: 20 });
	await page.keyboard.press('Escape');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.locator('#filter-panel')).toBeHidden();
	await expect(toggle).toBeFocused();
	// The button closes it too, and keeps focus.
	await page.keyboard.press('Enter');
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(toggle).toBeFocused();
});

test('when a filter hides the focused mark or row, focus moves to another in its view, not to <body>', async ({
	page
}) => {
	await gotoApp(page, '/');
	const actor = 'tur';
	const kept = new Set(expectedEventIds({ actorIds: [actor] }));
	const hidden = dataset.events.find((event) => !kept.has(event.id))!.id;
	// Filter, then step back: forward applies the filter again while focus stays put.
	await page.getByRole('button', { name: `Only ${actorNamed(actor)}`, exact: true }).click();
	await expect(page.locator('table.events tbody tr')).toHaveCount(kept.size);
	await page.goBack();
	await expect(page.locator('table.events tbody tr')).toHaveCount(dataset.events.length);

	const cases = [
		{
			what: 'timeline mark',
			focus: `svg[data-chart="timeline"] .mark[data-event-id="${hidden}"]`,
			expected: { inTimeline: true }
		},
		{
			what: 'table row',
			focus: `table.events tr[data-event-id="${hidden}"] button.open`,
			expected: { inTable: true }
		}
	];
	for (const { what, focus, expected } of cases) {
		await page.locator(focus).first().focus();
		expect((await describeFocus(page)).eventId, what).toBe(hidden);
		await page.goForward();
		await expect(page.locator('table.events tbody tr')).toHaveCount(kept.size);
		await expect(page.locator(focus)).toHaveCount(0);
		await expect
			.poll(async () => (await describeFocus(page)).isBody, {
				message: `${what}: focus left on <body>`
			})
			.toBe(false);
		const now = await describeFocus(page);
		expect(now, what).toMatchObject(expected);
		expect(kept.has(now.eventId!), `${what}: focus on a shown event`).toBe(true);
		await page.goBack();
		await expect(page.locator('table.events tbody tr')).toHaveCount(dataset.events.length);
	}
});

/** Colours as drawn: the element's colour with its own and its ancestors' opacity. */
async function drawnColour(
	page: Page,
	selector: string,
	property: 'fill' | 'stroke' | 'color' | 'outline-color'
) {
	return page
		.locator(selector)
		.first()
		.evaluate((element, prop) => {
			const style = getComputedStyle(element);
			let alpha =
				prop === 'fill'
					? Number(style.fillOpacity)
					: prop === 'stroke'
						? Number(style.strokeOpacity)
						: 1;
			for (let el: Element | null = element; el && el !== document.body; el = el.parentElement) {
				alpha *= Number(getComputedStyle(el).opacity);
			}
			return { colour: style.getPropertyValue(prop), alpha };
		}, property);
}

for (const scheme of SCHEMES) {
	test(`the ${scheme} theme meets WCAG 2.2 AA contrast: text 4.5:1, marks, lines and focus rings 3:1`, async ({
		page
	}) => {
		// Reduced motion, so that no colour is read halfway through a fade.
		await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
		await gotoApp(page, '/');
		// People and bodies bring membership edges into the network.
		await page.getByRole('checkbox', { name: 'Show people and bodies' }).check();

		const bg = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor
		);
		const surface = await page
			.locator('.opener')
			.evaluate((el) => getComputedStyle(el).backgroundColor);
		const failures: string[] = [];
		async function check(
			what: string,
			selector: string,
			property: 'fill' | 'stroke' | 'color' | 'outline-color',
			minimum: number,
			backgrounds: [string, string][] = [['page', bg]]
		) {
			// Waits for it: a filter or a layout may still be settling on a busy machine.
			await expect
				.poll(() => page.locator(selector).count(), {
					message: `${what}: ${selector} is on the page`
				})
				.toBeGreaterThan(0);
			const { colour, alpha } = await drawnColour(page, selector, property);
			for (const [name, background] of backgrounds) {
				const ratio = contrastRatio(compositeOver(colour, background, alpha), background);
				if (ratio < minimum) {
					failures.push(
						`${what} (${colour} × ${alpha.toFixed(2)}) on ${name} (${background}): ${ratio.toFixed(2)} < ${minimum}`
					);
				}
			}
		}
		const onBoth: [string, string][] = [
			['page', bg],
			['surface', surface]
		];
		const TEXT = MIN_TEXT_CONTRAST;
		const GRAPHIC = MIN_GRAPHIC_CONTRAST;

		// Text.
		await check('text', 'main', 'color', TEXT, onBoth);
		await check('muted text', '.tagline', 'color', TEXT, onBoth);
		await check('link', '.opener a', 'color', TEXT, onBoth);
		await check('the primary button’s text', 'button.primary', 'color', TEXT, [
			[
				'accent',
				await page.locator('button.primary').evaluate((el) => getComputedStyle(el).backgroundColor)
			]
		]);
		await check('timeline tick labels', 'svg[data-chart="timeline"] .tick-label', 'fill', TEXT);
		// The lanes' names and counts as the page shows them (the chart draws its own only in an
		// export).
		await check('timeline lane counts', '.lane-labels .count', 'color', TEXT, onBoth);
		await check('timeline mark labels', 'svg[data-chart="timeline"] .mark-label', 'fill', TEXT);
		await check(
			'the publication day’s label',
			'svg[data-chart="timeline"] .reported-on-label',
			'fill',
			TEXT
		);
		await check('network labels', 'svg[data-chart="network"] .label:not(.inactive)', 'fill', TEXT);
		await check(
			'network legend text',
			'svg[data-chart="network"] .legend text:not(.legend-title)',
			'fill',
			TEXT
		);

		// Marks by status (on the lane bands too), their windows and bars, connectors.
		const statuses = [...new Set(dataset.events.map((event) => event.status))];
		for (const status of statuses) {
			const mark = `svg[data-chart="timeline"] .mark[data-status="${status}"]`;
			await check(`${status} mark outline`, `${mark} .glyph-outline`, 'stroke', GRAPHIC, onBoth);
		}
		await check(
			'filled mark',
			'svg[data-chart="timeline"] .fill-solid .glyph-outline',
			'fill',
			GRAPHIC,
			onBoth
		);
		await check(
			'half-filled mark',
			'svg[data-chart="timeline"] .glyph-inner',
			'fill',
			GRAPHIC,
			onBoth
		);
		await check(
			'strike through a called-off mark',
			'svg[data-chart="timeline"] .glyph-strike',
			'stroke',
			GRAPHIC,
			onBoth
		);
		await check(
			'ends of a date window',
			'svg[data-chart="timeline"] .window-ends',
			'stroke',
			GRAPHIC,
			onBoth
		);
		await check(
			'connector between an event’s lanes',
			'svg[data-chart="timeline"] .connector',
			'stroke',
			GRAPHIC,
			onBoth
		);
		// The colour palette: every hue and the neutral one, by category and then by status.
		const slots = ['0', '1', '2', '3', '4', '5', '6', 'neutral'];
		const checkHues = async (colouring: string) => {
			const present: string[] = [];
			for (const slot of slots) {
				const mark = `svg[data-chart="timeline"] .mark.colour-${slot} .glyph-outline`;
				if ((await page.locator(mark).count()) === 0) continue;
				present.push(slot);
				await check(`${colouring} colour ${slot}`, mark, 'stroke', GRAPHIC, onBoth);
			}
			return present;
		};
		expect((await checkHues('category')).length).toBeGreaterThanOrEqual(7);
		await check(
			'thread between events that follow one another',
			'svg[data-chart="timeline"] .thread',
			'stroke',
			GRAPHIC,
			onBoth
		);
		await page.getByRole('radio', { name: 'Status', exact: true }).check();
		expect((await checkHues('status')).length).toBe(statuses.length);
		await page.getByRole('radio', { name: 'Category', exact: true }).check();
		await check(
			'publication day line',
			'svg[data-chart="timeline"] .reported-on-line',
			'stroke',
			GRAPHIC
		);
		await check('overview bars', '[data-overview] .bar', 'fill', GRAPHIC);

		// Network: every kind of edge and of actor on show.
		const kinds = await chart(page, 'network')
			.locator('[data-layer="edges"] .edge')
			.evaluateAll((edges) => [...new Set(edges.map((e) => e.getAttribute('data-kind')!))]);
		expect(kinds).toContain('membership');
		for (const kind of kinds) {
			await check(
				`${kind} edge`,
				`svg[data-chart="network"] [data-layer="edges"] .edge[data-kind="${kind}"]:not(.dimmed) .line`,
				'stroke',
				GRAPHIC
			);
		}
		const nodeKinds = await chart(page, 'network')
			.locator('[data-layer="nodes"] .node:not(.inactive)')
			.evaluateAll((nodes) => [...new Set(nodes.map((n) => n.getAttribute('data-kind')!))]);
		for (const kind of nodeKinds) {
			const node = `svg[data-chart="network"] [data-layer="nodes"] .node[data-kind="${kind}"]:not(.inactive)`;
			const ring = await page.locator(`${node} .mark.ring`).count();
			await check(`${kind} actor`, `${node} .mark`, ring ? 'stroke' : 'fill', GRAPHIC);
		}

		// Filtered, actors with nothing in view are faded, yet their names stay readable.
		await page.getByRole('button', { name: `Only ${actorNamed('tur')}`, exact: true }).click();
		await page.getByRole('heading', { name: 'Mediation network' }).focus();
		await check(
			'labels of actors with nothing in view',
			'svg[data-chart="network"] .label.inactive',
			'fill',
			TEXT
		);

		// Edges of controls, and focus indicators.
		const fieldBorder = await page
			.locator('input[type="search"]')
			.evaluate((el) => getComputedStyle(el).borderTopColor);
		if (contrastRatio(fieldBorder, bg) < GRAPHIC)
			failures.push(
				`text field border ${fieldBorder}: ${contrastRatio(fieldBorder, bg).toFixed(2)}`
			);

		await focusByKeyboard(page, 'button.primary');
		const outline = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement!);
			return { colour: style.outlineColor, width: style.outlineWidth, style: style.outlineStyle };
		});
		expect(outline.style).toBe('solid');
		expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
		for (const [name, background] of onBoth) {
			const ratio = contrastRatio(outline.colour, background);
			if (ratio < GRAPHIC)
				failures.push(`focus outline ${outline.colour} on ${name}: ${ratio.toFixed(2)}`);
		}
		await focusByKeyboard(page, 'svg[data-chart="timeline"] .mark[tabindex="0"]');
		await check(
			'timeline focus ring',
			'svg[data-chart="timeline"] .focus-ring',
			'stroke',
			GRAPHIC,
			onBoth
		);
		await focusByKeyboard(page, 'svg[data-chart="network"] .node[tabindex="0"]');
		const halo = 'svg[data-chart="network"] .node:focus-visible .halo';
		await check('network focus ring', halo, 'stroke', GRAPHIC);

		expect(failures).toEqual([]);
	});
}

test('with prefers-reduced-motion, zooming, opening the panel and switching views animate nothing', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await gotoApp(page, '/');
	/** Running animations and any element whose transition or animation takes time. */
	const motion = () =>
		page.evaluate(async () => {
			await new Promise((resolve) => requestAnimationFrame(resolve));
			const moving = [...document.querySelectorAll('*')].filter((el) => {
				const style = getComputedStyle(el);
				const durations = `${style.transitionDuration},${style.animationDuration}`.split(',');
				return durations.some((d) => parseFloat(d) > 0);
			});
			return {
				animations: document.getAnimations().length,
				timed: moving.slice(0, 5).map((el) => el.outerHTML.slice(0, 80))
			};
		});
	const still = { animations: 0, timed: [] };
	const timeline = chart(page, 'timeline');
	const zoomLayer = chart(page, 'network').locator('[data-zoom-layer]');
	/** Where both charts are zoomed to: the timeline's window and the network's transform. */
	const zoomed = async () =>
		[
			await timeline.getAttribute('data-visible-start'),
			await timeline.getAttribute('data-visible-end'),
			await zoomLayer.getAttribute('transform')
		].join(' ');

	expect(await motion()).toEqual(still);
	const steps: [string, () => Promise<void>][] = [
		[
			'timeline zoom in',
			() => page.getByRole('button', { name: 'Zoom in on the timeline' }).click()
		],
		[
			'timeline zoom out',
			() => page.getByRole('button', { name: 'Zoom out of the timeline' }).click()
		],
		['timeline fit', () => page.getByRole('button', { name: 'Fit all' }).click()],
		['network zoom in', () => page.getByRole('button', { name: 'Zoom in on the network' }).click()],
		['network fit', () => page.getByRole('button', { name: 'Fit the network' }).click()],
		['network map layout', () => page.getByRole('radio', { name: 'Map' }).check()],
		[
			'network people and bodies',
			() => page.getByRole('checkbox', { name: 'Show people and bodies' }).check()
		],
		['lanes by category', () => page.getByRole('radio', { name: 'By category' }).check()],
		[
			'filter',
			() => page.getByRole('button', { name: `Only ${actorNamed('tur')}`, exact: true }).click()
		],
		['open the detail panel', () => page.locator('table.events button.open').first().click()],
		['close the detail panel', () => page.keyboard.press('Escape')]
	];
	for (const [what, step] of steps) {
		const before = await zoomed();
		await step();
		expect(await motion(), what).toEqual(still);
		// A zoom lands at once: where it is one frame later is where it stays.
		const after = await zoomed();
		if (what.includes('zoom in')) expect(after, `${what} zoomed`).not.toBe(before);
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
		expect(await zoomed(), `${what}: a chart moved on after it was done`).toBe(after);
	}
});

const SMALL_SCREENS = [
	{ name: '200% zoom (1280×800 at 200%)', width: 640, height: 400 },
	{ name: 'a 360 px wide phone', width: 360, height: 740 }
];

for (const screen of SMALL_SCREENS) {
	test(`the layout works at ${screen.name}: no sideways scroll, controls reachable and not covered, charts usable`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width: screen.width, height: screen.height });
		await gotoApp(page, '/');
		const noSidewaysScroll = () =>
			page.evaluate(() => ({
				scrollWidth: document.documentElement.scrollWidth,
				innerWidth: window.innerWidth
			}));

		/** Controls that are off to the side, or covered by something else where they are. */
		const blockedControls = () =>
			page.evaluate(async () => {
				const problems: string[] = [];
				const controls = [
					...document.querySelectorAll<HTMLElement>(
						'main button, main input:not([type="file"]), main select, main summary, main a[href], main [tabindex="0"]'
					)
				].filter((el) => el.checkVisibility());
				for (const el of controls) {
					el.scrollIntoView({ block: 'center', inline: 'center' });
					await new Promise((resolve) => requestAnimationFrame(resolve));
					const box = el.getBoundingClientRect();
					const name = `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
					if (box.width < 1 || box.height < 1) continue;
					if (box.left < -1 || box.right > window.innerWidth + 1) {
						problems.push(
							`${name} sticks out sideways (${Math.round(box.left)}–${Math.round(box.right)})`
						);
						continue;
					}
					const x = Math.min(window.innerWidth - 1, Math.max(0, box.left + box.width / 2));
					const y = Math.min(window.innerHeight - 1, Math.max(0, box.top + box.height / 2));
					const hit = document.elementFromPoint(x, y);
					if (
						hit &&
						!el.contains(hit) &&
						!hit.contains(el) &&
						hit.closest('label') !== el.closest('label')
					) {
						problems.push(
							`${name} is covered by ${hit.tagName.toLowerCase()}.${hit.getAttribute('class') ?? ''}`
						);
					}
				}
				window.scrollTo(0, 0);
				return problems;
			});

		const check = async (state: string) => {
			const { scrollWidth, innerWidth } = await noSidewaysScroll();
			expect(scrollWidth, `${state}: page scrolls sideways`).toBeLessThanOrEqual(innerWidth);
			expect(await blockedControls(), state).toEqual([]);
		};
		await check('filters folded');

		// Charts are usable: drawn within the width, marks reachable and operable.
		for (const name of ['timeline', 'network']) {
			const box = (await chart(page, name).boundingBox())!;
			expect(box.width, `${name} width`).toBeLessThanOrEqual(screen.width);
		}
		await focusByKeyboard(page, 'svg[data-chart="timeline"] .mark[tabindex="0"]');
		await page.keyboard.press('ArrowRight');
		const mark = await describeFocus(page);
		await page.keyboard.press('Enter');
		const detail = page.locator(`[data-event-detail="${mark.eventId}"]`);
		await expect(detail).toBeVisible();
		const panel = (await detail.boundingBox())!;
		expect(panel.x).toBeGreaterThanOrEqual(0);
		expect(panel.x + panel.width).toBeLessThanOrEqual(screen.width + 1);
		await expect(detail.getByRole('button', { name: 'Close details' })).toBeInViewport();
		await testInfo.attach(`detail at ${screen.width}x${screen.height}`, {
			body: await page.screenshot(),
			contentType: 'image/png'
		});
		await page.keyboard.press('Escape');

		await page.getByRole('button', { name: 'Show filters' }).click();
		await check('filters open');
		await testInfo.attach(`page at ${screen.width}x${screen.height}`, {
			body: await page.screenshot({ fullPage: true }),
			contentType: 'image/png'
		});
	});
}
