import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/e2e/findChromium';
import { SUB_PATH_URL } from './tests/e2e/subPath';

const chromium = findChromium();
if (typeof chromium === 'string') throw new Error(chromium);

// PARLEY_E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.PARLEY_E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Bounds for a hang, not timings: a test that opens a dataset, reloads and exports takes
	// 10-30 s on a 2-core machine, and more when it is busy.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	// CI: a worker per core (at least 2, at most 4: each runs a browser and the export tools).
	// PARLEY_E2E_WORKERS overrides it, to measure.
	workers: process.env.PARLEY_E2E_WORKERS
		? Number(process.env.PARLEY_E2E_WORKERS)
		: process.env.CI
			? Math.min(4, Math.max(2, availableParallelism()))
			: undefined,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		timezoneId: 'UTC',
		locale: 'en-GB',
		// CI keeps no trace: nobody can open one from a CI machine, and recording one (a DOM
		// snapshot around every action) more than doubles an action-heavy test's processor time.
		// Locally a failing test keeps its trace (npx playwright show-trace).
		trace: process.env.CI ? 'off' : 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: chromium.executablePath,
					// Quiet Chromium's own background traffic; this machine's network is closed.
					args: [
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: [
		{
			command: `npm run build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			// Started after the build above has finished, so it serves the same files.
			command: 'npx tsx tests/e2e/serveUnderSubPath.ts',
			url: SUB_PATH_URL,
			reuseExistingServer: !process.env.CI,
			timeout: 30_000
		}
	]
});
