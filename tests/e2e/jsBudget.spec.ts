/**
 * The initial JavaScript stays within budget (JS_BUDGET_GZIP_BYTES in tests/helpers/jsBudget.ts):
 * the built app is opened as a visitor opens it, and every script it runs until it is ready is
 * gzipped and added up. The breakdown is printed, so a failure says what grew.
 */
import { expect, test } from '@playwright/test';
import { checkJsBudget, collectInitialScripts } from '../helpers/jsBudget';

test('the initial JavaScript of the built app is within the gzip budget', async ({
	page
}, info) => {
	const scripts = await collectInitialScripts(page, '/');
	const check = checkJsBudget(scripts);
	console.log(`Initial JavaScript of the built app:\n${check.report}`);
	await info.attach('initial-js.txt', { body: check.report, contentType: 'text/plain' });
	// The app's own files were counted, not just the start-up script.
	expect(scripts.filter((s) => s.url.endsWith('.js')).length).toBeGreaterThan(3);
	expect(check.totalGzipBytes, check.report).toBeLessThanOrEqual(check.budgetGzipBytes);
});
