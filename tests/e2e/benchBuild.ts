/**
 * The build made for the benchmark (VITE_PARLEY_BENCH=1 into build-bench/, as `npm run bench`
 * makes it), for the tests of its `window.__bench` hook. The e2e server serves the normal
 * build, which ignores `?bench=1`; these tests answer the page's requests from build-bench/
 * instead, on the same address, so no other port is needed.
 */
import type { BrowserContext } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_BUILD = 'build-bench';

/** The newest modification time of any file under `folder`. */
function newest(folder: string): number {
	let latest = 0;
	for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
		if (entry.isFile())
			latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
	}
	return latest;
}

const LOCK = '.svelte-kit-bench.lock';

function isFresh(): boolean {
	const index = join(BENCH_BUILD, 'index.html');
	return existsSync(index) && statSync(index).mtimeMs > Math.max(newest('src'), newest('data'));
}

function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds build-bench/ unless it is newer than every source file. Test workers run side by
 * side, so one builds while the others wait for its lock folder to go.
 */
export function ensureBenchBuild(): void {
	for (;;) {
		if (isFresh()) return;
		try {
			mkdirSync(LOCK);
			break;
		} catch {
			sleep(500);
		}
	}
	try {
		if (isFresh()) return;
		const built = spawnSync('npx', ['vite', 'build'], {
			encoding: 'utf8',
			env: { ...process.env, VITE_PARLEY_BENCH: '1' }
		});
		if (built.status !== 0)
			throw new Error(`the benchmark build failed:\n${built.stdout}\n${built.stderr}`);
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}

/** Answers every request to `origin` in this context from build-bench/. */
export async function serveBenchBuild(context: BrowserContext, origin: string): Promise<void> {
	await context.route(
		(url) => url.origin === origin,
		async (route) => {
			const path = decodeURIComponent(new URL(route.request().url()).pathname);
			let file = join(BENCH_BUILD, path);
			if (path.endsWith('/')) file = join(file, 'index.html');
			else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
			if (!existsSync(file) || statSync(file).isDirectory()) {
				await route.fulfill({ status: 404, body: 'not found' });
			} else {
				await route.fulfill({ path: file });
			}
		}
	);
}
