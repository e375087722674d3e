/**
 * A TimelineJS story (JSON, or its Google-Sheet CSV as the same slides) as a Parley dataset,
 * checked by the same loader: a slide is an event, its `group` a lane (an actor of kind "group").
 * A story quotes nothing verbatim, so the evidence says "unquoted": "coded-summary".
 */
import { FORMAT_VERSION, LIMITS, PRECISIONS } from '$lib/data/vocabularies';
import {
	validateDataset,
	type Problem,
	type ValidationResult
} from '$lib/data/validation/validateDataset';
import {
	capText,
	httpUrl,
	IdAllocator,
	outletOf,
	placeProblems,
	plainText,
	problemAt
} from '../convertShared';
import { isCalendarDay } from '$lib/data/time/calendar';
import type { EdtfDate } from '../edtf';
import { htmlToText } from './htmlToText';
import { readTimelineJsDate } from './timelineJsDates';

export interface TimelineJsOptions {
	/** Today, YYYY-MM-DD: the dataset's `meta.createdAt` and each source's `accessedAt`. */
	today: string;
	/** Where a slide's field is in the file: "story.json events[2].start_date.month". */
	place: (slide: number, field: string) => string;
	/** What to call the file in the dataset's details. */
	name: string;
	/** The story's own address (opened with `?data=`): the source of slides that link nowhere. */
	url?: string;
}

/** The Parley date Parley writes next to a slide it exported, so a week or range survives. */
export const PARLEY_DATE_KEY = 'parley_date';

/** The lane of slides without a group. */
export const NO_GROUP = 'No group';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A TimelineJS JSON story: an `events` list of slides with dates, and none of Parley's fields. */
export function isTimelineJs(value: unknown): value is Record<string, unknown> {
	if (!isRecord(value) || !Array.isArray(value.events)) return false;
	if ('schemaVersion' in value || 'meta' in value || 'actors' in value) return false;
	return value.events.length === 0 || value.events.some((e) => isRecord(e) && 'start_date' in e);
}

const str = (value: unknown) =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/**
 * The window Parley wrote next to a slide it exported, when it agrees with the slide's start
 * date: it keeps a week or range that TimelineJS's own dates cannot say.
 */
function exportedDate(
	slide: Record<string, unknown>,
	start: EdtfDate
): { date: EdtfDate; end?: string } | null {
	const saved = slide[PARLEY_DATE_KEY];
	if (!isRecord(saved)) return null;
	const value = str(saved.value);
	const earliest = str(saved.earliest);
	const latest = str(saved.latest);
	const end = saved.end === undefined ? undefined : str(saved.end);
	const precision = str(saved.precision);
	const days = [value, earliest, latest, ...(end === undefined ? [] : [end])];
	if (!days.every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && isCalendarDay(day))) return null;
	if (!PRECISIONS.some((p) => p === precision) || earliest !== start.earliest) return null;
	return {
		date: {
			value,
			precision: precision as EdtfDate['precision'],
			earliest,
			latest,
			qualified: false
		},
		...(end !== undefined ? { end } : {})
	};
}

interface Converted {
	raw: Record<string, unknown> | null;
	problems: Problem[];
	/** The slide index of each converted event. */
	slideOf: number[];
}

