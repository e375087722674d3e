import { expect, test } from '@playwright/test';
import { gotoApp } from './app';

test('the built app carries a strict script policy and runs without a single violation', async ({
	page
}) => {
	await page.addInitScript(() => {
		const violations: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
		document.addEventListener('securitypolicyviolation', (event) =>
			violations.push(`${event.violatedDirective}: ${event.blockedURI}`)
		);
	});
	await gotoApp(page, '/');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toBeTruthy();
	const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
	expect(scriptSrc).toContain("'self'");
	expect(scriptSrc).toMatch(/'sha256-/);
	expect(scriptSrc).not.toContain('unsafe-inline');
	expect(policy).not.toContain('unsafe-eval');

	// Use the app a little: filters, the detail panel, the URL.
	await page.getByRole('searchbox', { name: 'Search' }).fill('Istanbul');
	await page.locator('table.events tbody tr button.open').first().click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.keyboard.press('Escape');

	const violations = await page.evaluate(
		() => (window as unknown as { __cspViolations: string[] }).__cspViolations
	);
	expect(violations).toEqual([]);
});

test('an injected inline script is blocked by the policy', async ({ page }) => {
	await gotoApp(page, '/');
	const ran = await page.evaluate(async () => {
		(window as unknown as { __injected?: boolean }).__injected = false;
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		const blocked = new Promise<boolean>((resolve) => {
			document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
			setTimeout(() => resolve(false), 1000);
		});
		document.body.append(script);
		return {
			blocked: await blocked,
			injected: (window as unknown as { __injected?: boolean }).__injected
		};
	});
	expect(ran).toEqual({ blocked: true, injected: false });
});
