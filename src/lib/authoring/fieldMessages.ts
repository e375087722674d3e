/**
 * The loader's problems as the author reads them next to a field: one sentence per problem,
 * starting with the field's label ("Summary: is required"), the loader's wording kept for
 * everything but the ways of saying "nothing was given".
 */
import type { Problem } from '$lib/data/validation/validateDataset';

function plainMessage(message: string): string {
	if (/^must be one of .*, not ""$/.test(message)) return 'choose one';
	if (/^(must not be (empty|blank)|is required)$/.test(message)) return 'is required';
	if (/^"" is not /.test(message)) return 'is required';
	if (/^needs at least 1 entr/.test(message)) return 'pick at least one';
	return message;
}

/** "Summary: is required", once per distinct message. */
export function fieldMessages(label: string, problems: readonly Problem[]): string[] {
	const seen = new Set<string>();
	for (const problem of problems) seen.add(plainMessage(problem.message));
	return [...seen].map((message) => `${label}: ${message}`);
}

const EVENT_FIELD_LABELS: Record<string, string> = {
	summary: 'Summary',
	quote: 'Quote',
	precision: 'Precision',
	earliest: 'Earliest',
	latest: 'Latest',
	date: 'Plotted on',
	end: 'Last day',
	dateNote: 'Date wording',
	timezone: 'Time zone',
	status: 'Status',
	reportedAt: 'Reported on',
	sourceActors: 'Acting',
	targetActors: 'Toward',
	mediators: 'Mediators or hosts',
	location: 'Where',
	category: 'Category',
	confidence: 'Confidence',
	confidenceNote: 'Confidence note',
	related: 'Related events',
	tags: 'Tags',
	id: 'Id',
	record: 'Event'
};

/** The event form's label for a field named by `placeProblem`. */
export function eventFieldLabel(field: string): string {
	return EVENT_FIELD_LABELS[field] ?? field;
}
