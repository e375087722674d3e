/**
 * The authoring page meets WCAG 2.2 AA in every state a reporter passes through (the start form
 * with its problems, the event form open with problems and a coded event), in light and dark,
 * wide and on a phone; and everything on it is reached with Tab alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gotoApp } from './app';
import { gotoAuthoring, sentence, startDraft, eventForm } from './authoring';
import { tabTo } from './keyboard';

// axe runs many times in each test; give it room on a busy machine.
test.describe.configure({ timeout: 240_000 });

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.options({ rules: { 'target-size': { enabled: true } } })
		.withTags(WCAG_22_AA)
		.analyze();
	return results.violations.flatMap((violation) =>
		violation.nodes.map(
			(node) => `${violation.id} (${violation.help}): ${node.target.join(' ')} ${node.html}`
		)
	);
}

/** axe on the page as it is, wide and on a phone. */
async function expectAccessible(page: Page, state: string) {
	for (const size of [WIDE, PHONE]) {
		await page.setViewportSize(size);
		expect(await axeViolations(page), `${state} at ${size.width} px`).toEqual([]);
	}
	await page.setViewportSize(WIDE);
}

for (const scheme of ['light', 'dark'] as const) {
	test(`axe finds no WCAG 2.2 AA violation in the start form, empty and with its problems (${scheme})`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.setViewportSize(WIDE);
		await gotoAuthoring(page);
		await expectAccessible(page, 'the start form');
		await page.getByRole('button', { name: 'Start coding' }).click();
		await expect(page.locator('[data-field-problems]').first()).toBeVisible();
		await expectAccessible(page, 'the start form with its problems');
	});

	test(`axe finds no WCAG 2.2 AA violation while coding: the event form with problems, a coded event (${scheme})`, async ({
		page
	}) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.setViewportSize(WIDE);
		await gotoAuthoring(page);
		await startDraft(page);
		await sentence(page, 'Envoys from Norland').click();
		await eventForm(page).getByLabel('Actor name').fill('Norland');
		await page.getByRole('button', { name: 'Add actor' }).click();
		await page.getByRole('button', { name: 'Add event' }).click();
		await expect(page.locator('[data-form-problems]')).toBeVisible();
		await expectAccessible(page, 'the event form with its problems');

		await eventForm(page).getByLabel('Summary').fill('Envoys are expected to meet.');
		await page.getByLabel('Norland').first().check();
		await eventForm(page).getByLabel('Kind of event').selectOption('044');
		await eventForm(page).getByLabel('Confidence', { exact: true }).selectOption('medium');
		await page.getByRole('button', { name: 'Add event' }).click();
		await expect(page.locator('[data-coded-event]')).toHaveCount(1);
		await expectAccessible(page, 'a coded event, the form closed');
	});
}

test('every control of the authoring page is reached with Tab, wide and on a phone', async ({
	page
}) => {
	for (const size of [WIDE, PHONE]) {
		await page.setViewportSize(size);
		await gotoAuthoring(page);
		if (size === WIDE) await startDraft(page);
		await sentence(page, 'Envoys from Norland').click();
		await page.locator('body').focus();
		const controls = await page
			.locator('main')
			.locator('button, input, select, textarea, a[href]')
			.evaluateAll((elements) =>
				elements
					// The draft's charts are the viewer's own, checked by its keyboard tests (a radio
					// group there is one Tab stop).
					.filter(
						(el) =>
							!(el as HTMLButtonElement).disabled &&
							el.getClientRects().length > 0 &&
							!el.closest('[data-draft-charts]')
					)
					.map((el, i) => {
						el.setAttribute('data-tab-check', String(i));
						return i;
					})
			);
		expect(controls.length).toBeGreaterThan(30);
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		for (const i of controls) await tabTo(page, `[data-tab-check="${i}"]`, { max: 600 });
	}
});

test('axe finds no WCAG 2.2 AA violation in "Add a source" with its problems (wide) and in the charts sheet (phone)', async ({
	page
}) => {
	await page.setViewportSize(WIDE);
	await gotoApp(page, '/');
	await page.getByRole('button', { name: 'Add a source…' }).click();
	await page.waitForURL(/add=source/);
	await page.getByRole('button', { name: 'Add the source' }).click();
	await expect(page.locator('[data-field-problems]').first()).toBeVisible();
	expect(await axeViolations(page), '"Add a source" with its problems').toEqual([]);

	await page.getByRole('button', { name: 'Cancel' }).click();
	await page.setViewportSize(PHONE);
	await page.getByRole('button', { name: /^Show the charts/ }).click();
	await expect(page.getByRole('dialog', { name: "The draft's charts" })).toBeVisible();
	expect(await axeViolations(page), 'the charts sheet on a phone').toEqual([]);
});
