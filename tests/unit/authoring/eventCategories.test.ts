import { describe, expect, it } from 'vitest';
import { EVENT_CATEGORIES, listedCategory } from '$lib/authoring/eventCategories';
import { EventSchema } from '$lib/data/schema';
import * as v from 'valibot';
import { meeting } from '../../helpers/authoringDraft';

describe('EVENT_CATEGORIES', () => {
	it('every listed category is a valid event type, codes unique', () => {
		const codes = EVENT_CATEGORIES.map((c) => c.cameo);
		expect(new Set(codes).size).toBe(codes.length);
		for (const type of EVENT_CATEGORIES) {
			const event = { ...meeting(), type };
			expect(v.safeParse(EventSchema, event).success, type.cameo).toBe(true);
		}
	});
	it('listedCategory(code) finds a listed code and nothing else', () => {
		expect(listedCategory('045')?.cameoLabel).toBe('Mediate');
		expect(listedCategory('999')).toBeUndefined();
	});
});
