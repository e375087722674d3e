/** Collecting what goes wrong in a page while a test uses it. */
import type { Page } from '@playwright/test';

/** Every script error and console error the page reports from now on, as it happens. */
export function watchForErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}
