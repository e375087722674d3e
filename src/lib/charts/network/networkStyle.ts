/** Names the network's components share: CSS variables per edge kind, dash patterns, legend text. */
import type { NodeKind } from '$lib/layout/network/graphTypes';
import type { EdgeKind } from '$lib/layout/network/contactKinds';

/** Colour of an edge kind: a CSS variable set in MediationNetwork.svelte (light and dark). */
export function edgeColor(kind: EdgeKind): string {
	return `var(--net-edge-${kind})`;
}

export { STATUS_DASH } from '$lib/layout/network/edgeMarks';

export const NODE_KIND_LABELS: Record<NodeKind, string> = {
	state: 'State (labelled with its capital)',
	igo: 'International organisation',
	venue: 'Venue',
	person: 'Person',
	org: 'Body or organisation',
	group: 'Group'
};

/** The shape a node kind is drawn with: filled for states and venues, hollow for the rest. */
export function nodeShape(
	kind: NodeKind
): 'circle' | 'square' | 'diamond' | 'ring' | 'ring-square' | 'ring-dashed' {
	if (kind === 'state') return 'circle';
	if (kind === 'igo') return 'square';
	if (kind === 'venue') return 'diamond';
	if (kind === 'org') return 'ring-square';
	if (kind === 'group') return 'ring-dashed';
	return 'ring';
}
