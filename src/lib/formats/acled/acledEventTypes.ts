/**
 * ACLED event and sub-event types as CAMEO codes and PLOVER categories. PLOVER covers ACLED's
 * violent and protest types well and its "strategic developments" only in part; where no PLOVER
 * category fits, the event has none. The README's ACLED section prints this table.
 */
import type { PLOVER_CATEGORIES } from '$lib/data/vocabularies';

export interface CodedType {
	cameo: string;
	cameoLabel: string;
	plover: (typeof PLOVER_CATEGORIES)[number] | null;
}

const t = (cameo: string, cameoLabel: string, plover: CodedType['plover']): CodedType => ({
	cameo,
	cameoLabel,
	plover
});

/** By ACLED sub-event type, lowercase. */
export const ACLED_SUB_EVENT_TYPES: ReadonlyMap<string, CodedType> = new Map([
	['armed clash', t('190', 'Use conventional military force', 'ASSAULT')],
	['government regains territory', t('190', 'Use conventional military force', 'ASSAULT')],
	['non-state actor overtakes territory', t('190', 'Use conventional military force', 'ASSAULT')],
	['chemical weapon', t('204', 'Use weapons of mass destruction', 'ASSAULT')],
	['air/drone strike', t('195', 'Employ aerial weapons', 'ASSAULT')],
	['suicide bomb', t('1831', 'Carry out suicide bombing', 'ASSAULT')],
	['shelling/artillery/missile attack', t('194', 'Fight with artillery and tanks', 'ASSAULT')],
	[
		'remote explosive/landmine/ied',
		t('183', 'Conduct suicide, car, or other non-military bombing', 'ASSAULT')
	],
	['grenade', t('183', 'Conduct suicide, car, or other non-military bombing', 'ASSAULT')],
	['sexual violence', t('1821', 'Sexually assault', 'ASSAULT')],
	['attack', t('182', 'Physically assault', 'ASSAULT')],
	['abduction/forced disappearance', t('181', 'Abduct, hijack, or take hostage', 'ASSAULT')],
	['peaceful protest', t('141', 'Demonstrate or rally', 'PROTEST')],
	['protest with intervention', t('141', 'Demonstrate or rally', 'PROTEST')],
	['excessive force against protesters', t('175', 'Use tactics of violent repression', 'COERCE')],
	['violent demonstration', t('145', 'Protest violently, riot', 'PROTEST')],
	['mob violence', t('145', 'Protest violently, riot', 'PROTEST')],
	['agreement', t('057', 'Sign formal agreement', 'AGREE')],
	['arrests', t('173', 'Arrest, detain, or charge with legal action', 'COERCE')],
	['change to group/activity', t('010', 'Make statement (ACLED: change to group/activity)', null)],
	['disrupted weapons use', t('171', 'Seize or damage property', 'COERCE')],
	['headquarters or base established', t('154', 'Mobilize or increase armed forces', 'MOBILIZE')],
	['looting/property destruction', t('171', 'Seize or damage property', 'COERCE')],
	['non-violent transfer of territory', t('0874', 'Retreat or surrender militarily', 'RETREAT')],
	['other', t('010', 'Make statement (ACLED: other strategic development)', null)]
]);

/** By ACLED event type, lowercase: for sub-event types this table does not know. */
export const ACLED_EVENT_TYPES: ReadonlyMap<string, CodedType> = new Map([
	['battles', t('190', 'Use conventional military force', 'ASSAULT')],
	['explosions/remote violence', t('190', 'Use conventional military force', 'ASSAULT')],
	['violence against civilians', t('180', 'Use unconventional violence', 'ASSAULT')],
	['protests', t('140', 'Engage in political dissent', 'PROTEST')],
	['riots', t('145', 'Protest violently, riot', 'PROTEST')],
	['strategic developments', t('010', 'Make statement (ACLED: strategic development)', null)]
]);

/** The CAMEO and PLOVER coding of an ACLED event; null when neither type is ACLED's. */
export function codeAcledType(eventType: string, subEventType: string): CodedType | null {
	return (
		ACLED_SUB_EVENT_TYPES.get(subEventType.trim().toLowerCase()) ??
		ACLED_EVENT_TYPES.get(eventType.trim().toLowerCase()) ??
		null
	);
}
