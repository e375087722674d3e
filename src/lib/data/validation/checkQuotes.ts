/** The rules on evidence: every quote found in its stored source text; unquoted evidence needs format 1.1. */
import { isolateBidi, quoteText, truncateText } from '../text/bidi';
import type { PathKey } from './jsonPath';
import { foldForQuotes, locateQuote, type FoldedText } from '../text/matchQuote';
import type { Report } from './problems';
import type { DiplomaticEvent, Evidence, EventEvidence, Relation, Source } from '../schema';

/** Where the stored source texts come from, and what a missing one is. */
export interface QuoteCheckOptions {
	/**
	 * Stored source texts by the path written in `sources[].text`. When it is given, every quote
	 * from such a source must occur in its text.
	 */
	sourceTexts?: ReadonlyMap<string, string>;
	/** What a source text that is declared but not in `sourceTexts` is (default: error). */
	missingSourceText?: 'error' | 'warning';
}

export function checkQuotes(
	sources: { item: Source; index: number }[],
	events: { item: DiplomaticEvent; index: number }[],
	relations: { item: Relation; index: number }[],
	options: QuoteCheckOptions,
	report: Report
) {
	const folded = new Map<string, { text: FoldedText; path: string }>();
	for (const { item: source, index } of sources) {
		if (source.text === undefined) continue;
		const text = options.sourceTexts?.get(source.text);
		if (text === undefined) {
			const severity = options.missingSourceText ?? 'error';
			report(
				severity,
				'source-text-missing',
				['sources', index, 'text'],
				`the stored text ${quoteText(source.text, 200)} could not be read, so quotes from "${source.id}" ${severity === 'error' ? 'cannot be checked' : 'were not checked'}`
			);
			continue;
		}
		folded.set(source.id, { text: foldForQuotes(text), path: source.text });
	}
	const checkEvidence = (evidence: (Evidence | EventEvidence)[], base: PathKey[]) =>
		evidence.forEach((item, i) => {
			const source = folded.get(item.sourceId);
			if (item.quote === undefined) return;
			if (source && !locateQuote(source.text, item.quote)) {
				report(
					'error',
					'quote-not-in-source',
					[...base, 'evidence', i, 'quote'],
					`not found verbatim in the text of source "${item.sourceId}" (${isolateBidi(truncateText(source.path, 200))}); quote its words exactly (white space, curly or straight quotes and dashes may differ, and "[…]" may leave words out)`
				);
			}
		});
	for (const { item, index } of events) checkEvidence(item.evidence, ['events', index]);
	for (const { item, index } of relations) checkEvidence(item.evidence, ['relations', index]);
}

/** Evidence without a verbatim quote is new in format 1.1; a 1.0 file cannot say it. */
export function checkUnquotedNeedsNewerVersion(
	events: { item: DiplomaticEvent; index: number }[],
	report: Report
) {
	for (const { item, index } of events) {
		item.evidence.forEach((evidence, i) => {
			if (evidence.unquoted === undefined) return;
			report(
				'error',
				'structure',
				['events', index, 'evidence', i, 'unquoted'],
				'evidence without a verbatim quote is part of dataset format 1.1; set schemaVersion to "1.1"'
			);
		});
	}
}
