/**
 * Which Chromium the browser tests drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else Playwright's own download. Run with --check to stop early, with one line saying what
 * to install, when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export interface ChromiumChoice {
	/** An executable to launch, or undefined for Playwright's own browser. */
	executablePath: string | undefined;
	description: string;
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice | string {
	const fromEnv = env.CHROMIUM_PATH;
	if (fromEnv) {
		return existsSync(fromEnv)
			? { executablePath: fromEnv, description: `$CHROMIUM_PATH (${fromEnv})` }
			: `CHROMIUM_PATH is set to ${fromEnv}, but there is no file there: point it at a Chromium or Chrome executable.`;
	}
	if (existsSync(DEBIAN_CHROMIUM)) {
		return { executablePath: DEBIAN_CHROMIUM, description: DEBIAN_CHROMIUM };
	}
	const bundled = chromium.executablePath();
	if (bundled && existsSync(bundled)) {
		return { executablePath: undefined, description: `Playwright's Chromium (${bundled})` };
	}
	return 'No Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium executable.';
}

if (process.argv.includes('--check')) {
	const choice = findChromium();
	if (typeof choice === 'string') {
		console.error(choice);
		process.exit(1);
	}
	console.log(`Browser tests use ${choice.description}`);
}
