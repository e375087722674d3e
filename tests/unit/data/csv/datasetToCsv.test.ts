import { formatCsvTable } from '../../../../src/lib/data/csv/writeCsv';
import { describe, expect, it } from 'vitest';
import { datasetToCsvTables } from '../../../../src/lib/data/csv/datasetToCsv';
import { EVENT_COLUMNS, parseCsvDataset } from '../../../../src/lib/data/csv/parseCsvDataset';
import { smallDataset, smallSourceTexts } from '../../../fixtures/smallDataset';

describe('datasetToCsvTables(dataset, events)', () => {
	it('datasetToCsvTables(...) writes the import layout, and reading it back gives the same events and actors', () => {
		const dataset = smallDataset();
		const before = structuredClone(dataset);
		const tables = datasetToCsvTables(dataset, dataset.events);
		expect(tables.events.fields).toEqual([...EVENT_COLUMNS.map((c) => c.name), 'more_quotes']);
		expect(dataset).toEqual(before);

		const result = parseCsvDataset(
			{ name: 'events.csv', text: formatCsvTable(tables.events) },
			{ name: 'actors.csv', text: formatCsvTable(tables.actors) },
			{
				today: '2023-03-01',
				sourceTexts: new Map([['wire-1.txt', smallSourceTexts().get('sources/wire-1.txt')!]])
			}
		);
		expect(result.errors).toEqual([]);
		const back = result.dataset!;
		expect(back.actors).toEqual(dataset.actors);
		const essentials = (events: typeof dataset.events) =>
			events.map(({ evidence, ...rest }) => ({ ...rest, quotes: evidence.map((e) => e.quote) }));
		expect(essentials(back.events)).toEqual(essentials(dataset.events));
	});

	it('datasetToCsvTables(...) keeps further quotes in more_quotes and joins lists with ";"', () => {
		const dataset = smallDataset();
		dataset.events[1]!.evidence.push({
			sourceId: 'wire-1',
			quote: 'The talks are expected to last three days.'
		});
		const tables = datasetToCsvTables(dataset, [dataset.events[1]!]);
		const row = Object.fromEntries(
			tables.events.fields.map((f, i) => [f, tables.events.data[0]![i]])
		);
		expect(row.source_actors).toBe('col; eln');
		expect(row.mediators).toBe('nor; cub');
		expect(row.related).toBe('follows:norway-announces');
		expect(row.quote).toBe('delegations of Colombia and the ELN will meet in Havana next week.');
		expect(row.more_quotes).toBe('The talks are expected to last three days.');
		expect(row.source_text).toBe('wire-1.txt');
	});
});
