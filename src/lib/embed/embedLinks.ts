/**
 * The addresses and the HTML of an embed: the embed page of one chart with the view's state in
 * its query, the full view it opens, and the `<iframe>` snippet a host page pastes.
 */

export const EMBED_CHARTS = ['timeline', 'network'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/** The query parameter naming the embed's chart. */
export const CHART_PARAM = 'chart';
/** The message an embed posts to its host page when its height changes. */
export const RESIZE_MESSAGE_TYPE = 'parley:resize';
/** The iframe's height before the embed first reports its own, px. */
export const INITIAL_EMBED_HEIGHT: Record<EmbedChart, number> = { timeline: 640, network: 760 };

export const CHART_LABELS: Record<EmbedChart, string> = {
	timeline: 'Timeline',
	network: 'Mediation network'
};

const isEmbedChart = (value: string | null): value is EmbedChart =>
	(EMBED_CHARTS as readonly string[]).includes(value ?? '');

/** Which chart an embed shows: `chart=network`, else the timeline; a notice for a bad value. */
export function readEmbedChart(params: URLSearchParams): { chart: EmbedChart; notice?: string } {
	const raw = params.get(CHART_PARAM);
	if (raw === null || isEmbedChart(raw)) return { chart: raw ?? 'timeline' };
	return {
		chart: 'timeline',
		notice: `the chart “${raw.slice(0, 40)}” is not one of ${EMBED_CHARTS.join(', ')}; showing the timeline`
	};
}

/**
 * The embed page of a chart: `appAddress` is the full app's address (its folder, absolute),
 * `viewQuery` the view's query as the app writes it (filters, window, `data`…).
 */
export function embedAddress(appAddress: string, viewQuery: string, chart: EmbedChart): string {
	const url = new URL('embed/', folderOf(appAddress));
	const params = new URLSearchParams(viewQuery);
	params.set(CHART_PARAM, chart);
	url.search = params.toString();
	return url.href;
}

/** The full app showing what an embed shows: the embed's address without `embed/` and `chart`. */
export function fullViewAddress(embedPageAddress: string, viewQuery: string): string {
	const url = new URL('../', folderOf(embedPageAddress));
	const params = new URLSearchParams(viewQuery);
	params.delete(CHART_PARAM);
	url.search = params.toString();
	return url.href;
}

/** An address without its query and hash, ending at its folder ("…/parley/", "…/embed/"). */
function folderOf(address: string): URL {
	const url = new URL(address);
	url.search = '';
	url.hash = '';
	url.pathname = url.pathname.replace(/[^/]*$/, '');
	return url;
}

/** Text inside a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/**
 * The host side of the resize: finds the iframe whose page sent the message and gives it the
 * reported height. The README shows the same lines.
 */
export const HOST_RESIZE_SCRIPT = `<script>
addEventListener('message', (e) => { if (e.data?.type !== '${RESIZE_MESSAGE_TYPE}' || !(e.data.height > 0)) return;
  for (const f of document.querySelectorAll('iframe')) if (f.contentWindow === e.source) f.style.height = Math.ceil(e.data.height) + 'px'; });
</script>`;

/** The `<iframe>` for a host page, with the resize script after it. */
export function embedSnippet(options: { src: string; title: string; chart: EmbedChart }): string {
	const iframe =
		`<iframe src="${escapeAttribute(options.src)}" title="${escapeAttribute(options.title)}"` +
		` width="100%" height="${INITIAL_EMBED_HEIGHT[options.chart]}" loading="lazy"` +
		` style="border:0;width:100%;max-width:100%"></iframe>`;
	return `${iframe}\n${HOST_RESIZE_SCRIPT}`;
}
