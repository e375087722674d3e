/**
 * "Who knew when": the threads that join events one follows or reschedules
 * (announced → postponed → rescheduled → held) and the ticks that show when a planned event was
 * first reported. Pure: from the events and the marks on screen to path data.
 */
import { dayToTime } from '$lib/data/time/dates';
import type { DiplomaticEvent } from '$lib/data/schema';
import { inChunks, type Steps } from '$lib/data/steps';
import type { PlacedMark } from './layoutTimeline';

/** The relations that carry one event's story on to the next. */
export const THREAD_RELATIONS: ReadonlySet<string> = new Set(['follows', 'reschedules']);

export interface EventThreads {
	/** Each event in a thread -> the thread's id (its earliest event's id). */
	threadOf: ReadonlyMap<string, string>;
	/** The links, earlier event first. */
	links: { from: string; to: string; relation: string }[];
}

/**
 * Groups events linked by `follows` / `reschedules` into threads (connected groups of two or
 * more), yielding between chunks of the passes over every event. A link to an event that is
 * not in the dataset is left out.
 */
export function* computeEventThreadsInSteps(
	events: readonly DiplomaticEvent[]
): Steps<EventThreads> {
	// Most datasets have no thread at all: one look at each event's links, and nothing is built.
	const linked: DiplomaticEvent[] = [];
	yield* inChunks(events.length, (from, to) => {
		for (let i = from; i < to; i++) {
			const related = events[i]!.related;
			if (related?.some((link) => THREAD_RELATIONS.has(link.relation))) linked.push(events[i]!);
		}
	});
	if (linked.length === 0) return { threadOf: new Map(), links: [] };
	const byId = new Map<string, DiplomaticEvent>();
	yield* inChunks(events.length, (from, to) => {
		for (let i = from; i < to; i++) byId.set(events[i]!.id, events[i]!);
	});
	const parent = new Map<string, string>();
	const find = (id: string): string => {
		let root = id;
		while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
		parent.set(id, root);
		return root;
	};
	const links: EventThreads['links'] = [];
	const linkKeys = new Set<string>();
	for (const event of linked) {
		for (const link of event.related ?? []) {
			if (!THREAD_RELATIONS.has(link.relation)) continue;
			const other = byId.get(link.eventId);
			if (!other || other.id === event.id) continue;
			const [from, to] = order(other, event);
			// Ids hold no line feed (the data contract): a safe separator.
			const key = `${from.id}\n${to.id}`;
			if (linkKeys.has(key)) continue;
			linkKeys.add(key);
			links.push({ from: from.id, to: to.id, relation: link.relation });
			const a = find(from.id);
			const b = find(to.id);
			if (a !== b) parent.set(a, b);
		}
	}
	// A thread is named after its earliest event, so the id does not depend on input order.
	const members = new Map<string, DiplomaticEvent[]>();
	for (const id of parent.keys()) {
		const root = find(id);
		const group = members.get(root);
		if (group) group.push(byId.get(id)!);
		else members.set(root, [byId.get(id)!]);
	}
	const threadOf = new Map<string, string>();
	for (const group of members.values()) {
		const first = group.reduce((a, b) => (order(a, b)[0] === a ? a : b));
		for (const event of group) threadOf.set(event.id, first.id);
	}
	return { threadOf, links };
}

/** Earlier by plotted day, then by id: a stable direction for a link. */
function order(a: DiplomaticEvent, b: DiplomaticEvent): [DiplomaticEvent, DiplomaticEvent] {
	if (a.date.value !== b.date.value) return a.date.value < b.date.value ? [a, b] : [b, a];
	return a.id <= b.id ? [a, b] : [b, a];
}

export interface ThreadPath {
	key: string;
	threadId: string;
	from: string;
	to: string;
	relation: string;
	d: string;
}

export interface AnnouncementTick {
	/** The event's id. */
	key: string;
	/** The tick at the day it was reported, and its height. */
	x: number;
	y: number;
	/** Where the join meets the mark. */
	markX: number;
	d: string;
}

export interface WhoKnewWhen {
	threads: ThreadPath[];
	announcements: AnnouncementTick[];
}

const r1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Path data for the threads between the marks on screen and for each event's announcement
 * tick. An event is reached at its labelled (primary) mark, or its first mark when it has none
 * on screen. A link is drawn when both ends are laid out; a tick when the event is and its
 * report day differs from its plotted day.
 */
export function layoutWhoKnewWhen(
	threads: EventThreads,
	marks: readonly PlacedMark[],
	x: (time: number) => number,
	glyphRadius: number
): WhoKnewWhen {
	const markOf = new Map<string, PlacedMark>();
	for (const mark of marks) {
		const known = markOf.get(mark.eventId);
		if (!known || (known.compact && !mark.compact)) markOf.set(mark.eventId, mark);
	}
	const paths: ThreadPath[] = [];
	for (const link of threads.links) {
		const a = markOf.get(link.from);
		const b = markOf.get(link.to);
		if (!a || !b) continue;
		const x0 = a.geometry.cx;
		const x1 = b.geometry.cx;
		const y0 = a.cy;
		const y1 = b.cy;
		// Level links arch over the row, so they do not run through the marks between.
		const d =
			Math.abs(y1 - y0) < 1
				? `M${r1(x0)},${r1(y0)}Q${r1((x0 + x1) / 2)},${r1(y0 - Math.min(24, 6 + Math.abs(x1 - x0) / 8))} ${r1(x1)},${r1(y1)}`
				: `M${r1(x0)},${r1(y0)}C${r1(x0 + (x1 - x0) / 2)},${r1(y0)} ${r1(x0 + (x1 - x0) / 2)},${r1(y1)} ${r1(x1)},${r1(y1)}`;
		paths.push({
			key: `${link.from}>${link.to}`,
			threadId: threads.threadOf.get(link.from) ?? link.from,
			from: link.from,
			to: link.to,
			relation: link.relation,
			d
		});
	}
	const announcements: AnnouncementTick[] = [];
	for (const mark of markOf.values()) {
		const reported = mark.event.reportedAt;
		if (!reported || reported === mark.event.date.value) continue;
		const tx = r1(x(dayToTime(reported)));
		const cx = mark.geometry.cx;
		const y = r1(mark.cy);
		// The join stops at the glyph's edge.
		const edge = tx < cx ? cx - glyphRadius : cx + glyphRadius;
		announcements.push({
			key: mark.eventId,
			x: tx,
			y,
			markX: r1(edge),
			d: `M${tx},${r1(y - 5)}v10M${tx},${y}H${r1(edge)}`
		});
	}
	return { threads: paths, announcements };
}
