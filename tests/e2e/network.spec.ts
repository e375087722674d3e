import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateNetworkDataset } from '../bench/lib/networkDataset.mjs';
import { gotoApp } from './app';
import { ensureBenchBuild, serveBenchBuild } from './benchBuild';
import { openRealShaped, realShaped } from './realShaped';
import { watchForErrors } from './pageErrors';

interface ActorRecord {
	id: string;
	name: string;
	kind: string;
	seat?: string;
	memberOf?: string[];
}
interface EventRecord {
	id: string;
	date: { value: string };
	sourceActors: string[];
	targetActors: string[];
	mediators?: string[];
}
interface DatasetFile {
	actors: ActorRecord[];
	events: EventRecord[];
	relations?: { from: string; to: string[] }[];
}

const dataset = JSON.parse(readFileSync('data/events.json', 'utf8')) as DatasetFile;
const actors = new Map(dataset.actors.map((a) => [a.id, a]));
const CAPITALS = ['Washington', 'Tehran', 'Ankara', 'Riyadh', 'Cairo'];

/** The state whose seat is the venue named after the capital. */
function stateOfCapital(capital: string): ActorRecord {
	const venue = dataset.actors.find((a) => a.kind === 'venue' && a.name.startsWith(capital));
	const state = dataset.actors.find((a) => a.seat === venue?.id);
	if (!state) throw new Error(`no state seated in ${capital}`);
	return state;
}

/** The state (or the actor itself) an actor rolls up to through memberOf. */
function rollUp(id: string): string {
	let current = actors.get(id);
	const seen = new Set<string>();
	while (current && current.kind !== 'state' && current.kind !== 'igo' && current.memberOf?.[0]) {
		if (seen.has(current.id)) break;
		seen.add(current.id);
		current = actors.get(current.memberOf[0]);
	}
	return current?.id ?? id;
}

/** Pairs of rolled-up actors that some event or relation puts in contact. */
function contactPairs(): Set<string> {
	const pairs = new Set<string>();
	const add = (p: string, q: string) => {
		if (p !== q) pairs.add([p, q].sort().join('|'));
	};
	for (const event of dataset.events) {
		const sources = event.sourceActors.map(rollUp);
		const targets = event.targetActors.map(rollUp);
		const mediators = (event.mediators ?? []).map(rollUp);
		for (const s of sources) for (const t of targets) add(s, t);
		if (targets.length === 0) for (const s of sources) for (const t of sources) add(s, t);
		for (const m of mediators) for (const p of [...sources, ...targets]) add(m, p);
	}
	for (const relation of dataset.relations ?? [])
		for (const to of relation.to) add(rollUp(relation.from), rollUp(to));
	return pairs;
}

const chart = (page: Page) => page.locator('svg[data-chart="network"]');
const node = (page: Page, id: string) =>
	chart(page).locator(`[data-layer="nodes"] [data-actor-id="${id}"]`);

function edgesBetween(page: Page, p: string, q: string): Locator {
	return chart(page).locator(
		`[data-layer="edges"] [data-source="${p}"][data-target="${q}"], [data-layer="edges"] [data-source="${q}"][data-target="${p}"]`
	);
}

/** Clicks an edge's drawn line where nothing else lies on top of it, as a person would. */
/** A point of the edge's line not covered by anything else, in page coordinates. */
async function pointOnEdge(page: Page, edge: Locator) {
	await chart(page).scrollIntoViewIfNeeded();
	return edge.evaluate((group) => {
		const path = group.querySelector<SVGPathElement>('path.line')!;
		const m = path.getScreenCTM()!;
		for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
			const p = path.getPointAtLength(path.getTotalLength() * t);
			const x = p.x * m.a + p.y * m.c + m.e;
			const y = p.x * m.b + p.y * m.d + m.f;
			if (document.elementFromPoint(x, y)?.closest('[data-edge-key]') === group) return { x, y };
		}
		throw new Error('the edge is covered everywhere');
	});
}

async function clickEdge(page: Page, edge: Locator) {
	const point = await pointOnEdge(page, edge);
	await page.mouse.click(point.x, point.y);
}

