/**
 * Opens the Embed dialog of a chart, mounted on its own at the end of the page and removed when
 * closed. Loaded on first use, so the dialog costs the page's first load nothing.
 */
import { mount, unmount } from 'svelte';
import type { ParleyState } from '$lib/state/parleyState.svelte';
import EmbedDialog from './EmbedDialog.svelte';

export function openEmbedDialog(options: {
	/** The chart's `data-chart` name: "timeline" or "network". */
	chart: string;
	viewQuery: string;
	parley: ParleyState;
}): void {
	const host = document.createElement('div');
	document.body.append(host);
	const dialog = mount(EmbedDialog, {
		target: host,
		props: {
			chart: options.chart === 'network' ? 'network' : 'timeline',
			viewQuery: options.viewQuery,
			parley: options.parley,
			onclose: () => {
				void unmount(dialog);
				host.remove();
			}
		}
	});
}
