/**
 * `npm run screenshots`: builds nothing, serves the existing build/ and saves the README's
 * screenshots to docs/screenshots/. Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../e2e/findChromium';

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
	{ file: 'dark-desktop.png', width: 1280, height: 900, colorScheme: 'dark' }
];

const browserChoice = findChromium();
if (typeof browserChoice === 'string') throw new Error(browserChoice);

const server = spawn(
	'npx',
	['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
	{
		stdio: 'ignore'
	}
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
		await page.goto(`${BASE}${shot.query ?? ''}`);
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
	server.kill();
}