export function convertTimelineJs(
	doc: Record<string, unknown>,
	options: TimelineJsOptions
): Converted {
	const problems: Problem[] = [];
	const error = (slide: number, field: string, message: string) =>
		problems.push(problemAt('error', options.place(slide, field), message));
	if (doc.scale !== undefined && doc.scale !== 'human') {
		problems.push(
			problemAt(
				'error',
				'scale',
				`${JSON.stringify(doc.scale)} timelines (deep time) cannot be placed on calendar days; only "human" scale opens`
			)
		);
		return { raw: null, problems, slideOf: [] };
	}
	const ids = new IdAllocator();
	const actors = new Map<string, Record<string, unknown>>();
	const sources = new Map<string, Record<string, unknown>>();
	const events: Record<string, unknown>[] = [];
	const slideOf: number[] = [];
	const sourceFor = (url: string, title: string) => {
		let source = sources.get(url);
		if (!source) {
			source = {
				id: ids.take('src', outletOf(url)),
				url,
				outlet: capText(outletOf(url), LIMITS.name),
				publishedAt: null,
				accessedAt: options.today,
				sourceType: 'unknown',
				...(title ? { title: capText(title, LIMITS.name) } : {})
			};
			sources.set(url, source);
		}
		return source.id as string;
	};
	const actorFor = (group: string) => {
		let actor = actors.get(group);
		if (!actor) {
			actor = {
				id: ids.take('group', group),
				name: capText(group, LIMITS.name),
				kind: 'group',
				notes: 'A TimelineJS group (a row of the story)'
			};
			actors.set(group, actor);
		}
		return actor.id as string;
	};

	const slides = Array.isArray(doc.events) ? doc.events : [];
	if (slides.length === 0) {
		problems.push(
			problemAt(
				'error',
				options.place(-1, 'events'),
				'the story has no slides with dates (events is empty)'
			)
		);
	}
	// Slide ids first, so the ids made for sources and groups never take a slide's own.
	const slideIds = slides.map((slide, index) =>
		ids.keep('slide', (isRecord(slide) && str(slide.unique_id)) || `slide-${index + 1}`)
	);
	slides.forEach((slide, index) => {
		if (!isRecord(slide)) {
			error(index, '', 'a slide must be an object');
			return;
		}
		const start = readTimelineJsDate(slide.start_date);
		if (!start.ok) {
			error(index, `start_date${start.field ? `.${start.field}` : ''}`, start.message);
			return;
		}
		const exported = exportedDate(slide, start.date);
		const date = exported?.date ?? start.date;
		let end = exported?.end;
		if (
			!exported &&
			slide.end_date !== undefined &&
			slide.end_date !== null &&
			slide.end_date !== ''
		) {
			const read = readTimelineJsDate(slide.end_date);
			if (!read.ok) {
				error(index, `end_date${read.field ? `.${read.field}` : ''}`, read.message);
				return;
			}
			if (read.date.latest < date.earliest) {
				error(index, 'end_date', `ends (${read.date.latest}) before it starts (${date.earliest})`);
				return;
			}
			if (read.date.latest > date.value) end = read.date.latest;
		}
		const text = isRecord(slide.text) ? slide.text : {};
		const headline = htmlToText(str(text.headline));
		const body = htmlToText(str(text.text));
		const words = [headline.text, body.text].filter(Boolean).join(' — ');
		if (!words) {
			error(
				index,
				'text.headline',
				'the slide has neither a headline nor text, so there is nothing to summarise'
			);
			return;
		}
		const media = isRecord(slide.media) ? slide.media : {};
		const links = [...headline.links, ...body.links];
		const mediaUrl = httpUrl(str(media.url));
		if (mediaUrl) links.push(mediaUrl);
		const urls = [...new Set(links.map(httpUrl).filter((u): u is string => u !== null))];
		if (urls.length === 0 && options.url) urls.push(options.url);
		if (urls.length === 0) {
			error(
				index,
				'text.text',
				'the slide links to no http(s) source (in its text or media.url), so Parley has nothing to cite; add a link'
			);
			return;
		}
		const group = plainText(htmlToText(str(slide.group)).text) || NO_GROUP;
		const wording = plainText(
			htmlToText(
				str(slide.display_date) ||
					str(isRecord(slide.start_date) ? slide.start_date.display_date : '')
			).text
		);
		const notes = [wording ? `Shown as "${wording}" in the TimelineJS story` : '', date.note ?? '']
			.filter(Boolean)
			.join('; ');
		const id = slideIds[index]!;
		events.push({
			id,
			date: {
				value: date.value,
				precision: date.precision,
				earliest: date.earliest,
				latest: date.latest,
				...(end ? { end } : {}),
				...(notes ? { note: capText(notes, LIMITS.note) } : {})
			},
			status: date.value > options.today ? 'planned' : 'occurred',
			type: {
				cameo: '010',
				cameoLabel: 'Not coded (TimelineJS gives no event type)',
				plover: null
			},
			sourceActors: [actorFor(group)],
			targetActors: [],
			summary: capText(words, LIMITS.summary),
			evidence: urls.map((url) => ({
				sourceId: sourceFor(
					url,
					url === mediaUrl ? plainText(htmlToText(str(media.caption)).text) : ''
				),
				unquoted: 'coded-summary'
			})),
			confidence: 'medium',
			confidenceNote: capText(
				`From a TimelineJS story: its words summarise the linked sources, which it does not quote${date.qualified ? '; the date is marked uncertain or approximate' : ''}`,
				LIMITS.note
			),
			tags: ['timelinejs']
		});
		slideOf.push(index);
	});
	if (problems.length > 0) return { raw: null, problems, slideOf };
	const title = isRecord(doc.title) && isRecord(doc.title.text) ? doc.title.text : {};
	const titleText = plainText(htmlToText(str(title.headline)).text);
	const description = plainText(htmlToText(str(title.text)).text);
	if (Array.isArray(doc.eras) && doc.eras.length > 0) {
		problems.push(
			problemAt(
				'warning',
				'eras',
				`the story's ${doc.eras.length} era(s) were not kept: Parley has no eras`
			)
		);
	}
	return {
		raw: {
			schemaVersion: FORMAT_VERSION,
			meta: {
				title: capText(titleText || `TimelineJS story ${options.name}`, LIMITS.name),
				...(description ? { description: capText(description, LIMITS.note) } : {}),
				createdAt: options.today,
				extractedBy: capText(`Parley, from the TimelineJS story ${options.name}`, LIMITS.name),
				license: 'As the TimelineJS story\u2019s own (not stated in the file)',
				conventions:
					'Read from TimelineJS: one event per slide; a slide\u2019s group is its lane; its words are a coded summary of the sources it links, not quotes; no event types (CAMEO 010, not coded).'
			},
			sources: [...sources.values()],
			actors: [...actors.values()],
			events
		},
		problems,
		slideOf
	};
}

/** Converts a TimelineJS story and checks it with Parley's loader; problems placed by slide. */
export function parseTimelineJs(
	doc: Record<string, unknown>,
	options: TimelineJsOptions
): ValidationResult {
	const converted = convertTimelineJs(doc, options);
	const errors = converted.problems.filter((p) => p.severity === 'error');
	const warnings = converted.problems.filter((p) => p.severity === 'warning');
	if (!converted.raw) return { dataset: null, errors, warnings };
	const placed = placeProblems(
		validateDataset(converted.raw, {}),
		(index) => options.place(converted.slideOf[index] ?? -1, ''),
		(path) => `${options.name} (${path}, as converted)`
	);
	return { ...placed, warnings: [...warnings, ...placed.warnings] };
}
