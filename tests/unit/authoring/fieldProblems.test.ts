import { describe, expect, it } from 'vitest';
import { replaceItem } from '$lib/authoring/draft';
import { placeProblem, problemsByField } from '$lib/authoring/fieldProblems';
import type { Problem } from '$lib/data/validation/validateDataset';
import { meeting, smallDraft, checkDraft } from '../../helpers/authoringDraft';

describe('placeProblem', () => {
	const problem = (path: string): Problem => ({
		severity: 'error',
		path,
		message: 'm',
		code: 'structure'
	});
	it.each([
		['events[3].date.earliest', 'events', 3, 'earliest'],
		['events[3].date.latest', 'events', 3, 'latest'],
		['events[3].date.value', 'events', 3, 'date'],
		['events[3].date.note', 'events', 3, 'dateNote'],
		['events[3].date', 'events', 3, 'precision'],
		['events[0].sourceActors[1]', 'events', 0, 'sourceActors'],
		['events[0].mediators[0]', 'events', 0, 'mediators'],
		['events[0].location.actorId', 'events', 0, 'location'],
		['events[0].type.cameo', 'events', 0, 'category'],
		['events[0].evidence[0].quote', 'events', 0, 'quote'],
		['events[0].related[2].eventId', 'events', 0, 'related'],
		['events[0].summary', 'events', 0, 'summary'],
		['events[12]', 'events', 12, 'record'],
		['actors[1].lat', 'actors', 1, 'coordinates'],
		['actors[1].memberOf[0]', 'actors', 1, 'memberOf'],
		['sources[0].url', 'sources', 0, 'url'],
		['meta.title', 'meta', 0, 'title']
	])('placeProblem(%j) puts it next to %s[%i].%s', (path, collection, index, field) => {
		expect(placeProblem(problem(path))).toMatchObject({ collection, index, field });
	});

	it('placeProblem("relations[0].from") and "$" have no form field', () => {
		expect(placeProblem(problem('relations[0].from'))).toBeNull();
		expect(placeProblem(problem('$'))).toBeNull();
	});

	it('problemsByField(the loader\'s problems, "events", i) gathers each field\'s messages', () => {
		const draft = replaceItem(smallDraft(), 'events', 'geneva-meeting', {
			...meeting(),
			date: { ...meeting().date, latest: '2026-02-01' },
			sourceActors: ['atlantis', 'nowhere'],
			evidence: [{ sourceId: 'article', quote: 'will meet in Bern' }]
		});
		const byField = problemsByField(checkDraft(draft).errors, 'events', 0);
		expect([...byField.keys()].sort()).toEqual(['latest', 'quote', 'sourceActors']);
		expect(byField.get('latest')![0]!.message).toMatch(/inverted/);
		expect(byField.get('quote')![0]!.message).toMatch(/not found verbatim/);
		expect(byField.get('sourceActors')![0]!.message).toMatch(/unknown actor "nowhere"/);
	});
});
