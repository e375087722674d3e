import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvHeader, loadSingleCsv, loadTimelineJsValue } from '$lib/formats/loadForeignFile';
import { fixture, TODAY } from '../../helpers/foreignFiles';

describe('loadForeignFile', () => {
	it.each([
		['a,b,c\n1,2,3', ['a', 'b', 'c']],
		['\uFEFF"x, y",z\r\n1,2', ['x, y', 'z']],
		['', []]
	])('csvHeader(%j) is %j', (text, header) => {
		expect(csvHeader(text)).toEqual(header);
	});

	it.each([
		['acled-export.csv', 'Reading the ACLED export acled-export.csv'],
		['timelinejs-sheet.csv', 'Reading the TimelineJS sheet timelinejs-sheet.csv']
	])('loadSingleCsv(%s) tells its stage and reads it into a dataset', (name, stage) => {
		const stages: string[] = [];
		const file = fixture(name);
		const before = structuredClone(file);
		const loaded = loadSingleCsv(file, { today: TODAY, onStage: (s) => stages.push(s) });
		expect(stages[0]).toBe(stage);
		expect(loaded.name).toBe(name);
		expect(loaded.result.errors).toEqual([]);
		expect(loaded.result.dataset!.events.length).toBeGreaterThan(0);
		expect(file).toEqual(before);
	});

	it('loadSingleCsv(any other CSV) says a spreadsheet needs its two files', () => {
		const loaded = loadSingleCsv(
			{ name: 'events.csv', text: 'id,date,summary\n1,2024-01-01,x' },
			{ today: TODAY }
		);
		expect(loaded.result.dataset).toBeNull();
		expect(loaded.result.errors).toHaveLength(1);
		expect(loaded.result.errors[0]!.message).toContain('neither an ACLED export');
		expect(loaded.result.errors[0]!.message).toContain('the events CSV and the actors CSV');
	});

	it('loadTimelineJsValue(name, story) places problems by slide as events[i]', () => {
		const story = JSON.parse(
			readFileSync('tests/fixtures/formats/timelinejs-broken-dates.json', 'utf8')
		) as Record<string, unknown>;
		const stages: string[] = [];
		const loaded = loadTimelineJsValue('broken.json', story, {
			today: TODAY,
			onStage: (s) => stages.push(s)
		});
		expect(stages).toEqual(['Reading the TimelineJS story broken.json']);
		expect(loaded.result.errors.length).toBeGreaterThan(0);
		for (const problem of loaded.result.errors) expect(problem.path).toMatch(/^events\[\d+\]/);
	});
});
