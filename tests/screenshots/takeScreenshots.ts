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
	colorScheme?: 'light' | 'dark';
	/** Prepare the page (open a panel, scroll) before the picture. */
	prepare?: (page: import('@playwright/test').Page) => Promise<void>;
}

const shots: Shot[] = [
	{ file: 'event-list-desktop.png', width: 1280, height: 900 },
	{ file: 'event-list-phone.png', width: 390, height: 844 }
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
		await page.goto(BASE);
		await shot.prepare?.(page);
		await page.screenshot({ path: `docs/screenshots/${shot.file}` });
		console.log(`docs/screenshots/${shot.file}`);
		await page.close();
	}
	await browser.close();
} finally {
	server.kill();
}
