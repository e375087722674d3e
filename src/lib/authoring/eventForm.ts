/**
 * The event form's values and the event they make. The form holds what the author typed, as
 * typed (empty strings for empty fields); `eventFromForm` turns it into an event for the
 * loader to check, so that every problem is the loader's own, placed next to its field.
 */
import { foldWhitespace } from '$lib/data/text/foldWhitespace';
import { middleDay } from './dayMath';
import type { DateProposal } from './resolveDatePhrases';
import type {
	Confidence,
	DiplomaticEvent,
	EventEvidence,
	EventStatus,
	Precision,
	Source
} from '$lib/data/schema';
import type { PLOVER_CATEGORIES } from '$lib/data/vocabularies';

type Plover = (typeof PLOVER_CATEGORIES)[number];

export interface EventFormValues {
	summary: string;
	sourceId: string;
	quote: string;
	precision: Precision | '';
	earliest: string;
	latest: string;
	/** The day to plot ("Plotted on"). */
	value: string;
	end: string;
	dateNote: string;
	status: EventStatus | '';
	sourceActors: string[];
	targetActors: string[];
	mediators: string[];
	/** Actor id of the place, or "". */
	location: string;
	cameo: string;
	cameoLabel: string;
	plover: Plover | '';
	confidence: Confidence | '';
	confidenceNote: string;
}

export function emptyForm(sourceId = ''): EventFormValues {
	return {
		summary: '',
		sourceId,
		quote: '',
		precision: '',
		earliest: '',
		latest: '',
		value: '',
		end: '',
		dateNote: '',
		status: '',
		sourceActors: [],
		targetActors: [],
		mediators: [],
		location: '',
		cameo: '',
		cameoLabel: '',
		plover: '',
		confidence: '',
		confidenceNote: ''
	};
}

/** The form with a resolved date phrase taken in: its window, its note and the status it implies. */
export function applyProposal(values: EventFormValues, proposal: DateProposal): EventFormValues {
	if (!proposal.date) return { ...values, dateNote: values.dateNote || proposal.explanation };
	const { date } = proposal;
	return {
		...values,
		precision: date.precision,
		earliest: date.earliest,
		latest: date.latest,
		value: date.value,
		end: date.end ?? '',
		dateNote: date.note,
		status: proposal.status ?? values.status
	};
}

/**
 * A new event's form from a quoted passage of a source: the quote is the passage, and the first
 * date phrase that resolves (if any) gives the date and the status; the author reviews both.
 */
export function formFromQuote(
	quote: string,
	source: Pick<Source, 'id'>,
	proposals: readonly DateProposal[]
): EventFormValues {
	const values = { ...emptyForm(source.id), quote };
	const first = proposals.find((proposal) => proposal.date) ?? proposals[0];
	return first ? applyProposal(values, first) : values;
}

/** The form of an event already coded, for editing it. */
export function formFromEvent(event: DiplomaticEvent): EventFormValues {
	const evidence = event.evidence[0];
	return {
		summary: event.summary,
		sourceId: evidence?.sourceId ?? '',
		quote: evidence?.quote ?? '',
		precision: event.date.precision,
		earliest: event.date.earliest,
		latest: event.date.latest,
		value: event.date.value,
		end: event.date.end ?? '',
		dateNote: event.date.note ?? '',
		status: event.status,
		sourceActors: [...event.sourceActors],
		targetActors: [...event.targetActors],
		mediators: [...(event.mediators ?? [])],
		location: event.location?.actorId ?? '',
		cameo: event.type.cameo,
		cameoLabel: event.type.cameoLabel,
		plover: event.type.plover ?? '',
		confidence: event.confidence,
		confidenceNote: event.confidenceNote ?? ''
	};
}

/**
 * The event the form describes, as the loader will check it. Empty required fields stay empty
 * (the loader says what is missing); empty optional ones are left out. Two shortcuts, both
 * shown in the form: an exact day's Latest is its Earliest when left empty, and "Plotted on"
 * left empty is the middle of the window.
 * `base` keeps what the form does not edit (related events, tags, further evidence).
 */
export function eventFromForm(
	values: EventFormValues,
	id: string,
	base?: DiplomaticEvent
): DiplomaticEvent {
	const trim = (text: string) => text.trim();
	const earliest = trim(values.earliest);
	const latest = trim(values.latest) || (values.precision === 'day' ? earliest : '');
	const value =
		trim(values.value) ||
		(earliest && latest && earliest <= latest ? middleDay(earliest, latest) : earliest);
	const optional = <K extends string, V>(key: K, v: V | '' | undefined) =>
		(v === '' || v === undefined ? {} : { [key]: v }) as Partial<Record<K, V>>;
	const rest: Partial<DiplomaticEvent> = { ...base };
	delete rest.mediators;
	delete rest.location;
	delete rest.confidenceNote;
	return {
		...rest,
		id,
		date: {
			value,
			precision: values.precision as Precision,
			earliest,
			latest,
			...optional('end', trim(values.end)),
			...(base?.date.timezone ? { timezone: base.date.timezone } : {}),
			...optional('note', trim(values.dateNote))
		},
		status: values.status as EventStatus,
		type: {
			cameo: trim(values.cameo),
			cameoLabel: trim(values.cameoLabel),
			plover: values.plover === '' ? null : values.plover,
			...(base?.type.ploverMode ? { ploverMode: base.type.ploverMode } : {})
		},
		sourceActors: [...values.sourceActors],
		targetActors: [...values.targetActors],
		...(values.mediators.length > 0 ? { mediators: [...values.mediators] } : {}),
		...(values.location ? { location: { actorId: values.location } } : {}),
		summary: trim(values.summary),
		evidence: [firstEvidence(values, base), ...(base?.evidence.slice(1) ?? [])],
		confidence: values.confidence as Confidence,
		...optional('confidenceNote', trim(values.confidenceNote))
	};
}

/**
 * The form's quote as the event's first evidence. An event coded without a quote (format 1.1's
 * "unquoted") stays so while the quote field is left empty.
 */
function firstEvidence(values: EventFormValues, base?: DiplomaticEvent): EventEvidence {
	const quote = foldWhitespace(values.quote);
	const unquoted = base?.evidence[0]?.unquoted;
	return quote === '' && unquoted
		? { sourceId: values.sourceId, unquoted }
		: { sourceId: values.sourceId, quote };
}
