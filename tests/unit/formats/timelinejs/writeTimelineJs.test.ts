import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActorHierarchy, rollUpActor } from '$lib/data/actors/actorHierarchy';
import { loadDatasetFiles } from '$lib/data/loading/loadDatasetFiles';
import type { Dataset } from '$lib/data/schema';
import { writeTimelineJs } from '$lib/formats/timelinejs/writeTimelineJs';
import { plainText } from '$lib/formats/convertShared';
import { buildDataset } from '../../../fixtures/arbitraryDataset';
import { smallDataset } from '../../../fixtures/smallDataset';

describe('writeTimelineJs', () => {
	it('Parley → TimelineJS → Parley keeps every event, date window and lane', () => {
		fc.assert(
			fc.property(fc.gen(), (g) => {
				const dataset = buildDataset(g, 6);
				fc.pre(dataset.events.length > 0);
				const hierarchy = createActorHierarchy(dataset.actors);
				const laneOf = (event: Dataset['events'][number]) =>
					hierarchy.actors.get(rollUpActor(hierarchy, event.sourceActors[0]!))!.name;
				const before = structuredClone(dataset);
				const story = writeTimelineJs(dataset, dataset.events, laneOf);
				expect(dataset).toEqual(before);
				const { result } = loadDatasetFiles([{ name: 'story.json', text: JSON.stringify(story) }], {
					today: '2030-01-01'
				});
				expect(result.errors).toEqual([]);
				const back = result.dataset!;
				expect(back.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
				const names = new Map(back.actors.map((a) => [a.id, a.name]));
				dataset.events.forEach((event, i) => {
					const again = back.events[i]!;
					const { value, precision, earliest, latest, end } = event.date;
					expect(again.date).toMatchObject({ value, precision, earliest, latest });
					expect(again.date.end).toBe(end);
					expect(names.get(again.sourceActors[0]!)).toBe(plainText(laneOf(event)) || 'No group');
				});
			}),
			{ numRuns: 40, endOnFailure: true }
		);
	}, 60_000);

	it('writeTimelineJs escapes every string TimelineJS would render as HTML', () => {
		const dataset = smallDataset();
		dataset.events[0]!.summary = '<img src=x onerror=alert(1)> & more';
		const story = writeTimelineJs(dataset, dataset.events, () => '<b>lane</b>');
		const text = JSON.stringify(story);
		expect(text).not.toContain('<img');
		expect(text).not.toContain('<b>lane');
		expect(story.events[0]!.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; more');
	});
});
