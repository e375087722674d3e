import { DEFAULT_METRICS, labelRoom } from '../../src/lib/layout/timeline/layoutTimeline';

const metrics = DEFAULT_METRICS;

/** Lane packing options with the timeline's default metrics (compact marks on). */
export const packOptions = {
	glyphRadius: metrics.glyphRadius,
	gap: metrics.labelReserve,
	compactGap: metrics.compactGap,
	labelRoom: (lane: { events: { summary: string }[] }, i: number) =>
		labelRoom(lane.events[i]!.summary.length, metrics.fontSize)
};
