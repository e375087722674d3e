import { fixture, load } from '../../../helpers/foreignFiles';
import { describe, expect, it } from 'vitest';
import { isUnquoted } from '$lib/data/isUnquoted';

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
