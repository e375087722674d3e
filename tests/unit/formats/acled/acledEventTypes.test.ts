import { describe, expect, it } from 'vitest';
import { codeAcledType } from '$lib/formats/acled/acledEventTypes';

describe('codeAcledType', () => {
	it.each([
		['Protests', 'Peaceful protest', '141', 'PROTEST'],
		['Battles', 'Armed clash', '190', 'ASSAULT'],
		['Strategic developments', 'Agreement', '057', 'AGREE'],
		['Strategic developments', 'Other', '010', null],
		['Riots', 'Something new', '145', 'PROTEST']
	])('codeAcledType(%j, %j) is CAMEO %s, PLOVER %s', (type, sub, cameo, plover) => {
		expect(codeAcledType(type, sub)).toMatchObject({ cameo, plover });
	});
	it('codeAcledType of an unknown event type is null', () => {
		expect(codeAcledType('Parades', '')).toBeNull();
	});
});
