import { PUBLISHED } from '../../helpers/eventFormValues';
import { describe, expect, it } from 'vitest';
import {
	emptyForm,
	applyProposal,
	eventFromForm,
	formFromEvent,
	formFromQuote,
	type EventFormValues
} from '$lib/authoring/eventForm';
import { eventFieldLabel, fieldMessages } from '$lib/authoring/fieldMessages';
import { problemsByField } from '$lib/authoring/fieldProblems';
import { resolveDatePhrases } from '$lib/authoring/resolveDatePhrases';
import { addItem } from '$lib/authoring/draft';
import { validateDataset } from '$lib/data/validation/validateDataset';
import { EventSchema } from '$lib/data/schema';
import * as v from 'valibot';
import { meeting, smallDraft } from '../../helpers/authoringDraft';

const SOURCE = { id: 'article' };
function filled(overrides: Partial<EventFormValues> = {}): EventFormValues {
	return {
		...emptyForm('article'),
		summary: '  Envoys are to meet in Geneva.  ',
		quote: 'will meet in Geneva\n  as soon as Friday',
		precision: 'day',
		earliest: '2026-02-06',
		status: 'planned',
		sourceActors: ['atlantis', 'lemuria'],
		cameo: '044',
		cameoLabel: "Meet at a 'third' location",
		plover: 'CONSULT',
		confidence: 'medium',
		...overrides
	};
}

/** The loader's errors for the draft with `event` added, by event form field. */
function problemsWith(event: ReturnType<typeof eventFromForm>) {
	const draft = addItem(smallDraft(), 'events', event);
	const { errors } = validateDataset(draft.dataset, {
		sourceTexts: new Map(Object.entries(draft.sourceTexts))
	});
	return problemsByField(errors, 'events', draft.dataset.events.length - 1);
}

describe('formFromQuote', () => {
	it('formFromQuote(quote, source, proposals) takes the first resolved phrase as date, note and status', () => {
		const quote = 'Envoys of Atlantis and Lemuria will meet in Geneva as soon as Friday.';
		const proposals = resolveDatePhrases(quote, PUBLISHED);
		const before = structuredClone(proposals);
		const values = formFromQuote(quote, SOURCE, proposals);
		expect(proposals).toEqual(before);
		expect(values).toMatchObject({
			quote,
			sourceId: 'article',
			precision: 'range',
			earliest: '2026-02-06',
			latest: '2026-02-13',
			value: '2026-02-06',
			status: 'tentative'
		});
		expect(values.dateNote).toContain('as soon as Friday');
		expect(values.summary).toBe('');
	});

	it('formFromQuote(quote, source, []) leaves the date to the author', () => {
		const values = formFromQuote('The date is not final.', SOURCE, []);
		expect(values).toEqual({ ...emptyForm('article'), quote: 'The date is not final.' });
	});

	it('formFromQuote with a phrase that cannot be resolved (no publication date) keeps the reason as the note', () => {
		const quote = 'Talks broke down last month.';
		const values = formFromQuote(quote, SOURCE, resolveDatePhrases(quote, null));
		expect(values.earliest).toBe('');
		expect(values.dateNote).toMatch(/unknown/);
	});
});

describe('applyProposal', () => {
	it('applyProposal(values, proposal) replaces the window and status, and leaves the rest', () => {
		const values = filled({ status: 'occurred' });
		const before = structuredClone(values);
		const [proposal] = resolveDatePhrases('They met last month.', PUBLISHED);
		const next = applyProposal(values, proposal!);
		expect(values).toEqual(before);
		expect(next).toMatchObject({
			precision: 'month',
			earliest: '2026-01-01',
			latest: '2026-01-31',
			summary: values.summary,
			sourceActors: values.sourceActors
		});
	});
});

