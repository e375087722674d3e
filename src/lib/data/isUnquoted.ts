/**
 * Events without a verbatim quote (format 1.1): every piece of evidence is a coded summary,
 * as events read from ACLED or TimelineJS are. Their summary is someone's coding, not a quote.
 */
import type { DiplomaticEvent } from './schema';

/** True when none of the event's evidence quotes its source verbatim. */
export function isUnquoted(event: Pick<DiplomaticEvent, 'evidence'>): boolean {
	return event.evidence.every((item) => item.quote === undefined);
}
