import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetFiles, type TextFile } from '$lib/data/loadDatasetFiles';
import { isUnquoted } from '$lib/data/isUnquoted';
import { htmlToText } from '$lib/formats/timelinejs/htmlToText';
import { codeAcledType } from '$lib/formats/acled/acledEventTypes';

const TODAY = '2031-12-31';
const fixture = (name: string): TextFile => ({
	name,
	text: readFileSync(`tests/fixtures/formats/${name}`, 'utf8')
});

function load(files: TextFile[]) {
	const before = structuredClone(files);
	const loaded = loadDatasetFiles(files, { today: TODAY });
	expect(files).toEqual(before);
	return loaded;
}

describe('htmlToText', () => {
	it.each([
		['<p>a <b>b</b></p>', 'a b', []],
		['x &amp; y &lt;b&gt; &#8217; &#x2019;', 'x & y <b> ’ ’', []],
		['<script>alert(1)</script>ok<style>p{}</style>', 'ok', []],
		[
			'<a href="javascript:alert(1)">j</a><a href=\'https://e.org/a\'>h</a>',
			'jh',
			['https://e.org/a']
		],
		['<a href=https://e.org/b>u</a> <a href="data:text/html,x">d</a>', 'u d', ['https://e.org/b']],
		['<img src=x onerror="alert(1)">pic', 'pic', []],
		['unclosed <script>alert(1)', 'unclosed', []]
	])('htmlToText(%j) keeps the words and only http(s) links', (html, text, links) => {
		expect(htmlToText(html)).toEqual({ text, links });
	});
});

describe('codeAcledType', () => {
	it.each([
		['Protests', 'Peaceful protest', '141', 'PROTEST'],
		['Battles', 'Armed clash', '190', 'ASSAULT'],
		['Strategic developments', 'Agreement', '057', 'AGREE'],
		['Strategic developments', 'Other', '010', null],
		['Riots', 'Something new', '145', 'PROTEST']
	])('codeAcledType(%j, %j) is CAMEO %s, PLOVER %s', (type, sub, cameo, plover) => {
		expect(codeAcledType(type, sub)).toMatchObject({ cameo, plover });
	});
	it('codeAcledType of an unknown event type is null', () => {
		expect(codeAcledType('Parades', '')).toBeNull();
	});
});

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

	it('loadDatasetFiles([sheet.csv]) reads the Google-Sheet template like the JSON', () => {
		const { result } = load([fixture('timelinejs-sheet.csv')]);
		expect(result.errors).toEqual([]);
		const dataset = result.dataset!;
		expect(dataset.meta.title).toBe('Talks on the Vell river (sheet)');
		expect(dataset.events.map((e) => e.date.precision)).toEqual(['day', 'month', 'year']);
		expect(dataset.events[0]!.date.end).toBe('2031-03-06');
		expect(result.warnings.map((w) => w.message).join()).toMatch(/era/);
	});

	it('loadDatasetFiles([broken sheet]) places problems by row and column', () => {
		const { result } = load([fixture('timelinejs-sheet-broken.csv')]);
		expect(result.errors.map((e) => e.path)).toEqual([
			'timelinejs-sheet-broken.csv row 2, column Day',
			'timelinejs-sheet-broken.csv row 3, column Text'
		]);
	});
});

describe('loadDatasetFiles with an ACLED export', () => {
	it('loadDatasetFiles([acled.csv]) turns rows into events with windows, actors, venues and outlets', () => {
		const { result } = load([fixture('acled-export.csv')]);
		expect(result.errors).toEqual([]);
		const dataset = result.dataset!;
		const byId = new Map(dataset.events.map((e) => [e.id, e]));
		const protest = byId.get('acled-xld101')!;
		const actorName = (id: string) => dataset.actors.find((a) => a.id === id)!.name;
		expect(protest.sourceActors.map(actorName)).toEqual([
			'Protesters (Nordmark)',
			'Teachers (Nordmark)',
			'Students (Nordmark)'
		]);
		expect(protest.type).toMatchObject({ cameo: '141', plover: 'PROTEST' });
		expect(
			protest.evidence.map((e) => dataset.sources.find((s) => s.id === e.sourceId)!.outlet)
		).toEqual(['Orsa Courier', 'Vell Radio']);
		expect(isUnquoted(protest)).toBe(true);
		expect(protest.confidence).toBe('medium');
		const venue = dataset.actors.find((a) => a.id === protest.location!.actorId)!;
		expect(venue).toMatchObject({
			kind: 'venue',
			name: 'Orsa',
			lat: 61.5012,
			lon: 12.255,
			coordPrecision: 'city'
		});
		const clash = byId.get('acled-xld102')!;
		expect(clash.date).toMatchObject({
			precision: 'week',
			earliest: '2021-03-07',
			latest: '2021-03-13',
			value: '2021-03-10'
		});
		expect(clash.targetActors.map(actorName)).toEqual([
			'Vell River Militia',
			'Fishermen (Nordmark)'
		]);
		expect(clash.tags).toContain('fatalities: 3');
		const accord = byId.get('acled-xld103')!;
		expect(accord.date).toMatchObject({
			precision: 'month',
			earliest: '2021-04-01',
			latest: '2021-04-30'
		});
		expect(dataset.actors.find((a) => a.id === accord.location!.actorId)!.lat).toBeUndefined();
		// No notes: a summary is made from the coding, not invented.
		expect(byId.get('acled-xld104')!.summary).toBe(
			'Abduction/forced disappearance: Unidentified Armed Group (Nordmark) and Civilians (Nordmark) in Orsa'
		);
		// One venue for the two rows in Orsa.
		expect(dataset.actors.filter((a) => a.kind === 'venue')).toHaveLength(3);
	});

	it('loadDatasetFiles([hostile acled.csv]) keeps formula and script cells as plain text', () => {
		const { result } = load([fixture('acled-hostile.csv')]);
		expect(result.errors).toEqual([]);
		const [first, second] = result.dataset!.events;
		expect(first!.summary.startsWith('=HYPERLINK(')).toBe(true);
		expect(first!.summary).toContain('<script>alert(1)</script>');
		expect(second!.date.value).toBe('2021-06-12');
		expect(result.dataset!.actors.map((a) => a.name)).toContain('@SUM(1+1)');
	});

	it('loadDatasetFiles([broken acled.csv]) names each row and column at fault', () => {
		const { result } = load([fixture('acled-broken.csv')]);
		expect(result.dataset).toBeNull();
		expect(result.errors.map((e) => e.path)).toEqual([
			'acled-broken.csv row 2, column event_date',
			'acled-broken.csv row 3, column event_date',
			'acled-broken.csv row 4, column time_precision',
			'acled-broken.csv row 5, column event_id_cnty',
			'acled-broken.csv row 5, column event_type',
			'acled-broken.csv row 5, column source',
			'acled-broken.csv row 5, column latitude',
			'acled-broken.csv row 6, column actor1',
			'acled-broken.csv row 6, column longitude'
		]);
	});

	it('loadDatasetFiles([some.csv]) that is neither format says a spreadsheet needs two files', () => {
		const { result } = load([{ name: 'events.csv', text: 'id,date\na,2024-01-01\n' }]);
		expect(result.errors[0]!.message).toMatch(/neither an ACLED export .* nor a TimelineJS sheet/);
	});
});