describe('eventFromForm', () => {
	it('eventFromForm(values, id) makes an event the loader accepts, text trimmed and the quote folded', () => {
		const values = filled();
		const before = structuredClone(values);
		const event = eventFromForm(values, 'geneva');
		expect(values).toEqual(before);
		expect(event).toEqual({
			id: 'geneva',
			date: { value: '2026-02-06', precision: 'day', earliest: '2026-02-06', latest: '2026-02-06' },
			status: 'planned',
			type: { cameo: '044', cameoLabel: "Meet at a 'third' location", plover: 'CONSULT' },
			sourceActors: ['atlantis', 'lemuria'],
			targetActors: [],
			summary: 'Envoys are to meet in Geneva.',
			evidence: [{ sourceId: 'article', quote: 'will meet in Geneva as soon as Friday' }],
			confidence: 'medium'
		});
		expect(v.safeParse(EventSchema, event).success).toBe(true);
		expect(problemsWith(event).size).toBe(0);
	});

	it.each([
		[
			'an empty "Plotted on" is the middle of the window',
			{ precision: 'range', earliest: '2026-02-01', latest: '2026-02-07' },
			'2026-02-04'
		],
		[
			'an exact day with no Latest is plotted on its day',
			{ precision: 'day', earliest: '2026-02-06', latest: '' },
			'2026-02-06'
		],
		[
			'a "Plotted on" given is kept',
			{ precision: 'range', earliest: '2026-02-01', latest: '2026-02-07', value: '2026-02-07' },
			'2026-02-07'
		]
	] as const)('eventFromForm: %s', (_, dates, value) => {
		expect(eventFromForm(filled(dates), 'e').date.value).toBe(value);
	});

	it('eventFromForm keeps optional fields only when given: mediators, location, end, notes', () => {
		const event = eventFromForm(
			filled({
				mediators: ['lemuria'],
				location: 'atlantis',
				end: '2026-02-07',
				dateNote: ' "as soon as Friday" ',
				confidenceNote: 'one source'
			}),
			'e'
		);
		expect(event.mediators).toEqual(['lemuria']);
		expect(event.location).toEqual({ actorId: 'atlantis' });
		expect(event.date.end).toBe('2026-02-07');
		expect(event.date.note).toBe('"as soon as Friday"');
		expect(event.confidenceNote).toBe('one source');
		const bare = eventFromForm(filled(), 'e');
		for (const key of ['mediators', 'location', 'confidenceNote'] as const) {
			expect(key in bare, key).toBe(false);
		}
		expect('end' in bare.date || 'note' in bare.date).toBe(false);
	});

	it('eventFromForm(values, id, base) keeps what the form does not edit, and drops what was cleared', () => {
		const base = meeting({
			mediators: ['lemuria'],
			related: [{ eventId: 'other', relation: 'follows' }],
			tags: ['talks'],
			date: { ...meeting().date, timezone: 'Europe/Zurich' }
		});
		const before = structuredClone(base);
		const values = { ...formFromEvent(base), mediators: [] };
		const event = eventFromForm(values, base.id, base);
		expect(base).toEqual(before);
		expect(event.related).toEqual(base.related);
		expect(event.tags).toEqual(['talks']);
		expect(event.date.timezone).toBe('Europe/Zurich');
		expect('mediators' in event).toBe(false);
	});

	it('formFromEvent then eventFromForm gives the same event back', () => {
		const event = meeting({ mediators: ['lemuria'], location: { actorId: 'atlantis' } });
		expect(eventFromForm(formFromEvent(event), event.id, event)).toEqual(event);
	});

	it.each([
		['summary', { summary: ' ' }, 'Summary: is required'],
		['status', { status: '' }, 'Status: choose one'],
		['sourceActors', { sourceActors: [] }, 'Acting: pick at least one'],
		['category', { cameo: '', cameoLabel: '' }, 'Category: is required'],
		['confidence', { confidence: '' }, 'Confidence: choose one'],
		['earliest', { earliest: '2026-02-31' }, undefined],
		['quote', { quote: 'words that are not in the article' }, undefined]
	] as const)(
		'a form with a bad %s gives the loader a problem placed on that field, named in its message',
		(field, overrides, message) => {
			const byField = problemsWith(
				eventFromForm(filled(overrides as Partial<EventFormValues>), 'e')
			);
			const problems = byField.get(field) ?? [];
			expect(problems.length, [...byField.keys()].join(', ')).toBeGreaterThan(0);
			const messages = fieldMessages(eventFieldLabel(field), problems);
			if (message) expect(messages).toContain(message);
			for (const line of messages)
				expect(line.startsWith(`${eventFieldLabel(field)}: `)).toBe(true);
		}
	);

	it('an inverted window is a problem of Latest, saying both days', () => {
		const byField = problemsWith(
			eventFromForm(
				filled({ precision: 'range', earliest: '2026-02-06', latest: '2026-02-01' }),
				'e'
			)
		);
		expect(fieldMessages('Latest', byField.get('latest') ?? [])).toEqual([
			'Latest: the window is inverted: latest 2026-02-01 comes before earliest 2026-02-06'
		]);
	});
});
