/**
 * `npm run screenshots`: serves the existing build/ and saves the README's screenshots to
 * docs/screenshots/. Run `npm run build` first; the dense-timeline picture uses the benchmark's
 * build (made here if missing or stale), the real-shaped ones open the fixture as a user would.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import type { BenchHook } from '../../src/lib/bench/benchHook';
import { generateDataset } from '../bench/lib/dataset.mjs';
import { ensureBenchBuild, serveBenchBuild } from '../e2e/benchBuild';
import { findChromium } from '../e2e/findChromium';
import { REAL_SHAPED_PATH } from '../e2e/realShaped';

const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}/`;

interface Shot {
	file: string;
	width: number;
	height: number;
	/** Query string to open, e.g. "?layout=geo". */
	query?: string;
	/** Picture only this element (else the viewport). */
	element?: string;
	colorScheme?: 'light' | 'dark';
	/** Open the real-shaped fixture with the file picker first. */
	realShaped?: boolean;
	/** Answer the page from the benchmark's build (the only one with the `?bench=1` hook). */
	benchBuild?: boolean;
	/** Prepare the page (open a panel, scroll) before the picture. */
	prepare?: (page: import('@playwright/test').Page) => Promise<void>;
}

const shots: Shot[] = [
	{ file: 'overview-desktop.png', width: 1280, height: 900 },
	{
		file: 'timeline-desktop.png',
		width: 1280,
		height: 900,
		element: 'section[aria-label="Timeline"]'
	},
	{
		file: 'network-force.png',
		width: 1280,
		height: 900,
		element: 'section[aria-label="Mediation network"]'
	},
	{
		file: 'network-geo.png',
		width: 1280,
		height: 900,
		query: '?layout=geo',
		element: 'section[aria-label="Mediation network"]'
	},
	{
		file: 'filtered-desktop.png',
		width: 1280,
		height: 900,
		query: '?actors=usa,irn&mode=all&event=istanbul-meeting'
	},
	{ file: 'phone.png', width: 390, height: 844 },
	{
		file: 'timeline-phone.png',
		width: 390,
		height: 844,
		element: 'section[aria-label="Timeline"]'
	},
	{ file: 'dark-desktop.png', width: 1280, height: 900, colorScheme: 'dark' },
	// A real-shaped dataset (tests/fixtures/realShaped): what a new user's own data looks like.
	{ file: 'real-overview-desktop.png', width: 1440, height: 900, realShaped: true },
	{
		file: 'real-timeline-desktop.png',
		width: 1440,
		height: 900,
		realShaped: true,
		element: 'section[aria-label="Timeline"]'
	},
	{
		file: 'real-network-force.png',
		width: 1440,
		height: 900,
		realShaped: true,
		element: 'section[aria-label="Mediation network"]'
	},
	{
		file: 'real-network-geo.png',
		width: 1440,
		height: 900,
		query: '?layout=geo',
		realShaped: true,
		element: 'section[aria-label="Mediation network"]'
	},
	{ file: 'real-phone.png', width: 390, height: 844, realShaped: true },
	{
		file: 'real-timeline-phone.png',
		width: 390,
		height: 844,
		realShaped: true,
		element: 'section[aria-label="Timeline"]'
	},
	{
		// 10,000 generated events, opened through the benchmark hook: dense stretches of a lane
		// become density bands with counts.
		file: 'timeline-dense.png',
		width: 1280,
		height: 900,
		query: '?bench=1',
		benchBuild: true,
		element: 'section[aria-label="Timeline"]',
		prepare: async (page) => {
			await page.waitForFunction(() => '__bench' in window);
			await page.evaluate(
				(data) => (window as unknown as { __bench: BenchHook }).__bench.load(data),
				generateDataset(10_000, 42)
			);
		}
	}
];

const browserChoice = findChromium();
if (typeof browserChoice === 'string') throw new Error(browserChoice);

const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	// In a process group of its own, so that stopping it also stops the preview npx started.
	{ stdio: 'ignore', detached: true }
);
try {
	for (let attempt = 0; ; attempt++) {
		try {
			if ((await fetch(BASE)).ok) break;
		} catch {
			if (attempt > 50) throw new Error(`the preview server did not start on ${BASE}`);
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
	const browser = await chromium.launch({ executablePath: browserChoice.executablePath });
	for (const shot of shots) {
		const page = await browser.newPage({
			viewport: { width: shot.width, height: shot.height },
			deviceScaleFactor: 1,
			colorScheme: shot.colorScheme ?? 'light',
			timezoneId: 'UTC'
		});
		if (shot.benchBuild) {
			ensureBenchBuild();
			await serveBenchBuild(page.context(), new URL(BASE).origin);
		}
		await page.goto(`${BASE}${shot.query ?? ''}`);
		if (shot.realShaped) {
			await page.getByLabel(/Dataset files/).setInputFiles(REAL_SHAPED_PATH);
			await page.waitForSelector('table.events tbody tr[data-event-id]');
		}
		await page.waitForTimeout(400);
		await shot.prepare?.(page);
		const path = `docs/screenshots/${shot.file}`;
		if (shot.element) await page.locator(shot.element).first().screenshot({ path });
		else await page.screenshot({ path });
		console.log(`docs/screenshots/${shot.file}`);
		await page.close();
	}
	await browser.close();
} finally {
	if (server.pid !== undefined) process.kill(-server.pid);
}
