// From the shared timeline benchmark harness (shared/bench/targets/vis-timeline/adapter.mjs),
// same code (plus the eslint global below): vis-timeline driven through its fastest public paths (see tests/bench/README.md).
// window.__bench adapter for vis-timeline (standalone build).
// Page options (query string, all optional):
//   stack=1   vis-timeline item stacking (default 0: items keep their lane row, like the d3 baseline)
//   xss=0     disable vis-timeline's default XSS filtering of item content (default: on, the library default)
//   init=fit|window   fit (default): construct without start/end and let vis fit the data (items are added while
//                     off-screen and drawn in one batched redraw); window: pass start/end = dataset range as
//                     constructor options (items are added while visible: one forced reflow per item)
//   filter=groups|dataview|setitems
//                     groups (default): toggle the groups' `visible` flag (hidden actors' lanes collapse);
//                     dataview: DataView filter + refresh(); setitems: timeline.setItems(new DataSet(subset))
/* global vis -- the standalone UMD build, loaded by index.html */
import { afterPaint, params, publish } from '/lib/bench-hook.mjs';

const { q } = params();
const STACK = q.get('stack') === '1';
const XSS = q.get('xss') !== '0';
const INIT = q.get('init') || 'fit';
const FILTER = q.get('filter') || 'groups';

let timeline = null;
let itemsView = null;
let itemsAll = null;
let groupsDS = null;
let allItems = null;
let visible = null; // Set of actor ids shown; null = all

// vis-timeline redraws inside requestAnimationFrame callbacks (its utils.throttle), or
// synchronously in the caller's task. Count rAF-callback nesting so the completion wait is exactly
// "until the frame holding the redraw has been painted": from inside a rAF callback the current
// frame paints the change and the next rAF runs after that paint; from an ordinary task it takes
// the usual double rAF (the first frame paints the change).
let rafDepth = 0;
const nativeRAF = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (cb) =>
	nativeRAF((t) => {
		rafDepth++;
		try {
			cb(t);
		} finally {
			rafDepth--;
		}
	});
function untilPainted(resolve) {
	// call synchronously, right when the DOM change is complete
	if (rafDepth > 0) requestAnimationFrame(() => resolve());
	else afterPaint().then(resolve);
}

// Resolve once the next 'changed' event (emitted by vis at the end of every full redraw) is painted.
// NB: the public timeline.redraw() is NOT used: it marks every item dirty and re-measures
// each one synchronously (one forced reflow per displayed item). Every action below already
// schedules vis' own rAF-throttled redraw; the internal throttled _redraw() is called only as a
// guarantee that 'changed' fires even if vis decided nothing changed (it coalesces, costs nothing).
function changedThenPaint(action) {
	return new Promise((resolve) => {
		timeline.once('changed', () => untilPainted(resolve));
		action();
		if (typeof timeline._redraw === 'function') timeline._redraw();
	});
}

await publish({
	info() {
		return { renderer: 'vis-timeline', stack: STACK, xss: XSS, init: INIT, filter: FILTER };
	},

	async load(data) {
		allItems = data.events.map((e) => ({
			id: e.id,
			group: e.actor,
			content: e.title,
			start: new Date(e.start),
			end: e.end ? new Date(e.end) : undefined,
			type: e.end ? 'range' : 'point'
		}));
		itemsAll = new vis.DataSet(allItems);
		groupsDS = new vis.DataSet(data.actors.map((a) => ({ id: a.id, content: a.name })));
		visible = null;
		itemsView =
			FILTER === 'dataview'
				? new vis.DataView(itemsAll, { filter: (it) => visible === null || visible.has(it.group) })
				: itemsAll;
		const win =
			INIT === 'window' ? { start: new Date(data.range.start), end: new Date(data.range.end) } : {};
		await new Promise((resolve) => {
			// Done = the 'changed' event in which vis sets initialDrawDone (the condition behind its public
			// onInitialDrawComplete option, which only fires in a later setTimeout) has been painted.
			const onChanged = () => {
				if (!timeline.initialDrawDone) return;
				timeline.off('changed', onChanged);
				untilPainted(resolve);
			};
			timeline = new vis.Timeline(document.getElementById('timeline'), itemsView, groupsDS, {
				...win,
				height: '700px',
				orientation: 'top',
				stack: STACK,
				showCurrentTime: false,
				xss: { disabled: !XSS }
			});
			if (timeline.initialDrawDone) untilPainted(resolve);
			else timeline.on('changed', onChanged);
		});
	},

	async filter(actorIds) {
		visible = new Set(actorIds);
		await changedThenPaint(() => {
			if (FILTER === 'dataview') {
				itemsView.refresh(); // re-runs the filter, emits add/remove to the ItemSet
			} else if (FILTER === 'setitems') {
				timeline.setItems(new vis.DataSet(allItems.filter((it) => visible.has(it.group))));
			} else {
				groupsDS.update(groupsDS.getIds().map((id) => ({ id, visible: visible.has(id) })));
			}
		});
	},

	async zoom(startISO, endISO) {
		await changedThenPaint(() => {
			timeline.setWindow(new Date(startISO), new Date(endISO), { animation: false });
		});
	}
});