test.beforeEach(async ({ page }) => {
	await gotoApp(page, '/');
	await expect(chart(page)).toBeVisible();
});

test('the five capitals are drawn and connected as the dataset says', async ({ page }) => {
	const errors = watchForErrors(page);
	const states = CAPITALS.map(stateOfCapital);
	for (const [i, state] of states.entries()) {
		await expect(node(page, state.id)).toBeVisible();
		await expect(chart(page).locator(`[data-label-for="${state.id}"]`)).toContainText(CAPITALS[i]!);
		await expect(node(page, state.id)).toHaveAccessibleName(new RegExp(CAPITALS[i]!));
	}
	const pairs = contactPairs();
	for (const [i, p] of states.entries()) {
		for (const q of states.slice(i + 1)) {
			const connected = pairs.has([p.id, q.id].sort().join('|'));
			const edges = edgesBetween(page, p.id, q.id);
			if (connected) await expect(edges.first(), `${p.id}–${q.id}`).toBeAttached();
			else await expect(edges, `${p.id}–${q.id}`).toHaveCount(0);
		}
	}
	expect(errors).toEqual([]);
});

test('clicking a node filters the events to that actor', async ({ page }) => {
	const rows = page.locator('tr[data-event-id]');
	await expect(rows).toHaveCount(dataset.events.length);
	const iran = stateOfCapital('Tehran');
	const expected = dataset.events
		.filter((e) =>
			[...e.sourceActors, ...e.targetActors, ...(e.mediators ?? [])].some(
				(a) => rollUp(a) === iran.id
			)
		)
		.map((e) => e.id)
		.sort();
	expect(expected.length).toBeLessThan(dataset.events.length);
	await node(page, iran.id).click();
	await expect(rows).toHaveCount(expected.length);
	const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event-id')));
	expect(shown.sort()).toEqual(expected);
	await expect(node(page, iran.id)).toHaveAttribute('aria-pressed', 'true');
	// Clicking again removes the filter.
	await node(page, iran.id).click();
	await expect(rows).toHaveCount(dataset.events.length);
});

test('clicking an edge lists its events with dates and quotes', async ({ page }) => {
	const ankara = stateOfCapital('Ankara').id;
	const tehran = stateOfCapital('Tehran').id;
	const edge = edgesBetween(page, ankara, tehran).first();
	await clickEdge(page, edge);
	const panel = page.locator('[data-panel="edge"]');
	await expect(panel).toBeVisible();
	const items = panel.locator('li[data-event-id]');
	await expect(items.first()).toBeVisible();
	const ids = await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-event-id')!));
	for (const id of ids) {
		const event = dataset.events.find((e) => e.id === id)!;
		const involved = [...event.sourceActors, ...event.targetActors, ...(event.mediators ?? [])].map(
			rollUp
		);
		expect(involved, id).toContain(tehran);
	}
	await expect(items.first().locator('time')).not.toBeEmpty();
	await expect(items.first().locator('blockquote')).not.toBeEmpty();
	await expect(edge).toHaveClass(/selected/);
	// Choosing an event marks it as the selected one.
	await items.first().getByRole('button').click();
	await expect(items.first().getByRole('button')).toHaveAttribute('aria-current', 'true');
});

