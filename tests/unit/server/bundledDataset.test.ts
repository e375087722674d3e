import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { windowDays } from '../../../src/lib/data/time/dates';
import type { Dataset } from '../../../src/lib/data/schema';
import { validateDataset } from '../../../src/lib/data/validation/validateDataset';

const raw = JSON.parse(readFileSync('data/events.json', 'utf8'));
const articleText = readFileSync('data/sources/article.txt', 'utf8');
const result = validateDataset(raw, {
	sourceTexts: new Map([['sources/article.txt', articleText]])
});
const dataset = result.dataset as Dataset;
const actor = (id: string) => dataset.actors.find((a) => a.id === id);
const event = (id: string) => dataset.events.find((e) => e.id === id);

describe('the bundled dataset (data/events.json)', () => {
	it('passes every loader check with no warnings', () => {
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(dataset).not.toBeNull();
	});

	it('keeps the article verbatim and records its publication date as inferred, with reasons', () => {
		// The SHA-256 of the article exactly as the team received it (shared/source-article.txt).
		expect(createHash('sha256').update(articleText).digest('hex')).toBe(
			'4905051c89aeefcac15a2a157e3d312a8bab3f58d0e152a85ecd6ddf8908b6e7'
		);
		const [source] = dataset.sources;
		expect(source).toMatchObject({ publishedAt: '2026-02-03', text: 'sources/article.txt' });
		expect(source?.publishedAtNote).toMatch(/infer/i);
		expect(source?.publishedAtNote).toMatch(/Muscat/);
	});

	it('covers the article in 15 to 30 events, each quoted, coded and with honest confidence', () => {
		expect(dataset.events.length).toBeGreaterThanOrEqual(15);
		expect(dataset.events.length).toBeLessThanOrEqual(30);
		for (const e of dataset.events) {
			expect(e.evidence.length, e.id).toBeGreaterThan(0);
			expect(e.type.cameo, e.id).toMatch(/^\d{2,4}$/);
			if (e.confidence !== 'high') expect(e.confidenceNote, e.id).toBeTruthy();
			if (e.date.precision !== 'day') expect(e.date.note, e.id).toBeTruthy();
		}
		const statuses = new Set(dataset.events.map((e) => e.status));
		expect([...statuses]).toEqual(
			expect.arrayContaining(['occurred', 'tentative', 'planned', 'reported', 'claimed'])
		);
	});

	it('has the five capitals as seats with coordinates, and Istanbul as a venue', () => {
		for (const [state, seat] of [
			['usa', 'washington'],
			['irn', 'tehran'],
			['tur', 'ankara'],
			['sau', 'riyadh'],
			['egy', 'cairo']
		] as const) {
			expect(actor(state)).toMatchObject({ kind: 'state', seat });
			expect(actor(seat)).toMatchObject({
				kind: 'venue',
				lat: expect.any(Number),
				lon: expect.any(Number)
			});
		}
		expect(actor('istanbul')).toMatchObject({ kind: 'venue', countryCode: 'TUR' });
	});

	it('rolls the people up to their states', () => {
		expect(actor('witkoff')?.memberOf).toEqual(['usa']);
		expect(actor('araghchi')?.memberOf).toEqual(['irn']);
		expect(actor('pezeshkian')?.memberOf).toEqual(['irn']);
		expect(actor('israeli-pm')).toMatchObject({ kind: 'person', memberOf: ['isr'] });
	});

	it('resolves relative dates against the publication date, keeping the wording', () => {
		const meeting = event('istanbul-meeting');
		expect(meeting).toMatchObject({
			status: 'tentative',
			mediators: ['tur'],
			location: { actorId: 'istanbul' }
		});
		expect(meeting?.date).toMatchObject({
			value: '2026-02-06',
			earliest: '2026-02-06',
			precision: 'range'
		});
		expect(meeting?.date.note).toMatch(/as soon as Friday/);

		const thisWeek = dataset.events.filter((e) => e.date.note?.includes('this week'));
		expect(thisWeek.length).toBeGreaterThan(0);
		for (const e of thisWeek) {
			expect(e.date).toMatchObject({
				precision: 'week',
				earliest: '2026-02-02',
				latest: '2026-02-06'
			});
		}

		const unrest = dataset.events.filter((e) => e.date.note?.includes('recent unrest'));
		expect(unrest.length).toBeGreaterThan(0);
		for (const e of unrest) expect(windowDays(e.date.earliest, e.date.latest)).toBeGreaterThan(1);
	});

	it('records the positions the issue names: U.S. demands, the red line, the nuclear-file claim', () => {
		const quotes = dataset.events.map((e) => e.evidence.map((q) => q.quote).join(' ')).join('\n');
		expect(quotes).toMatch(/missile programme/);
		expect(quotes).toMatch(/red line/);
		expect(quotes).toMatch(/nuclear file/);
		expect(quotes).toMatch(/telephone consultations/);
		expect(quotes).toMatch(/USS Abraham Lincoln/);
		expect(quotes).toMatch(/arrested/);
	});
});
