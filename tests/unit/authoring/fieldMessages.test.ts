import { describe, expect, it } from 'vitest';
import { fieldMessages } from '$lib/authoring/fieldMessages';
import { type Problem } from '$lib/data/validation/validateDataset';

describe('fieldMessages', () => {
	const problem = (message: string): Problem => ({
		severity: 'error',
		path: 'events[0].summary',
		message,
		code: 'structure'
	});
	it('fieldMessages(label, problems) names the field once per distinct message', () => {
		const problems = [
			problem('must not be empty'),
			problem('must not be blank'),
			problem('is too long')
		];
		const before = structuredClone(problems);
		expect(fieldMessages('Summary', problems)).toEqual([
			'Summary: is required',
			'Summary: is too long'
		]);
		expect(problems).toEqual(before);
	});
});
