// A worker thread of the CLI's pool (pool.ts): loads the engine once, then runs each task it is sent.
import { parentPort } from 'worker_threads';
import type { Engine } from '../core/analyze';
import { loadEngine } from '../engine';
import { runTask, type Task } from './tasks';

export function startWorker(): void {
  const port = parentPort!;
  let engine: Engine | undefined;
  port.on('message', ({ seq, task }: { seq: number; task: Task }) => {
    try {
      engine ??= loadEngine();
      port.postMessage({ seq, ok: true, value: runTask(task, engine) });
    } catch (err) {
      port.postMessage({ seq, ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  });
}
