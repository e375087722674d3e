/** Words and symbols the interface uses for the format's codes, so no view invents its own. */
import type { CategoryKey } from '$lib/data/filters/filterEvents';
import type { Confidence, EventRelation, EventStatus, Precision } from '$lib/data/schema';

export const STATUS_LABELS: Record<EventStatus, { label: string; symbol: string; hint: string }> = {
	occurred: { label: 'Occurred', symbol: '●', hint: 'reported as having happened' },
	planned: { label: 'Planned', symbol: '○', hint: 'announced for a future date' },
	tentative: { label: 'Tentative', symbol: '◌', hint: 'expected, but not confirmed' },
	postponed: { label: 'Postponed', symbol: '⊘', hint: 'moved to a later date' },
	cancelled: { label: 'Cancelled', symbol: '✕', hint: 'called off' },
	reported: { label: 'Reported', symbol: '◐', hint: "known only through someone's account" },
	claimed: { label: 'Claimed', symbol: '◇', hint: 'asserted by one party, disputed by another' }
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
	high: 'High',
	medium: 'Medium',
	low: 'Low'
};

export const PRECISION_LABELS: Record<Precision, string> = {
	day: 'exact day',
	week: 'within a week',
	month: 'within a month',
	year: 'within a year',
	range: 'uncertain window'
};

/** How each role in an event is named. */
export const ROLE_LABELS = {
	source: 'Acting',
	target: 'Toward',
	mediator: 'Mediator or host',
	location: 'Where'
} as const;

export const RELATION_LABELS: Record<EventRelation, string> = {
	follows: 'Follows',
	responds_to: 'Responds to',
	reschedules: 'Reschedules',
	cancels: 'Cancels',
	contradicts: 'Contradicts',
	same_as: 'Same as'
};

/** "CONSULT" -> "Consult"; events without a PLOVER code go to "No category". */
export function categoryLabel(category: CategoryKey): string {
	return category === 'none' ? 'No category' : category.charAt(0) + category.slice(1).toLowerCase();
}
