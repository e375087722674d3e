/** The rules on actors: memberships and seats that exist and fit, no cycles, coordinates in pairs. */
import type { PathKey } from './jsonPath';
import type { Report } from './problems';
import type { Actor, ActorKind } from '../schema';
import { checkReference, type References } from './references';

const MEMBER_OF_KINDS: ActorKind[] = ['state', 'igo', 'org', 'group'];

export function checkActors(
	actors: { item: Actor; index: number }[],
	refs: References,
	report: Report
) {
	const memberOf = new Map<string, string[]>();
	for (const { item: actor, index } of actors) {
		const at = (...rest: PathKey[]): PathKey[] => ['actors', index, ...rest];
		(actor.memberOf ?? []).forEach((id, i) => {
			if (!checkReference(refs, 'actors', id, at('memberOf', i), report)) return;
			const kind = refs.actorKinds.get(id);
			if (id === actor.id) {
				report(
					'error',
					'membership-cycle',
					at('memberOf', i),
					`"${id}" cannot be a member of itself`
				);
			} else if (kind && !MEMBER_OF_KINDS.includes(kind)) {
				report(
					'error',
					'reference',
					at('memberOf', i),
					`"${id}" is a ${kind}; memberOf must name a state, igo, org or group`
				);
			}
		});
		memberOf.set(actor.id, actor.memberOf ?? []);
		if (
			actor.seat !== undefined &&
			checkReference(refs, 'actors', actor.seat, at('seat'), report)
		) {
			const kind = refs.actorKinds.get(actor.seat);
			if (kind && kind !== 'venue') {
				report(
					'error',
					'reference',
					at('seat'),
					`"${actor.seat}" is a ${kind}; a seat must be a venue`
				);
			}
		}
		if (actor.coordSourceId !== undefined) {
			checkReference(refs, 'sources', actor.coordSourceId, at('coordSourceId'), report);
		}
		if ((actor.lat === undefined) !== (actor.lon === undefined)) {
			const missing = actor.lat === undefined ? 'lat' : 'lon';
			report(
				'error',
				'coordinates',
				at(missing),
				`coordinates come as a pair: "lat" and "lon" are both needed, or neither`
			);
		}
	}
	reportMembershipCycles(actors, memberOf, report);
}

function reportMembershipCycles(
	actors: { item: Actor; index: number }[],
	memberOf: Map<string, string[]>,
	report: Report
) {
	const state = new Map<string, 'visiting' | 'done'>();
	const indexOf = new Map(actors.map(({ item, index }) => [item.id, index]));
	const reported = new Set<string>();
	const visit = (id: string, trail: string[]) => {
		if (state.get(id) === 'done') return;
		if (state.get(id) === 'visiting') {
			const cycle = [...trail.slice(trail.indexOf(id)), id];
			const key = [...cycle].sort().join(' ');
			if (cycle.length > 2 && !reported.has(key)) {
				reported.add(key);
				report(
					'error',
					'membership-cycle',
					['actors', indexOf.get(id) ?? 0, 'memberOf'],
					`membership cycle: ${cycle.join(' → ')}; memberOf must lead up to a state or organisation, never back`
				);
			}
			return;
		}
		state.set(id, 'visiting');
		for (const parent of memberOf.get(id) ?? []) {
			if (parent !== id && memberOf.has(parent)) visit(parent, [...trail, id]);
		}
		state.set(id, 'done');
	};
	for (const id of memberOf.keys()) visit(id, []);
}
