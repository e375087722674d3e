import { describe, expect, it } from 'vitest';
import { LinkedViewQueue } from '$lib/state/linkedViewQueue';
import { manualClock } from '../../helpers/manualClock';

/** A job of three steps (graph, then layout, then index), each noted in `ran` as it runs. */
function graphLayoutIndex(ran: string[]) {
	return () => {
		ran.push('graph');
		return () => {
			ran.push('layout');
			return () => void ran.push('index');
		};
	};
}

/** What each of the next `count` tasks ran, one list per task. */
function eachTask(time: ReturnType<typeof manualClock>, ran: string[], count: number) {
	const tasks: string[][] = [];
	for (let i = 0; i < count; i++) {
		const before = ran.length;
		time.step();
		tasks.push(ran.slice(before));
	}
	return tasks;
}

describe('LinkedViewQueue', () => {
	it('schedule(owner, job) runs the job in a task once the frame after the next has begun', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		queue.schedule({}, () => void ran.push('network'));
		time.advance(100);
		expect(ran).toEqual([]);
		time.frame();
		time.advance(0);
		expect(ran).toEqual([]);
		time.frame();
		expect(ran).toEqual([]);
		time.advance(0);
		expect(ran).toEqual(['network']);
		expect(queue.pending).toBe(0);
	});

	it('a newer request of the same owner replaces the waiting one: the view catches up once', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const owner = {};
		const ran: number[] = [];
		for (let i = 1; i <= 5; i++) queue.schedule(owner, () => void ran.push(i));
		expect(queue.pending).toBe(1);
		expect(time.frames).toBe(1);
		time.frame();
		time.frame();
		time.advance(0);
		expect(ran).toEqual([5]);
	});

	it('owners run in tasks of their own, in the order they asked', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		queue.schedule({}, () => void ran.push('table'));
		queue.schedule({}, () => void ran.push('network'));
		time.frame();
		time.frame();
		expect(time.timers).toBe(2);
		time.advance(0);
		expect(ran).toEqual(['table', 'network']);
	});

	it('with delayMs the job waits that long after the latest request (trailing debounce)', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const owner = {};
		const ran: number[] = [];
		queue.schedule(owner, () => void ran.push(1), 150);
		time.frame();
		time.frame();
		time.advance(100);
		queue.schedule(owner, () => void ran.push(2), 150);
		time.advance(100);
		expect(ran).toEqual([]);
		time.advance(50);
		expect(ran).toEqual([2]);
	});

	it('the latest request sets the wait: a later request without delay ends a debounce', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const owner = {};
		const ran: number[] = [];
		queue.schedule(owner, () => void ran.push(1), 250);
		time.frame();
		time.frame();
		time.advance(100);
		queue.schedule(owner, () => void ran.push(2), 0);
		time.advance(0);
		expect(ran).toEqual([2]);
	});

	it('settled() waits for a request a job makes as it runs (its effects, a microtask later)', async () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		const second = {};
		queue.schedule({}, () => {
			ran.push('first');
			queueMicrotask(() => queue.schedule(second, () => void ran.push('second')));
		});
		let settled = false;
		const done = queue.settled().then(() => (settled = true));
		time.frame();
		time.frame();
		time.advance(0);
		await Promise.resolve();
		await Promise.resolve();
		expect(settled).toBe(false);
		expect(queue.pending).toBe(1);
		time.frame();
		time.frame();
		time.advance(0);
		await done;
		expect(ran).toEqual(['first', 'second']);
	});

	it('cancel(owner) drops a waiting request, and settled() resolves once nothing waits', async () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const a = {};
		const b = {};
		const ran: string[] = [];
		queue.schedule(a, () => void ran.push('a'));
		queue.schedule(b, () => void ran.push('b'));
		let settled = false;
		const done = queue.settled().then(() => (settled = true));
		queue.cancel(a);
		time.frame();
		time.frame();
		await Promise.resolve();
		expect(settled).toBe(false);
		time.advance(0);
		await done;
		expect(settled).toBe(true);
		expect(ran).toEqual(['b']);
		await expect(queue.settled()).resolves.toBeUndefined();
	});

	it('a job that throws still lets the queue settle', async () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		queue.schedule({}, () => {
			throw new Error('broken view');
		});
		const done = queue.settled();
		time.frame();
		time.frame();
		expect(() => time.advance(0)).toThrow('broken view');
		await expect(done).resolves.toBeUndefined();
		expect(queue.pending).toBe(0);
	});

	it('a job that returns a next step runs it in a task of its own straight after, before other owners', async () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		queue.schedule({}, graphLayoutIndex(ran));
		queue.schedule({}, () => void ran.push('draw'));
		let settled = false;
		const done = queue.settled().then(() => (settled = true));
		time.frame();
		time.frame();
		expect(time.timers).toBe(2);
		// One task at a time: each step is its own.
		expect(eachTask(time, ran, 4)).toEqual([['graph'], [], ['layout'], ['index']]);
		expect(queue.pending).toBe(1);
		await Promise.resolve();
		expect(settled).toBe(false);
		time.advance(0);
		expect(ran).toEqual(['graph', 'layout', 'index', 'draw']);
		await done;
		expect(queue.pending).toBe(0);
	});

	it("scheduleAlone(owner, job) runs in its own task between another owner's steps, and settles", async () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		queue.schedule({}, graphLayoutIndex(ran));
		queue.schedule({}, () => void ran.push('table'));
		queue.scheduleAlone({}, () => void ran.push('bands'));
		let settled = false;
		const done = queue.settled().then(() => (settled = true));
		time.frame();
		time.frame();
		// The table waits for the steps; the bands do not, and take a task of their own.
		expect(eachTask(time, ran, 5)).toEqual([['graph'], [], ['bands'], ['layout'], ['index']]);
		time.advance(0);
		expect(ran.at(-1)).toBe('table');
		await done;
		expect(settled).toBe(true);
		expect(queue.pending).toBe(0);
	});

	it('scheduleAlone(owner, job) cancelled never runs', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		const owner = {};
		queue.scheduleAlone(owner, () => void ran.push('bands'));
		queue.cancel(owner);
		time.frame();
		time.frame();
		time.advance(0);
		expect(ran).toEqual([]);
		expect(queue.pending).toBe(0);
	});

	it('cancel(owner) drops the steps left of its job, and the jobs held for them run', async () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		const ahead = {};
		queue.schedule(ahead, () => {
			ran.push('graph');
			return () => void ran.push('layout');
		});
		queue.schedule({}, () => void ran.push('draw'));
		time.frame();
		time.frame();
		time.step();
		time.step();
		queue.cancel(ahead);
		time.advance(0);
		expect(ran).toEqual(['graph', 'draw']);
		await expect(queue.settled()).resolves.toBeUndefined();
	});

	it('a newer request of an owner replaces the steps left of its previous job', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		const ahead = {};
		queue.schedule(ahead, () => {
			ran.push('graph 1');
			return () => void ran.push('layout 1');
		});
		time.frame();
		time.frame();
		time.step();
		queue.schedule(ahead, () => void ran.push('graph 2'));
		time.advance(0);
		time.frame();
		time.frame();
		time.advance(0);
		expect(ran).toEqual(['graph 1', 'graph 2']);
		expect(queue.pending).toBe(0);
	});
	it("jobs held for an owner's steps keep waiting when that owner asks again: they run after its new steps", () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		const ahead = {};
		queue.schedule(ahead, () => {
			ran.push('graph 1');
			return () => void ran.push('layout 1');
		});
		queue.schedule({}, () => void ran.push('draw'));
		time.frame();
		time.frame();
		time.step(); // graph 1
		time.step(); // draw falls due and is held
		queue.schedule(ahead, () => {
			ran.push('graph 2');
			return () => void ran.push('layout 2');
		});
		time.advance(0);
		// The held job did not jump ahead of the new steps (it would have drawn from scratch).
		expect(ran).toEqual(['graph 1']);
		time.frame();
		time.frame();
		time.advance(0);
		expect(ran).toEqual(['graph 1', 'graph 2', 'layout 2', 'draw']);
		expect(queue.pending).toBe(0);
	});

	it("a held job asked again waits the new request's delay from then (a gesture's debounce holds)", () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		const ahead = {};
		const network = {};
		queue.schedule(ahead, () => {
			ran.push('graph');
			return () => void ran.push('layout');
		});
		queue.schedule(network, () => void ran.push('draw 1'));
		time.frame();
		time.frame();
		time.step(); // graph
		time.step(); // draw 1 is held
		queue.schedule(network, () => void ran.push('draw 2'), 150);
		time.advance(0); // layout: the steps end
		expect(ran).toEqual(['graph', 'layout']);
		time.advance(149);
		expect(ran).toEqual(['graph', 'layout']);
		time.advance(1);
		expect(ran).toEqual(['graph', 'layout', 'draw 2']);
		expect(queue.pending).toBe(0);
	});
	it('once the steps are done, the job they prepare runs first of those held, then the others in order', () => {
		const time = manualClock();
		const queue = new LinkedViewQueue(time.clock);
		const ran: string[] = [];
		const ahead = {};
		const network = {};
		queue.schedule(
			ahead,
			() => {
				ran.push('graph');
				return () => void ran.push('layout');
			},
			0,
			network
		);
		queue.schedule({}, () => void ran.push('table'));
		queue.schedule(network, () => void ran.push('draw'));
		queue.schedule({}, () => void ran.push('counts'));
		time.frame();
		time.frame();
		time.advance(0);
		expect(ran).toEqual(['graph', 'layout', 'draw', 'table', 'counts']);
		expect(queue.pending).toBe(0);
	});
});
