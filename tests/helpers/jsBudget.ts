/**
 * The initial JavaScript budget: every script the page asks for before it answers input (files and the
 * inline start-up script), gzipped one by one with node:zlib at its default level, as a web
 * server would send them. `tests/e2e/jsBudget.spec.ts` holds the build to it and
 * `npm run bench` reports the same number.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** The budget, in bytes of gzipped JavaScript (150 kB). The one place it is written. */
export const JS_BUDGET_GZIP_BYTES = 150_000;

export interface LoadedScript {
	/** Address of the file, or `inline #i` for a script inside the HTML. */
	url: string;
	bytes: number;
	gzipBytes: number;
}

export interface JsBudgetCheck {
	scripts: LoadedScript[];
	totalBytes: number;
	totalGzipBytes: number;
	budgetGzipBytes: number;
	withinBudget: boolean;
	/** One line per script, largest first, then the total against the budget. */
	report: string;
}

export function gzipSize(body: string | Uint8Array): number {
	return gzipSync(body).length;
}

export function measureScript(url: string, body: string | Uint8Array): LoadedScript {
	const bytes = typeof body === 'string' ? Buffer.byteLength(body) : body.length;
	return { url, bytes, gzipBytes: gzipSize(body) };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Sums the scripts and compares the gzipped total with the budget. */
export function checkJsBudget(
	scripts: readonly LoadedScript[],
	budgetGzipBytes = JS_BUDGET_GZIP_BYTES
): JsBudgetCheck {
	const sorted = [...scripts].sort(
		(a, b) => b.gzipBytes - a.gzipBytes || a.url.localeCompare(b.url)
	);
	const totalBytes = sorted.reduce((sum, s) => sum + s.bytes, 0);
	const totalGzipBytes = sorted.reduce((sum, s) => sum + s.gzipBytes, 0);
	const withinBudget = totalGzipBytes <= budgetGzipBytes;
	const width = Math.max(10, ...sorted.map((s) => s.url.length));
	const lines = sorted.map(
		(s) => `${s.url.padEnd(width)}  ${kB(s.gzipBytes).padStart(9)} gzip  ${kB(s.bytes).padStart(9)}`
	);
	lines.push(
		`${`${sorted.length} scripts`.padEnd(width)}  ${kB(totalGzipBytes).padStart(9)} gzip  ${kB(totalBytes).padStart(9)}` +
			`  — budget ${kB(budgetGzipBytes)} gzip: ${withinBudget ? 'within' : `OVER by ${kB(totalGzipBytes - budgetGzipBytes)}`}`
	);
	return {
		scripts: sorted,
		totalBytes,
		totalGzipBytes,
		budgetGzipBytes,
		withinBudget,
		report: lines.join('\n')
	};
}

/** The contents of the inline `<script>` elements of an HTML document (not `type="application/json"` data). */
export function inlineScripts(html: string): string[] {
	const found: string[] = [];
	for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = match[1] ?? '';
		const body = match[2] ?? '';
		if (/\bsrc\s*=/i.test(attributes) || body.trim() === '') continue;
		const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
		if (type && type !== 'module' && !type.includes('javascript')) continue;
		found.push(body);
	}
	return found;
}

/**
 * Opens `url` in `page` and collects every script it asks for until it answers input
 * (`html[data-interactive]`, with the mark "parley:interactive"): JavaScript files by their
 * response bodies, and the document's inline scripts. What it loads after that (the network's
 * code) is not initial.
 */
export async function collectInitialScripts(page: Page, url: string): Promise<LoadedScript[]> {
	const pending: Promise<LoadedScript | null>[] = [];
	const document: { html: Promise<string> | null } = { html: null };
	const onResponse = (response: Response) => {
		const request = response.request();
		if (request.resourceType() === 'document' && document.html === null) {
			document.html = response.text();
			return;
		}
		const type = response.headers()['content-type'] ?? '';
		const isScript =
			request.resourceType() === 'script' ||
			/javascript|ecmascript/i.test(type) ||
			/\.m?js(\?|$)/.test(response.url());
		if (!isScript || response.status() >= 400) return;
		pending.push(
			response.body().then(
				(body) => measureScript(new URL(response.url()).pathname, body),
				() => null
			)
		);
	};
	page.on('response', onResponse);
	try {
		await page.goto(url);
		await page.locator('html[data-interactive="true"]').waitFor({ state: 'attached' });
		await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
	} finally {
		page.off('response', onResponse);
	}
	// Asked for before the page answered input, by the page's own clock.
	const initial = new Set(
		await page.evaluate(() => {
			const at = performance.getEntriesByName('parley:interactive')[0]?.startTime ?? Infinity;
			return performance
				.getEntriesByType('resource')
				.filter((entry) => entry.startTime < at)
				.map((entry) => new URL(entry.name).pathname);
		})
	);
	const files = (await Promise.all(pending)).filter(
		(s): s is LoadedScript => s !== null && initial.has(s.url)
	);
	// The same file requested twice (preload, then import) counts once.
	const unique = [...new Map(files.map((s) => [s.url, s])).values()];
	const html = document.html ? await document.html : '';
	const inline = inlineScripts(html).map((body, i) => measureScript(`inline #${i + 1}`, body));
	return [...unique, ...inline];
}
