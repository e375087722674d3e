// A deterministic Parley dataset (format 1.0, see docs / shared/dataset-format.md) for the
// network scenario of the benchmark: `actors` actors (states, international organisations,
// envoys who roll up to their state, and a few venues) and `events` contact events among them
// (visits, calls, talks, mediations, statements, pressure), spread over two years. Contacts
// follow a skewed (Zipf-like) choice of actors, as in real event data: a few hubs meet many,
// most actors meet a few. Pure ES module with no dependencies, like dataset.mjs beside it.

import { mulberry32 } from './dataset.mjs';

const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAYS = 731; // 2023-01-01 .. 2024-12-31
const DAY_MS = 86_400_000;
const CREATED_AT = '2025-01-01';

/** CAMEO codes of contacts, with their labels, PLOVER category and how they are written. */
const CONTACTS = [
	{ cameo: '040', label: 'Consult', plover: 'CONSULT', shape: 'pair', weight: 3 },
	{ cameo: '041', label: 'Discuss by telephone', plover: 'CONSULT', shape: 'pair', weight: 4 },
	{ cameo: '042', label: 'Make a visit', plover: 'CONSULT', shape: 'pair', weight: 3 },
	{ cameo: '043', label: 'Host a visit', plover: 'CONSULT', shape: 'pair', weight: 2 },
	{
		cameo: '044',
		label: "Meet at a 'third' location",
		plover: 'CONSULT',
		shape: 'meeting',
		weight: 2
	},
	{ cameo: '045', label: 'Mediate', plover: 'CONSULT', shape: 'mediation', weight: 1 },
	{ cameo: '046', label: 'Engage in negotiation', plover: 'CONSULT', shape: 'meeting', weight: 2 },
	{ cameo: '057', label: 'Sign formal agreement', plover: 'AGREE', shape: 'pair', weight: 1 },
	{
		cameo: '036',
		label: 'Express intent to meet or negotiate',
		plover: 'AGREE',
		shape: 'pair',
		weight: 1
	},
	{ cameo: '112', label: 'Accuse', plover: 'ACCUSE', shape: 'pair', weight: 1 },
	{
		cameo: '163',
		label: 'Impose embargo, boycott, or sanctions',
		plover: 'SANCTION',
		shape: 'pair',
		weight: 1
	}
];
const STATUSES = [
	['occurred', 0.86],
	['reported', 0.05],
	['planned', 0.04],
	['postponed', 0.02],
	['cancelled', 0.02],
	['claimed', 0.01]
];
const OUTLETS = ['Wire A', 'Wire B', 'Daily C', 'Ministry D'];

/**
 * generateNetworkDataset({ actors = 200, events = 5000, seed = 42 }) -> a Parley dataset whose
 * actors are ~72% states, ~10% international organisations, ~12% envoys (`memberOf` a state,
 * so they roll up to it) and ~6% venues (with coordinates; the venues are where meetings and
 * mediations take place and are never parties). Every event is a contact between two or more
 * actors: a source and a target, a reciprocal meeting of two or three, or a mediation with a
 * mediator. The same arguments always give the same bytes.
 */
