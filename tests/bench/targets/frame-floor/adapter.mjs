// window.__bench for a page that does almost nothing: every call writes one line of text (how
// many events, actors and which window were asked for) and waits for that frame to be painted,
// exactly as the protocol asks of any target. What it measures is the protocol's own floor: the
// wait for the display's frames (about two frame intervals) plus the harness's overhead. A
// timeline's time for an operation can never go below it, so it shows how much of a small
// measured time is waiting rather than work.
import { afterPaint, publish } from '/lib/bench-hook.mjs';

const line = document.getElementById('state');
let data = null;
let actors = 0;
let window_ = '';

function show() {
	line.textContent = `${data.events.length} events, ${actors} actors shown, ${window_}`;
}

publish({
	info: () => ({ renderer: 'frame-floor: one text line per call, then the protocol’s paint wait' }),
	async load(dataset) {
		data = dataset;
		actors = dataset.actors.length;
		window_ = `${dataset.range.start} – ${dataset.range.end}`;
		show();
		await afterPaint();
	},
	async filter(actorIds) {
		actors = actorIds.length;
		show();
		await afterPaint();
	},
	async zoom(start, end) {
		window_ = `${start} – ${end}`;
		show();
		await afterPaint();
	}
});
