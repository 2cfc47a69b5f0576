// `mizan analyze <files or folders> [--json | --jsonl] [--jobs N] [--no-progress]`: runs the core
// over articles on every core and prints what it found, in the order of the input, each result as
// soon as it and those before it are done. With --jsonl the input may also be standard input (or
// .jsonl files) of one {"id", "text"} object a line, and the output is one JSON object a line: a
// filter that runs unchanged under GNU parallel, Hadoop Streaming or Spark's RDD.pipe().
import * as fs from 'fs';
import { jsonlRecords, type JsonlRecord } from './jsonlInput';
import { jobsOption, positional } from './options';
import { createPool, inOrder, type Outcome } from './pool';
import { startProgress } from './progress';
import { Worker } from 'worker_threads';
import { BIG_CHARS } from './bigArticle';
import type { OutputStyle, Task } from './tasks';
import { reportOrphanedSidecars } from './orphanedReport';
import { expandInputs } from '../articles/articleFiles';

export { formatAnalysis } from './analysisText';

const USAGE = 'usage: mizan analyze <files or folders> [--json] [--jobs N] [--no-progress]\n       mizan analyze --jsonl [files, folders, .jsonl files or - for standard input] [--jobs N]\n';

/**
 * One unit of input: an article file, or a --jsonl record (perhaps a line that could not be read).
 * A long article (`big`) is analysed here, in sections, when its turn comes (see bigArticle.ts):
 * its result is written a piece at a time rather than sent whole from a worker.
 */
interface Item {
  name: unknown;
  key: 'file' | 'id';
  bytes: number;
  task?: Task;
  error?: string;
  big?: { file: string } | { text: string };
}

/** Files above this size may hold more than BIG_CHARS characters (Arabic is two bytes a letter). */
const BIG_BYTES = 2 * BIG_CHARS;

function fileItem(file: string, style: OutputStyle): Item {
  const bytes = fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  if (bytes > BIG_BYTES) return { name: file, key: 'file', bytes, big: { file } };
  return { name: file, key: 'file', bytes, task: { op: 'analyze', style, file } };
}

function recordItem(r: JsonlRecord): Item {
  if ('error' in r) return { name: r.id, key: 'id', bytes: r.bytes, error: r.error };
  if (r.text.length > BIG_CHARS) return { name: r.id, key: 'id', bytes: r.bytes, big: { text: r.text } };
  return { name: r.id, key: 'id', bytes: r.bytes, task: { op: 'analyze', style: 'jsonl', id: r.id, text: r.text } };
}

/** Heap of the worker that analyses a long article: what the engine and a section need, with room. */
const BIG_HEAP_MB = 320;

/** Analyses a long article in a worker of its own (bounded heap) and writes its result as it comes. */
function writeBig(item: Item, style: OutputStyle, write: (s: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: { mizanWorker: 'big' }, resourceLimits: { maxOldGenerationSizeMb: BIG_HEAP_MB } });
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      void w.terminate();
      if (err) reject(err);
      else resolve();
    };
    w.on('message', (m: { piece?: string; end?: boolean; error?: string }) => {
      if (m.piece !== undefined) write(m.piece);
      else if (m.error !== undefined) finish(new Error(m.error));
      else if (m.end) finish();
    });
    w.on('error', (err) => finish(new Error(`${String(item.name)}: ${err.message}`)));
    w.on('exit', () => finish(new Error(`${String(item.name)}: the analysis stopped before it was done`)));
    const big = item.big!;
    w.postMessage({ key: item.key, name: item.name, style, ...big });
  });
}

async function* jsonlItems(inputs: string[]): AsyncGenerator<Item> {
  for (const input of inputs.length ? inputs : ['-']) {
    if (input === '-') {
      for await (const r of jsonlRecords(process.stdin, 'stdin')) yield recordItem(r);
      continue;
    }
    if (input.endsWith('.jsonl')) {
      for await (const r of jsonlRecords(fs.createReadStream(input, { highWaterMark: 1 << 20 }), input)) yield recordItem(r);
      continue;
    }
    for (const file of expandInputs([input])) yield fileItem(file, 'jsonl');
  }
}

export async function runAnalyze(args: string[]): Promise<number> {
  const jsonl = args.includes('--jsonl');
  const json = !jsonl && args.includes('--json');
  const style: OutputStyle = jsonl ? 'jsonl' : json ? 'json' : 'text';
  const inputs = positional(args, ['--jobs']);
  let jobs: number;
  try {
    jobs = jobsOption(args);
  } catch (err) {
    process.stderr.write(`mizan: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (inputs.length === 0 && !jsonl) {
    process.stderr.write(USAGE);
    return 2;
  }
  // Files are listed first (their count and size give the bar its end); records are read as they come.
  const streaming = jsonl && (inputs.length === 0 || inputs.some((i) => i === '-' || i.endsWith('.jsonl')));
  const files = streaming ? undefined : expandInputs(inputs).map((f) => fileItem(f, style));
  if (files) jobs = Math.min(jobs, Math.max(1, files.length));
  const progress = startProgress(
    !args.includes('--no-progress'),
    files?.reduce((n, f) => n + f.bytes, 0),
    files?.length,
  );
  const pool = createPool(jobs, __filename);
  let failed = 0;
  let written = 0;
  if (json) process.stdout.write('[\n');
  const write = (s: string) => {
    process.stdout.write(s);
  };
  const done = async (o: Outcome<string>, item: Item) => {
    if (o.ok && item.big) {
      try {
        if (json && written) write(',\n');
        await writeBig(item, style, write);
        written++;
      } catch (err) {
        // A long article that failed half-written: its line is ended so that the next one is whole.
        if (style !== 'text') write('\n');
        o = { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    }
    progress.tick(item.bytes);
    if (o.ok) {
      if (item.big) return;
      if (json && written++) write(',\n');
      write(o.value);
      return;
    }
    failed++;
    process.stderr.write(`mizan: ${o.error}\n`);
    // In a stream every input gives a line: a failed one says so where its result would be.
    if (jsonl) process.stdout.write(JSON.stringify({ [item.key]: item.name, error: o.error }) + '\n');
  };
  try {
    await inOrder<Item, string>(files ?? jsonlItems(inputs), pool, (item) => item.task ?? (item.big ? { ok: true, value: '' } : { ok: false, error: item.error ?? 'no input' }), done, Math.max(2, jobs * 4));
  } finally {
    progress.stop();
    await pool.close();
  }
  if (json) process.stdout.write(written ? '\n]\n' : ']\n');
  if (!streaming) reportOrphanedSidecars(inputs);
  if (failed) process.stderr.write(`mizan: ${failed} ${jsonl ? 'input(s)' : 'file(s)'} could not be analysed\n`);
  return failed ? 1 : 0;
}
