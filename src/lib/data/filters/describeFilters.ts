/** Filters in words, for the summary bar, exported charts and file descriptions. */
import { isolateBidi } from '../text/bidi';
import { formatDayRange } from '../time/dates';
import { activeFilterKeys, type FilterKey } from './activeFilters';
import type { FilterCriteria } from './filterEvents';

/** Actors named in words before the rest are counted. */
const MAX_NAMED = 6;

const STATUS_WORDS: Record<string, string> = { cancelled: 'cancelled', postponed: 'postponed' };

/** One filter in words: "involving Iran or Egypt", "status planned or tentative". */
export function describeFilter(
	criteria: FilterCriteria,
	filter: FilterKey,
	actorName: (id: string) => string
): string {
	switch (filter) {
		case 'actorIds': {
			// A long selection is named in part: the words stay short whatever the number of actors.
			// Names are the dataset's text: isolated in the sentence.
			const ids = criteria.actorIds;
			const named = ids.length > MAX_NAMED ? ids.slice(0, MAX_NAMED - 1) : ids;
			const names = named.map((id) => isolateBidi(actorName(id)));
			if (named.length < ids.length) {
				const rest = ids.length - named.length;
				names.push(`${rest.toLocaleString('en-GB')} other actors`);
			}
			const joined = names.join(criteria.actorMode === 'all' ? ' and ' : ' or ');
			const mediators = criteria.includeMediators ? '' : ', not as mediator or host';
			return `${criteria.actorMode === 'all' ? 'involving all of' : 'involving'} ${joined}${mediators}`;
		}
		case 'categories':
			return `category ${criteria.categories.map((k) => (k === 'none' ? 'none' : k)).join(' or ')}`;
		case 'statuses':
			return `status ${criteria.statuses.map((s) => STATUS_WORDS[s] ?? s).join(' or ')}`;
		case 'confidences':
			return `${criteria.confidences.join(' or ')} confidence`;
		case 'quoting':
			return criteria.quoting === 'unquoted'
				? 'unquoted (coded summaries) only'
				: 'with a verbatim quote only';
		case 'search':
			return `matching “${isolateBidi(criteria.search.trim())}”`;
		case 'timeRange':
			return criteria.timeRange
				? `dated ${formatDayRange(criteria.timeRange.start, criteria.timeRange.end)}`
				: 'any date';
	}
}

/** All filters in force in one sentence fragment, or "no filters". */
export function describeFilters(
	criteria: FilterCriteria,
	actorName: (id: string) => string
): string {
	const parts = activeFilterKeys(criteria).map((key) => describeFilter(criteria, key, actorName));
	return parts.length > 0 ? parts.join('; ') : 'no filters';
}
