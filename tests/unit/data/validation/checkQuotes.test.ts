import { describe, expect, it } from 'vitest';
import type { PathKey } from '$lib/data/validation/jsonPath';
import type { Problem, ProblemCode } from '$lib/data/validation/problems';
import type { Dataset } from '$lib/data/schema';
import { checkQuotes, checkUnquotedNeedsNewerVersion } from '$lib/data/validation/checkQuotes';
import { smallDataset, smallSourceTexts, SMALL_SOURCE_TEXT } from '../../../fixtures/smallDataset';

function recorder() {
	const problems: { severity: Problem['severity']; code: ProblemCode; path: PathKey[] }[] = [];
	const report = (severity: Problem['severity'], code: ProblemCode, path: PathKey[]) =>
		problems.push({ severity, code, path });
	return { problems, report };
}
const indexed = <T>(items: T[]) => items.map((item, index) => ({ item, index }));
function check(
	dataset: Dataset,
	texts: ReadonlyMap<string, string> | undefined,
	missing?: 'warning'
) {
	const { problems, report } = recorder();
	checkQuotes(
		indexed(dataset.sources),
		indexed(dataset.events),
		indexed(dataset.relations ?? []),
		{ sourceTexts: texts, ...(missing ? { missingSourceText: missing } : {}) },
		report
	);
	return problems;
}

describe('checkQuotes', () => {
	it('checkQuotes(the small dataset, its texts) finds nothing, and leaves the dataset as it was', () => {
		const dataset = smallDataset();
		const before = structuredClone(dataset);
		expect(check(dataset, smallSourceTexts())).toEqual([]);
		expect(dataset).toEqual(before);
	});

	it('checkQuotes(a quote not in its source text) reports where the quote is', () => {
		const dataset = smallDataset();
		const index = dataset.events.findIndex((e) =>
			e.evidence.some(
				(ev) =>
					ev.quote !== undefined && dataset.sources.some((s) => s.id === ev.sourceId && s.text)
			)
		);
		const evidence = dataset.events[index]!.evidence.findIndex((ev) => ev.quote !== undefined);
		dataset.events[index]!.evidence[evidence]!.quote = 'words the article never said';
		expect(check(dataset, smallSourceTexts())).toEqual([
			{
				severity: 'error',
				code: 'quote-not-in-source',
				path: ['events', index, 'evidence', evidence, 'quote']
			}
		]);
	});

	it('checkQuotes(a quote with other white space and curly quotes) accepts it', () => {
		const dataset = smallDataset();
		const words = SMALL_SOURCE_TEXT.split(/\s+/).slice(0, 6).join('\n  ');
		const event = dataset.events.find((e) => e.evidence.some((ev) => ev.quote !== undefined))!;
		event.evidence.find((ev) => ev.quote !== undefined)!.quote = words;
		expect(
			check(dataset, smallSourceTexts()).filter((p) => p.code === 'quote-not-in-source')
		).toEqual([]);
	});

	it.each([
		[undefined, 'error'],
		['warning', 'warning']
	] as const)(
		'checkQuotes(a declared text not given, missing: %s) reports it as %s',
		(missing, severity) => {
			const dataset = smallDataset();
			const index = dataset.sources.findIndex((s) => s.text !== undefined);
			expect(check(dataset, new Map(), missing)).toEqual([
				{ severity, code: 'source-text-missing', path: ['sources', index, 'text'] }
			]);
		}
	);

	it('checkUnquotedNeedsNewerVersion(events) reports each unquoted evidence', () => {
		const dataset = smallDataset();
		const event = dataset.events[0]!;
		event.evidence = [
			{ sourceId: event.evidence[0]!.sourceId, quote: 'x' },
			{ sourceId: event.evidence[0]!.sourceId, unquoted: 'coded-summary' }
		] as typeof event.evidence;
		const { problems, report } = recorder();
		checkUnquotedNeedsNewerVersion(indexed(dataset.events), report);
		expect(problems).toEqual([
			{ severity: 'error', code: 'structure', path: ['events', 0, 'evidence', 1, 'unquoted'] }
		]);
	});
});
