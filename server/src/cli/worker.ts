// A worker thread of the CLI's pool (pool.ts): loads the engine once, then runs each task it is sent.
import { parentPort } from 'worker_threads';
import type { Engine } from '../core/analyze';
import { loadEngine } from '../engine';
import { bigArticleInWorker } from './bigArticle';
import { readArticle } from '../articles/articleFiles';
import { runTask, type OutputStyle, type Task } from './tasks';

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

/**
 * A worker for one long article (bigArticle.ts), with a capped heap so that its garbage is
 * collected before the process grows past its memory budget; the article's result comes back in
 * pieces, then { end: true } or { error }.
 */
export function startBigWorker(): void {
  const port = parentPort!;
  port.once('message', (job: { key: 'file' | 'id'; name: unknown; file?: string; text?: string; style: OutputStyle }) => {
    try {
      const text = job.file !== undefined ? readArticle(job.file) : job.text!;
      bigArticleInWorker({ key: job.key, name: job.name, text, style: job.style }, loadEngine(), (piece) => port.postMessage({ piece }));
      port.postMessage({ end: true });
    } catch (err) {
      port.postMessage({ error: err instanceof Error ? err.message : String(err) });
    }
  });
}
