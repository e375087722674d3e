/** Helpers for the authoring e2e tests: the fixture article and the way to start a draft of it. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** A fictional article (written for these tests), published on Tuesday 10 March 2026. */
export const ARTICLE_TEXT = readFileSync('tests/fixtures/authoring/article.txt', 'utf8');
export const ARTICLE = {
	url: 'https://news.example.org/2026/03/10/river-talks',
	outlet: 'The Example Courier',
	title: 'Norland and Estmark edge toward talks on the river dispute',
	publishedAt: '2026-03-10'
};

export async function gotoAuthoring(page: Page, path = '/author/'): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-ready="true"]').waitFor({ state: 'attached' });
}

/** Fills "New dataset from an article" with the fixture article and starts the draft. */
export async function startDraft(page: Page, title = 'River talks'): Promise<void> {
	await page.getByLabel('Article text').fill(ARTICLE_TEXT);
	await page.getByLabel('Address (URL)').fill(ARTICLE.url);
	await page.getByLabel('Outlet').fill(ARTICLE.outlet);
	await page.getByLabel('Headline').fill(ARTICLE.title);
	await page.getByLabel('Publication date', { exact: true }).fill(ARTICLE.publishedAt);
	await page.getByLabel('Dataset title').fill(title);
	await page.getByLabel('Coded by').fill('A test reporter');
	await page.getByRole('button', { name: 'Start coding' }).click();
	await expect(page.getByRole('heading', { name: 'Article', exact: true })).toBeVisible();
}

/** The sentence button whose text starts with `start`. */
export const sentence = (page: Page, start: string) =>
	page.locator('button[data-sentence]').filter({ hasText: start });

/**
 * The event form, where its fields are looked up by label: the draft's charts beside it have
 * controls with the same names ("Status", "Summary").
 */
export const eventForm = (page: Page) => page.locator('[data-event-form]');
