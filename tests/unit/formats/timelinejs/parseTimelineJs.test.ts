import { fixture, load } from '../../../helpers/foreignFiles';
import { describe, expect, it } from 'vitest';
import { isUnquoted } from '$lib/data/isUnquoted';

describe('loadDatasetFiles with a TimelineJS story', () => {
	it('loadDatasetFiles([story.json]) makes one event per slide with windows, lanes and no quotes', () => {
		const { result } = load([fixture('timelinejs-story.json')]);
		expect(result.errors).toEqual([]);
		const dataset = result.dataset!;
		expect(dataset.schemaVersion).toBe('1.1');
		expect(dataset.meta.title).toBe('Talks on the Vell river');
		expect(dataset.events.map((e) => e.id)).toEqual([
			'first-round',
			'slide-2',
			'treaty-year',
			'approximate'
		]);
		const [first, may, year, approx] = dataset.events;
		expect(first!.date).toMatchObject({ value: '2031-03-04', precision: 'day', end: '2031-03-06' });
		expect(first!.date.note).toContain('Shown as "4–6 March 2031"');
		expect(first!.summary).toBe(
			'First round in Orsa — Delegations of Nordmark & Sudland met, reported the Courier.'
		);
		expect(may!.date).toMatchObject({
			precision: 'month',
			earliest: '2031-05-01',
			latest: '2031-05-31'
		});
		expect(year!.date).toMatchObject({
			precision: 'year',
			earliest: '2032-01-01',
			latest: '2032-12-31'
		});
		expect(year!.status).toBe('planned');
		expect(approx!.date).toMatchObject({ precision: 'month', earliest: '2031-07-01' });
		expect(approx!.date.note).toContain('approximate');
		const names = (event: (typeof dataset.events)[number]) =>
			event.sourceActors.map((id) => dataset.actors.find((a) => a.id === id)!.name);
		expect(dataset.events.map(names)).toEqual([
			['Nordmark'],
			['Mediators'],
			['No group'],
			['Nordmark']
		]);
		expect(dataset.events.every(isUnquoted)).toBe(true);
		const urls = (event: (typeof dataset.events)[number]) =>
			event.evidence.map((e) => dataset.sources.find((s) => s.id === e.sourceId)!.url);
		expect(urls(first!)).toEqual(['https://news.example.org/orsa-round-1']);
		expect(urls(may!)).toEqual(['https://photos.example.net/envoy.jpg']);
	});

	it('loadDatasetFiles([hostile.json]) keeps HTML as words and drops non-http links', () => {
		const { result } = load([fixture('timelinejs-hostile.json')]);
		expect(result.errors).toEqual([]);
		const [harbour, second] = result.dataset!.events;
		expect(harbour!.id).toBe('slide-script-slide');
		expect(harbour!.summary).toBe(
			'Harbour meeting — Met at the harbour <b>not bold</b>. bad link good link'
		);
		expect(JSON.stringify(result.dataset)).not.toMatch(
			/alert|javascript:|data:text|onerror|display:none/
		);
		expect(result.dataset!.actors.map((a) => a.name)).toContain('Harbour group');
		expect(result.dataset!.sources.map((s) => s.url).sort()).toEqual([
			'https://news.example.org/harbour',
			'https://news.example.org/second'
		]);
		expect(second!.evidence).toHaveLength(1);
	});

	it('loadDatasetFiles([broken dates]) names every bad slide and field, and opens nothing', () => {
		const { result } = load([fixture('timelinejs-broken-dates.json')]);
		expect(result.dataset).toBeNull();
		expect(result.errors.map((e) => e.path)).toEqual([
			'events[0].start_date.day',
			'events[1].start_date.month',
			'events[2].start_date.year',
			'events[3].end_date',
			'events[4].start_date.year',
			'events[5].text.text'
		]);
		expect(result.errors[0]!.message).toMatch(/not a real calendar day/);
		expect(result.errors[3]!.message).toMatch(/ends \(2031-05-02\) before it starts/);
		expect(result.errors[5]!.message).toMatch(/no http\(s\) source/);
	});
});
