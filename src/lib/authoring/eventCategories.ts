/**
 * The CAMEO event codes a diplomatic article most often calls for, each with its PLOVER
 * category, for the event form's "Category" list. Any other code can still be typed in.
 * Labels follow the CAMEO codebook (1.1b3); the PLOVER category is the one its mapping gives.
 */
import type { DiplomaticEvent } from '$lib/data/schema';

export type EventType = DiplomaticEvent['type'];

export const EVENT_CATEGORIES: readonly EventType[] = [
	{ cameo: '010', cameoLabel: 'Make statement, not specified below', plover: null },
	{ cameo: '014', cameoLabel: 'Consider policy option', plover: null },
	{ cameo: '020', cameoLabel: 'Make an appeal or request, not specified below', plover: 'REQUEST' },
	{ cameo: '036', cameoLabel: 'Express intent to meet or negotiate', plover: 'AGREE' },
	{ cameo: '039', cameoLabel: 'Express intent to mediate', plover: 'AGREE' },
	{ cameo: '040', cameoLabel: 'Consult, not specified below', plover: 'CONSULT' },
	{ cameo: '041', cameoLabel: 'Discuss by telephone', plover: 'CONSULT' },
	{ cameo: '042', cameoLabel: 'Make a visit', plover: 'CONSULT' },
	{ cameo: '043', cameoLabel: 'Host a visit', plover: 'CONSULT' },
	{ cameo: '044', cameoLabel: "Meet at a 'third' location", plover: 'CONSULT' },
	{ cameo: '045', cameoLabel: 'Mediate', plover: 'CONSULT' },
	{ cameo: '046', cameoLabel: 'Engage in negotiation', plover: 'CONSULT' },
	{ cameo: '057', cameoLabel: 'Sign formal agreement', plover: 'AGREE' },
	{ cameo: '070', cameoLabel: 'Provide aid, not specified below', plover: 'AID' },
	{ cameo: '100', cameoLabel: 'Demand, not specified below', plover: 'REQUEST' },
	{ cameo: '111', cameoLabel: 'Criticize or denounce', plover: 'ACCUSE' },
	{ cameo: '120', cameoLabel: 'Reject, not specified below', plover: 'REJECT' },
	{ cameo: '124', cameoLabel: 'Refuse to yield, not specified below', plover: 'REJECT' },
	{ cameo: '130', cameoLabel: 'Threaten, not specified below', plover: 'THREATEN' },
	{
		cameo: '140',
		cameoLabel: 'Engage in political dissent, not specified below',
		plover: 'PROTEST'
	},
	{ cameo: '154', cameoLabel: 'Mobilize or increase armed forces', plover: 'MOBILIZE' },
	{ cameo: '163', cameoLabel: 'Impose embargo, boycott, or sanctions', plover: 'SANCTION' },
	{ cameo: '173', cameoLabel: 'Arrest, detain, or charge with legal action', plover: 'COERCE' }
];

/** The listed category with this CAMEO code, if any. */
export function listedCategory(cameo: string): EventType | undefined {
	return EVENT_CATEGORIES.find((category) => category.cameo === cameo);
}