test('hovering a line shows what it stands for, and leaving it hides that', async ({ page }) => {
	const ankara = stateOfCapital('Ankara').id;
	const tehran = stateOfCapital('Tehran').id;
	const edge = edgesBetween(page, ankara, tehran).first();
	const label = (await edge.getAttribute('aria-label'))!;
	const point = await pointOnEdge(page, edge);
	await page.mouse.move(point.x, point.y);
	const tooltip = chart(page).locator('g.tooltip');
	await expect(tooltip).toHaveCount(1);
	// It says what the accessible name says (wrapped into rows): the pair and kinds, then the
	// events by status, on a row of their own.
	const lines = await tooltip.locator('text').allTextContents();
	expect(lines.length).toBeGreaterThanOrEqual(2);
	const words = (text: string) => text.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
	expect(words(lines.join(' '))).toEqual(words(label));
	expect(lines.some((line) => /^\d+ events? \(/.test(line))).toBe(true);
	// Inside the diagram, and not a native <title> (which a tooltip replaces).
	const box = (await tooltip.boundingBox())!;
	const svg = (await chart(page).boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(svg.x);
	expect(box.x + box.width).toBeLessThanOrEqual(svg.x + svg.width + 0.5);
	await expect(edge.locator('title')).toHaveCount(0);
	// It leaves the pointer to the line (no flicker) and does not sit on the point it names.
	const under = await page.evaluate(
		({ x, y }) =>
			document.elementFromPoint(x, y)?.closest('[data-edge-key]')?.getAttribute('data-edge-key'),
		point
	);
	expect(under).toBe(await edge.getAttribute('data-edge-key'));
	const inside =
		point.x >= box.x &&
		point.x <= box.x + box.width &&
		point.y >= box.y &&
		point.y <= box.y + box.height;
	expect(inside).toBe(false);
	await page.mouse.move(point.x + 0.5, point.y + 0.5);
	await expect(tooltip).toHaveCount(1);
	await page.mouse.move(1, 1);
	await expect(tooltip).toHaveCount(0);
});

for (const viewport of [
	{ width: 1280, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`switching layout keeps every node on screen at ${viewport.width} px`, async ({ page }) => {
		await page.setViewportSize(viewport);
		for (const layout of ['Map', 'Network', 'Map']) {
			await page.getByRole('radio', { name: layout }).check();
			await expect(chart(page)).toHaveAttribute('data-layout', layout === 'Map' ? 'geo' : 'force');
			const svgBox = (await chart(page).boundingBox())!;
			const boxes = await chart(page)
				.locator('[data-layer="nodes"] [data-actor-id] .mark')
				.evaluateAll((marks) => marks.map((m) => m.getBoundingClientRect().toJSON()));
			expect(boxes.length).toBeGreaterThan(5);
			for (const box of boxes) {
				expect(box.left).toBeGreaterThanOrEqual(svgBox.x - 0.5);
				expect(box.right).toBeLessThanOrEqual(
					Math.min(svgBox.x + svgBox.width, viewport.width) + 0.5
				);
				expect(box.top).toBeGreaterThanOrEqual(svgBox.y - 0.5);
				expect(box.bottom).toBeLessThanOrEqual(svgBox.y + svgBox.height + 0.5);
			}
		}
	});
}

test('the keyboard reaches nodes and, through them, edges', async ({ page }) => {
	await page.getByRole('button', { name: 'Fit the network' }).focus();
	await page.keyboard.press('Tab');
	const first = await page.evaluate(() => document.activeElement?.getAttribute('data-actor-id'));
	expect(first).toBeTruthy();
	// One tab stop: the next Tab leaves the diagram.
	await expect(chart(page).locator('[data-actor-id][tabindex="0"]')).toHaveCount(1);
	await page.keyboard.press('ArrowRight');
	const second = await page.evaluate(() => document.activeElement?.getAttribute('data-actor-id'));
	expect(second).toBeTruthy();
	expect(second).not.toBe(first);
	await page.keyboard.press('Enter');
	const contacts = page.locator('[data-panel="node"]');
	await expect(contacts).toBeVisible();
	await expect(contacts.getByRole('heading')).toBeFocused();
	const firstContact = contacts.getByRole('listitem').getByRole('button').first();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(firstContact).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-panel="edge"] li[data-event-id]').first()).toBeVisible();
});

test('the map draws a basemap layer of country paths under the actors', async ({ page }) => {
	await page.getByRole('radio', { name: 'Map' }).check();
	const basemap = chart(page).locator('[data-layer="basemap"]');
	await expect(basemap).toHaveAttribute('data-loaded', 'true');
	expect(await basemap.locator('path.country').count()).toBeGreaterThan(10);
	// Drawn first: under the edges and nodes.
	const order = await chart(page)
		.locator('[data-zoom-layer] > g[data-layer]')
		.evaluateAll((layers) => layers.map((layer) => layer.getAttribute('data-layer')));
	expect(order.indexOf('basemap')).toBeLessThan(order.indexOf('edges'));
});

test('on the map, an actor with no place is not placed on it but listed and named so', async ({
	page
}) => {
	await openRealShaped(page);
	await page.getByRole('radio', { name: 'Map' }).check();
	const unplaced = chart(page).locator('[data-layer="nodes"] [data-placement="none"]');
	await expect.poll(() => unplaced.count()).toBeGreaterThan(0);
	await expect(unplaced.first()).toHaveAccessibleName(/no known place, listed beside the map/);
	await expect(page.locator('[data-unlocated]')).toContainText('No location:');
	await expect(chart(page).locator('[data-layer="unlocated"]')).toContainText('No location:');
});

test("sized by brokerage, the real-shaped fixture's main go-between is the biggest state, and tops the list", async ({
	page
}) => {
	test.setTimeout(90_000);
	await openRealShaped(page);
	// The main go-between: the state that mediated most events (its envoys' included).
	const stateOf = (id: string): string => {
		const actor = realShaped.actors.find((a) => a.id === id);
		return actor?.kind === 'state' || !actor?.memberOf?.[0] ? id : stateOf(actor.memberOf[0]);
	};
	const counts = new Map<string, number>();
	for (const event of realShaped.events)
		for (const m of new Set((event.mediators ?? []).map(stateOf)))
			counts.set(m, (counts.get(m) ?? 0) + 1);
	const [main] = [...counts].sort((p, q) => q[1] - p[1])[0]!;
	const states = chart(page).locator('[data-layer="nodes"] [data-kind="state"]');
	const radii = (): Promise<Record<string, number>> =>
		states.evaluateAll((els) =>
			Object.fromEntries(
				els.map((el) => [
					el.getAttribute('data-actor-id') ?? '',
					Number(el.querySelector('circle.mark')?.getAttribute('r'))
				])
			)
		);
	await expect.poll(() => states.count()).toBeGreaterThan(2);
	const byEvents = await radii();
	// Every frame while the sizes load still draws the states (counted at each frame).
	await page.evaluate(() => {
		const counts: number[] = [];
		(window as unknown as { stateCounts: number[] }).stateCounts = counts;
		const count = () => {
			counts.push(
				document.querySelectorAll(
					'svg[data-chart="network"] [data-layer="nodes"] [data-kind="state"]'
				).length
			);
			if (counts.length < 120) requestAnimationFrame(count);
		};
		requestAnimationFrame(count);
	});
	await page.getByLabel('Size by').selectOption('brokerage');
	// The same states (the diagram never empties while the sizes load), sized anew.
	await expect
		.poll(async () => {
			const now = await radii();
			return (
				Object.keys(now).sort().join() === Object.keys(byEvents).sort().join() &&
				JSON.stringify(now) !== JSON.stringify(byEvents)
			);
		})
		.toBe(true);
	const byBrokerage = await radii();
	const perFrame = await page.evaluate(
		() => (window as unknown as { stateCounts: number[] }).stateCounts
	);
	expect(Math.min(...perFrame), `states drawn at each frame: ${perFrame.join(',')}`).toBe(
		Object.keys(byEvents).length
	);
	const biggest = Object.entries(byBrokerage).sort((p, q) => q[1] - p[1]);
	expect(biggest[0]![0], JSON.stringify(byBrokerage)).toBe(main);
	expect(biggest[0]![1]).toBeGreaterThan(biggest[1]![1]);
	const brokers = page.getByRole('region', { name: 'Top brokers' }).locator('li[data-broker]');
	await expect(brokers.first()).toHaveAttribute('data-broker', main);
});

test('selecting a line dims the others and lists its events by status', async ({ page }) => {
	test.setTimeout(90_000);
	await openRealShaped(page);
	const lines = chart(page).locator('[data-layer="edges"] .edge[role="button"]');
	await expect.poll(() => lines.count()).toBeGreaterThan(2);
	const line = lines.first();
	const total = await lines.count();
	await line.dispatchEvent('click');
	await expect(line).toHaveClass(/selected/);
	await expect(line).not.toHaveClass(/dimmed/);
	await expect(chart(page).locator('[data-layer="edges"] .edge.dimmed')).toHaveCount(total - 1);
	await expect(page.locator('[data-panel="edge"] .note')).toContainText(/in view/);
	// The heaviest line of the fixture names its events by status in its accessible name.
	const names = await lines.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
	expect(names.some((name) => /\d+ held/.test(name ?? ''))).toBe(true);
});

test('"as of" a day shows only the contacts up to that day', async ({ page }) => {
	const days = dataset.events.map((e) => e.date.value).sort();
	const firstDay = days[0]!;
	const edges = chart(page).locator('[data-layer="edges"] [data-source]');
	const all = await edges.count();
	await page.getByRole('radio', { name: 'As of' }).check();
	const day = page.getByLabel('Show contacts up to this day');
	await day.fill(firstDay);
	await expect.poll(() => edges.count()).toBeLessThan(all);
	const asOfFirst = await edges.count();
	// Clearing the field keeps the day in use, and shows it again.
	await day.fill('');
	await day.dispatchEvent('change');
	await expect(day).toHaveValue(firstDay);
	expect(await edges.count()).toBe(asOfFirst);
	await page.getByRole('radio', { name: 'Timeline window' }).check();
	await expect.poll(() => edges.count()).toBe(all);
});

test('each kind of contact has its own glyph besides its colour, on the lines and in the legend', async ({
	page
}) => {
	const legend = chart(page).locator('[data-layer="legend"]');
	const swatches = legend.locator('.edge-swatch');
	const count = await swatches.count();
	expect(count).toBeGreaterThan(2);
	const glyphByKind = new Map<string, string>();
	for (let i = 0; i < count; i++) {
		const swatch = swatches.nth(i);
		const kind = (await swatch.getAttribute('data-kind'))!;
		const glyph = swatch.locator('.glyph');
		if (kind === 'membership') {
			await expect(glyph).toHaveCount(0);
			continue;
		}
		await expect(glyph, kind).toBeVisible();
		glyphByKind.set(kind, (await glyph.getAttribute('data-glyph'))!);
	}
	// No two kinds share a glyph.
	expect(new Set(glyphByKind.values()).size).toBe(glyphByKind.size);
	// The lines carry the glyph their legend entry shows.
	const drawn = chart(page).locator('[data-layer="edges"] .edge .glyph');
	expect(await drawn.count()).toBeGreaterThan(0);
	const pairs = await drawn.evaluateAll((glyphs) =>
		glyphs.map((g) => [
			g.closest('[data-kind]')!.getAttribute('data-kind'),
			g.getAttribute('data-glyph')
		])
	);
	for (const [kind, glyph] of pairs) expect(glyph, `${kind}`).toBe(glyphByKind.get(kind!));
});

test('when a filter takes the focused actor out of a large network, focus moves to another actor, not to <body>', async ({
	page,
	context,
	baseURL
}) => {
	// More actors than the network draws: filtering by one brings in its contacts and drops the
	// others, after the timeline's frame, in the network's own task. The benchmark's build opens
	// a generated dataset this large without a file.
	test.setTimeout(300_000);
	ensureBenchBuild();
	await serveBenchBuild(context, new URL(baseURL!).origin);
	await gotoApp(page, '/?bench=1&n=0&seed=0');
	await page.waitForFunction(() => typeof window.__bench?.open === 'function');
	const data = generateNetworkDataset({ actors: 250, events: 600, seed: 5 });
	await page.evaluate((d) => window.__bench!.open(d), data);
	await page.evaluate(() => window.__bench!.settled());
	const drawn = () =>
		chart(page)
			.locator('[data-layer="nodes"] [data-actor-id]')
			.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-actor-id')!));
	const before = await drawn();
	const actor = before[0]!;
	await page.evaluate((id) => window.__bench!.filter([id]), actor);
	await page.evaluate(() => window.__bench!.settled());
	const after = new Set(await drawn());
	const leaving = before.find((id) => !after.has(id));
	expect(leaving, 'the filter drops some actor from the network').toBeTruthy();

	await page.evaluate(() => window.__bench!.filter([]));
	await page.evaluate(() => window.__bench!.settled());
	await node(page, leaving!).focus();
	await expect(node(page, leaving!)).toBeFocused();
	await page.evaluate((id) => window.__bench!.filter([id]), actor);
	await page.evaluate(() => window.__bench!.settled());
	await expect(node(page, leaving!)).toHaveCount(0);
	await expect
		.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-actor-id') ?? null))
		.not.toBeNull();
	await expect(chart(page).locator('[data-layer="nodes"] [data-actor-id]:focus')).toHaveAttribute(
		'tabindex',
		'0'
	);
});

test.describe('on a phone (390×844, touch)', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	/** Whether the box of the locator's element lies wholly inside the viewport. */
	async function inView(locator: Locator): Promise<boolean> {
		const box = await locator.boundingBox();
		return box !== null && box.y >= 0 && box.y + box.height <= 844 && box.height > 0;
	}

	test('a tapped line shows its list of events in view, and so does a tapped actor', async ({
		page
	}) => {
		test.setTimeout(90_000);
		await openRealShaped(page);
		const network = chart(page);
		await network.scrollIntoViewIfNeeded();
		const line = network.locator('[data-layer="edges"] .edge[role="button"]').first();
		await line.scrollIntoViewIfNeeded();
		const box = (await line.boundingBox())!;
		await expect(page.locator('[data-panel="edge"]')).toHaveCount(0);
		// Tap the line at its middle, where its hit target is.
		const mid = await line.evaluate((el) => {
			const path = el.querySelector('path');
			const geometry = path as SVGPathElement | null;
			if (!geometry) return null;
			const point = geometry.getPointAtLength(geometry.getTotalLength() / 2);
			const matrix = geometry.getScreenCTM()!;
			return { x: point.x * matrix.a + matrix.e, y: point.y * matrix.d + matrix.f };
		});
		await page.touchscreen.tap(mid?.x ?? box.x + box.width / 2, mid?.y ?? box.y + box.height / 2);
		const events = page.locator('[data-panel="edge"] ol.events li').first();
		await expect(events).toBeVisible();
		await expect.poll(() => inView(events)).toBe(true);
		await expect
			.poll(() => inView(page.locator('[data-panel="edge"] h3, [data-panel="edge"] h2').first()))
			.toBe(true);

		await network.scrollIntoViewIfNeeded();
		const actor = network.locator('[data-layer="nodes"] [data-kind="state"]').first();
		await actor.scrollIntoViewIfNeeded();
		await actor.tap();
		const tapped = await actor.getAttribute('data-actor-id');
		// How far down the list its first contact ends.
		const contactEnds = await page.evaluate(
			() =>
				document.querySelector('[data-panel="node"] ul.contacts li')!.getBoundingClientRect()
					.bottom - document.querySelector('[data-network-side]')!.getBoundingClientRect().top
		);
		const contacts = page.locator('[data-panel="node"] ul.contacts li').first();
		await expect(contacts).toBeVisible();
		await expect.poll(() => inView(contacts)).toBe(true);

		// With the list's place just inside the foot of the screen (its title would show, its
		// first contact would end 10 px below the screen), tapping another actor still brings
		// the list up.
		await page.locator('[data-panel="node"] button.close').click();
		await expect(page.locator('[data-panel="node"]')).toHaveCount(0);
		const sideTop = await page
			.locator('[data-network-side]')
			.evaluate((side) => side.getBoundingClientRect().top + window.scrollY);
		await page.evaluate((y) => window.scrollTo(0, y), sideTop - (844 + 10 - contactEnds));
		const reachable = network.locator('[data-layer="nodes"] .node[data-kind="state"]');
		// Another actor than the one tapped before (a second tap on an actor lets it go).
		const tappable = await reachable.evaluateAll(
			(nodes, before) =>
				nodes.findIndex((node) => {
					const box = node.getBoundingClientRect();
					return (
						node.getAttribute('data-actor-id') !== before &&
						box.top > 0 &&
						box.bottom < window.innerHeight - 120
					);
				}),
			tapped
		);
		expect(tappable).toBeGreaterThanOrEqual(0);
		await reachable.nth(tappable).tap();
		await expect.poll(() => inView(contacts)).toBe(true);
	});
});
