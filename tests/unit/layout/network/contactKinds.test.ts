import { describe, expect, it } from 'vitest';
import { contactKindOf } from '$lib/layout/network/contactKinds';

describe('contactKindOf(type)', () => {
	it.each([
		['044', null, 'meeting'],
		['046', null, 'meeting'],
		['041', 'CONSULT', 'consultation'],
		['040', 'CONSULT', 'consultation'],
		['042', null, 'visit'],
		['045', 'CONSULT', 'mediation'],
		['039', 'AGREE', 'mediation'],
		['036', 'AGREE', 'statement'],
		['1042', 'REQUEST', 'statement'],
		['154', 'MOBILIZE', 'pressure'],
		['173', 'COERCE', 'pressure'],
		['999', 'SANCTION', 'pressure'],
		['999', null, 'other']
	] as const)('CAMEO %s / PLOVER %s is a %s', (cameo, plover, kind) => {
		expect(contactKindOf({ cameo, cameoLabel: '', plover })).toBe(kind);
	});
});