export function generateNetworkDataset({ actors = 200, events = 5000, seed = 42 } = {}) {
	const rnd = mulberry32(seed);
	const pick = (list) => list[Math.floor(rnd() * list.length)];
	const weighted = (list, weightOf) => {
		const total = list.reduce((sum, item) => sum + weightOf(item), 0);
		let x = rnd() * total;
		for (const item of list) {
			x -= weightOf(item);
			if (x < 0) return item;
		}
		return list[list.length - 1];
	};

	const venues = Math.max(1, Math.round(actors * 0.06));
	const envoys = Math.round(actors * 0.12);
	const igos = Math.round(actors * 0.1);
	const states = actors - venues - envoys - igos;
	const actorList = [];
	const pad = (i) => String(i + 1).padStart(3, '0');
	for (let i = 0; i < venues; i++) {
		actorList.push({
			id: `venue-${pad(i)}`,
			name: `Venue ${pad(i)}`,
			kind: 'venue',
			lat: Math.round((rnd() * 120 - 55) * 1000) / 1000,
			lon: Math.round((rnd() * 340 - 170) * 1000) / 1000,
			coordPrecision: 'city'
		});
	}
	for (let i = 0; i < states; i++) {
		actorList.push({
			id: `state-${pad(i)}`,
			name: `State ${pad(i)}`,
			kind: 'state',
			// Some states have their capital among the venues: hosting there is the state hosting.
			...(i < venues ? { seat: `venue-${pad(i)}` } : {})
		});
	}
	for (let i = 0; i < igos; i++) {
		actorList.push({ id: `igo-${pad(i)}`, name: `Organisation ${pad(i)}`, kind: 'igo' });
	}
	for (let i = 0; i < envoys; i++) {
		actorList.push({
			id: `envoy-${pad(i)}`,
			name: `Envoy ${pad(i)}`,
			kind: 'person',
			role: `Special envoy of State ${pad(i % states)}`,
			memberOf: [`state-${pad(i % states)}`]
		});
	}
	// Who takes part: everyone but the venues, with Zipf-like weights in a shuffled order.
	const parties = actorList.filter((actor) => actor.kind !== 'venue');
	for (let i = parties.length - 1; i > 0; i--) {
		const j = Math.floor(rnd() * (i + 1));
		[parties[i], parties[j]] = [parties[j], parties[i]];
	}
	const partyWeight = new Map(parties.map((actor, rank) => [actor, 1 / Math.pow(rank + 1, 0.8)]));
	const drawParty = (except) => {
		for (;;) {
			const actor = weighted(parties, (a) => partyWeight.get(a));
			if (!except.includes(actor.id)) return actor.id;
		}
	};
	const venueIds = actorList.filter((actor) => actor.kind === 'venue').map((actor) => actor.id);

	const eventList = [];
	for (let i = 0; i < events; i++) {
		const contact = weighted(CONTACTS, (c) => c.weight);
		const status = weighted(STATUSES, (s) => s[1])[0];
		const first = drawParty([]);
		let sourceActors = [first];
		let targetActors = [];
		let mediators;
		let location;
		if (contact.shape === 'pair') {
			targetActors = [drawParty(sourceActors)];
		} else if (contact.shape === 'meeting') {
			sourceActors.push(drawParty(sourceActors));
			if (rnd() < 0.3) sourceActors.push(drawParty(sourceActors));
			if (rnd() < 0.6) location = { actorId: pick(venueIds) };
		} else {
			// Mediation: the mediator is the source, the parties the targets (CAMEO 045).
			targetActors = [drawParty(sourceActors)];
			targetActors.push(drawParty([...sourceActors, ...targetActors]));
			mediators = [first];
			if (rnd() < 0.5) location = { actorId: pick(venueIds) };
		}
		// Day of the event: later events are planned, earlier ones happened.
		const day = Math.floor(rnd() * DAYS);
		const value = new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10);
		const multiDay = contact.shape === 'meeting' && rnd() < 0.25;
		const end = multiDay
			? new Date(FIRST_DAY + Math.min(DAYS - 1, day + 1 + Math.floor(rnd() * 4)) * DAY_MS)
					.toISOString()
					.slice(0, 10)
			: undefined;
		const names = [...sourceActors, ...targetActors].join(', ');
		const summary = `${contact.label}: ${names}${location ? ` at ${location.actorId}` : ''}.`;
		eventList.push({
			id: `contact-${String(i + 1).padStart(5, '0')}`,
			date: {
				value,
				precision: 'day',
				earliest: value,
				latest: value,
				...(end && end > value ? { end } : {})
			},
			status,
			type: { cameo: contact.cameo, cameoLabel: contact.label, plover: contact.plover },
			sourceActors,
			targetActors,
			...(mediators ? { mediators } : {}),
			...(location ? { location } : {}),
			summary,
			evidence: [{ sourceId: `source-${(i % OUTLETS.length) + 1}`, quote: summary }],
			confidence: rnd() < 0.8 ? 'high' : 'medium',
			...(rnd() < 0.8 ? {} : { confidenceNote: 'One source.' })
		});
	}
	eventList.sort((p, q) =>
		p.date.value < q.date.value ? -1 : p.date.value > q.date.value ? 1 : 0
	);

	return {
		schemaVersion: '1.0',
		meta: {
			id: 'bench-network',
			title: `Benchmark network: ${actors} actors, ${events} contact events (seed ${seed})`,
			description:
				'Synthetic contact events for the network scenario of the benchmark (tests/bench/lib/networkDataset.mjs).',
			createdAt: CREATED_AT,
			extractedBy: 'the benchmark generator (generateNetworkDataset)',
			license: 'CC0-1.0',
			coverage: { earliest: '2023-01-01', latest: '2024-12-31' }
		},
		sources: OUTLETS.map((outlet, i) => ({
			id: `source-${i + 1}`,
			url: `https://example.org/parley-bench/network/${i + 1}`,
			outlet,
			publishedAt: null,
			accessedAt: CREATED_AT,
			sourceType: 'unknown'
		})),
		actors: actorList,
		events: eventList
	};
}
