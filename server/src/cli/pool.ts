// Runs tasks on every core: a worker thread per job, each with its own engine, fed one task at a
// time (two outstanding, so that none waits between tasks). With one job the tasks run here.
import * as os from 'os';
import { Worker } from 'worker_threads';
import type { Engine } from '../core/analyze';
import { loadEngine } from '../engine';
import { runTask, type Task } from './tasks';

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: string };

export interface Pool {
  run<R>(task: Task): Promise<Outcome<R>>;
  close(): Promise<void>;
}

/** The cores this process may use (os.availableParallelism where Node has it). */
export function defaultJobs(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function inlinePool(): Pool {
  let engine: Engine | undefined;
  return {
    async run<R>(task: Task): Promise<Outcome<R>> {
      try {
        engine ??= loadEngine();
        return { ok: true, value: runTask(task, engine) as R };
      } catch (err) {
        return { ok: false, error: message(err) };
      }
    },
    async close() {},
  };
}

interface Pending {
  resolve: (o: Outcome<unknown>) => void;
}

/** `jobs` worker threads running `script` (the CLI itself: it starts a worker when it is not the main thread). */
export function workerPool(jobs: number, script: string): Pool {
  const queue: { seq: number; task: Task }[] = [];
  const pending = new Map<number, Pending>();
  const load = new Map<Worker, number>();
  let seq = 0;
  let failure: string | undefined;
  const dispatch = () => {
    for (const [w, n] of load) {
      for (let k = n; k < 2 && queue.length; k++) {
        const item = queue.shift()!;
        w.postMessage(item);
        load.set(w, load.get(w)! + 1);
      }
    }
  };
  const workers = Array.from({ length: jobs }, () => {
    const w = new Worker(script, { workerData: { mizanWorker: true } });
    load.set(w, 0);
    w.on('message', (m: { seq: number } & Outcome<unknown>) => {
      load.set(w, load.get(w)! - 1);
      const p = pending.get(m.seq)!;
      pending.delete(m.seq);
      p.resolve(m.ok ? { ok: true, value: m.value } : { ok: false, error: m.error });
      dispatch();
    });
    // A worker that dies (out of memory, a bug) fails what it held and every later task: said once, nothing hangs.
    w.on('error', (err) => {
      failure ??= `a worker thread failed: ${message(err)}`;
      load.delete(w);
      for (const [k, p] of pending) {
        p.resolve({ ok: false, error: failure });
        pending.delete(k);
      }
      for (const q of queue.splice(0)) pending.get(q.seq)?.resolve({ ok: false, error: failure });
    });
    return w;
  });
  return {
    run<R>(task: Task): Promise<Outcome<R>> {
      if (failure) return Promise.resolve({ ok: false, error: failure });
      return new Promise((resolve) => {
        const s = seq++;
        pending.set(s, { resolve: resolve as (o: Outcome<unknown>) => void });
        queue.push({ seq: s, task });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

export function createPool(jobs: number, script: string): Pool {
  return jobs <= 1 ? inlinePool() : workerPool(jobs, script);
}

/**
 * Runs a task per input through the pool and hands each outcome to `done` in input order, as soon
 * as it and all before it are finished; at most `limit` inputs are held at once, so memory stays
 * bounded however long the input is. `task` may give an outcome instead of a task (an input that could not be read, or one `done` handles itself).
 */
export async function inOrder<T, R>(inputs: AsyncIterable<T> | Iterable<T>, pool: Pool, task: (input: T) => Task | Outcome<R>, done: (outcome: Outcome<R>, input: T) => void | Promise<void>, limit: number): Promise<void> {
  const held: { input: T; outcome?: Outcome<R> }[] = [];
  let wake: (() => void) | undefined;
  let flushing = false;
  // `done` may take its time (a long article written as it is analysed): one at a time, in order.
  const flush = async () => {
    if (flushing) return;
    flushing = true;
    while (held.length && held[0].outcome) {
      const h = held[0];
      await done(h.outcome!, h.input);
      held.shift();
    }
    flushing = false;
    const w = wake;
    wake = undefined;
    w?.();
  };
  for await (const input of inputs) {
    const h: { input: T; outcome?: Outcome<R> } = { input };
    held.push(h);
    const t = task(input);
    // An input that could not be read has its outcome already; it still waits its turn.
    void ('op' in t ? pool.run<R>(t) : Promise.resolve(t)).then((o) => {
      h.outcome = o;
      return flush();
    });
    while (held.length >= limit)
      await new Promise<void>((r) => {
        wake = r;
      });
  }
  while (held.length)
    await new Promise<void>((r) => {
      wake = r;
    });
}
